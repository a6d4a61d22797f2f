import type { NotificationSettings } from '../core/model';
import { MIN_SEVERITIES } from '../core/severity';
import { useLocale } from '../ui/i18n-context';

type MinSeverity = NotificationSettings['minSeverity'];

/** "Notify from": the least severity that notifies. */
export function SeveritySelect({
  value,
  disabled,
  onChange,
}: {
  value: MinSeverity;
  disabled: boolean;
  onChange: (severity: MinSeverity) => void;
}) {
  const { t } = useLocale();
  return (
    <div class="field">
      <label for="notify-from">{t('optionsNotifyFrom')}</label>
      <select
        id="notify-from"
        value={value}
        disabled={disabled}
        aria-describedby="notify-from-hint"
        onChange={(event) => {
          const chosen = MIN_SEVERITIES.find((choice) => choice === event.currentTarget.value);
          if (chosen) onChange(chosen);
        }}
      >
        {MIN_SEVERITIES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`severity_${choice}`)}
          </option>
        ))}
      </select>
      <p id="notify-from-hint" class="hint">
        {t('optionsNotifyFromHint')}
      </p>
    </div>
  );
}
