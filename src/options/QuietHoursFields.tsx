import type { QuietHours } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { Checkbox } from './Checkbox';
import { type Edit, editQuietHours } from './edits';
import { TimeField } from './TimeField';

/** A daily window without notifications; it may cross midnight. */
export function QuietHoursFields({
  quiet,
  disabled,
  onEdit,
}: {
  quiet: QuietHours;
  disabled: boolean;
  onEdit: (edit: Edit) => void;
}) {
  const { t } = useLocale();
  const off = !quiet.enabled;
  return (
    <fieldset class="group" disabled={disabled}>
      <legend>{t('optionsQuietHoursLegend')}</legend>
      <Checkbox
        id="quiet-enabled"
        label={t('optionsQuietHoursEnabled')}
        checked={quiet.enabled}
        onChange={(enabled) => onEdit(editQuietHours({ enabled }))}
      />
      <div class="times">
        <TimeField
          id="quiet-start"
          label={t('optionsQuietHoursStart')}
          minutes={quiet.startMinutes}
          disabled={off}
          describedBy="quiet-hint"
          onChange={(startMinutes) => onEdit(editQuietHours({ startMinutes }))}
        />
        <TimeField
          id="quiet-end"
          label={t('optionsQuietHoursEnd')}
          minutes={quiet.endMinutes}
          disabled={off}
          describedBy="quiet-hint"
          onChange={(endMinutes) => onEdit(editQuietHours({ endMinutes }))}
        />
      </div>
      <p id="quiet-hint" class="hint">
        {quiet.enabled && quiet.startMinutes === quiet.endMinutes ? t('optionsQuietHoursEmpty') : t('optionsQuietHoursHint')}
      </p>
      <Checkbox
        id="quiet-break-through"
        label={t('optionsQuietHoursBreakThrough')}
        checked={quiet.majorOutagesBreakThrough}
        disabled={off}
        onChange={(majorOutagesBreakThrough) => onEdit(editQuietHours({ majorOutagesBreakThrough }))}
      />
    </fieldset>
  );
}
