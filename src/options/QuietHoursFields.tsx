import type { QuietHours } from '../core/model';
import { useLocale } from '../ui/i18n-context';
import { Checkbox } from './Checkbox';
import { type Edit, editQuietHours } from './edits';
import { TimeField } from './TimeField';
import { formatTimeOfDay } from './timeOfDay';

/** The example in the hint while quiet hours are off: a night, to show that the hours may cross midnight. */
const EXAMPLE_START = 22 * 60;
const EXAMPLE_END = 7 * 60;

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
  const { t, language } = useLocale();
  const off = !quiet.enabled;
  const time = (minutes: number) => formatTimeOfDay(minutes, language);
  // The hint writes times as the language does, as the time fields show them: "10:00 PM" or "22:00".
  const hint = off
    ? t('optionsQuietHoursHint', [time(EXAMPLE_START), time(EXAMPLE_END)])
    : quiet.startMinutes === quiet.endMinutes
      ? t('optionsQuietHoursEmpty', time(quiet.startMinutes))
      : t('optionsQuietHoursWindow', [time(quiet.startMinutes), time(quiet.endMinutes)]);
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
        {hint}
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
