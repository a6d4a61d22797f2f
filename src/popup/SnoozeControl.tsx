import type { Snooze } from '../core/model';
import type { SnoozeChoice } from '../core/notify/snooze';
import { useLocale } from '../ui/i18n-context';

export interface SnoozeControlProps {
  providerName: string;
  /** The snooze in force for this assistant, if any. */
  snooze: Snooze | undefined;
  /** Offered only when an incident is open. */
  canWaitForIncident: boolean;
  onSnooze: (choice: SnoozeChoice | undefined) => void;
}

/** Silence one assistant's notifications for a while, or say that they are silenced and offer to resume. */
export function SnoozeControl({ providerName, snooze, canWaitForIncident, onSnooze }: SnoozeControlProps) {
  const { t, language } = useLocale();
  if (snooze) {
    const until =
      snooze.until === undefined
        ? t('popupSnoozedIncident')
        : t(
            'popupSnoozedUntil',
            new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(snooze.until),
          );
    return (
      <p class="snooze snooze--on">
        <span>{until}</span>{' '}
        <button
          type="button"
          class="link-button"
          onClick={() => onSnooze(undefined)}
          aria-label={t('popupSnoozeResumeLabel', providerName)}
        >
          {t('popupSnoozeResume')}
        </button>
      </p>
    );
  }
  const choices: SnoozeChoice[] = canWaitForIncident ? ['hour', 'tomorrow', 'incident'] : ['hour', 'tomorrow'];
  const labels: Record<SnoozeChoice, string> = {
    hour: t('popupSnoozeHour'),
    tomorrow: t('popupSnoozeTomorrow'),
    incident: t('popupSnoozeIncident'),
  };
  return (
    <details class="snooze">
      <summary aria-label={t('popupSnoozeLabel', providerName)}>{t('popupSnooze')}</summary>
      <ul class="snooze__choices">
        {choices.map((choice) => (
          <li key={choice}>
            <button type="button" class="link-button" onClick={() => onSnooze(choice)}>
              {labels[choice]}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
