import { MAX_POLL_MINUTES, MIN_POLL_MINUTES } from '../core/settings/settings';
import { useLocale } from '../ui/i18n-context';
import { clampPollMinutes, type Edit, setPollMinutes } from './edits';

/** How often the worker reads the status pages; it re-polls on its own when this changes. */
export function CheckingSection({ pollMinutes, onEdit }: { pollMinutes: number; onEdit: (edit: Edit) => void }) {
  const { t } = useLocale();
  return (
    <section class="panel" aria-labelledby="checking-heading">
      <h2 id="checking-heading">{t('optionsCheckingHeading')}</h2>
      <div class="field">
        <label for="poll-minutes">{t('optionsPollLabel')}</label>
        <input
          type="number"
          id="poll-minutes"
          class="input input--number"
          min={MIN_POLL_MINUTES}
          max={MAX_POLL_MINUTES}
          step={1}
          inputMode="numeric"
          value={pollMinutes}
          aria-describedby="poll-minutes-hint"
          // On change, not on input: typing "15" must not save 1 on the way.
          onChange={(event) => {
            const field = event.currentTarget;
            const raw = field.value.trim();
            const minutes = raw === '' ? undefined : clampPollMinutes(Number(raw));
            // What is saved is shown, even when it equals the saved value and nothing re-renders.
            field.value = String(minutes ?? pollMinutes);
            if (minutes !== undefined && minutes !== pollMinutes) onEdit(setPollMinutes(minutes));
          }}
        />
        <p id="poll-minutes-hint" class="hint">
          {t('optionsPollHint', [String(MIN_POLL_MINUTES), String(MAX_POLL_MINUTES)])}
        </p>
      </div>
    </section>
  );
}
