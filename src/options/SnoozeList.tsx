import { useRef } from 'preact/hooks';
import type { Provider, Snooze } from '../core/model';
import { absoluteTime } from '../core/time';
import { useLocale } from '../ui/i18n-context';
import { type Edit, isActiveSnooze, removeSnooze } from './edits';

function snoozeKey(snooze: Snooze): string {
  return `${snooze.providerId}|${snooze.until ?? ''}|${snooze.incidentId ?? ''}`;
}

/** The snoozes still in force (they are set elsewhere); each can be removed. */
/** `providers` are knownProviders(settings): a page the user added has no catalog entry, but its name is here. */
export function SnoozeList({
  snoozes,
  providers,
  onEdit,
}: {
  snoozes: readonly Snooze[];
  providers: readonly Provider[];
  onEdit: (edit: Edit) => void;
}) {
  const { t, language, now } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const active = snoozes.filter((snooze) => isActiveSnooze(snooze, now));
  return (
    <section class="snoozes" aria-labelledby="snoozes-heading">
      <h3 id="snoozes-heading" tabIndex={-1} ref={heading}>
        {t('optionsSnoozesHeading')}
      </h3>
      {active.length === 0 ? (
        <p class="hint">{t('optionsSnoozesNone')}</p>
      ) : (
        <ul class="snoozes__list">
          {active.map((snooze) => {
            const name = providers.find((provider) => provider.id === snooze.providerId)?.name ?? snooze.providerId;
            return (
              <li key={snoozeKey(snooze)} class="list-row">
                <span>
                  {snooze.until === undefined
                    ? t('optionsSnoozeUntilResolved', name)
                    : t('optionsSnoozeUntil', [name, absoluteTime(new Date(snooze.until).toISOString(), language)])}
                </span>
                <button
                  type="button"
                  class="button"
                  aria-label={t('optionsSnoozeRemoveLabel', name)}
                  onClick={() => {
                    onEdit(removeSnooze(snooze));
                    // The button goes away with its row: keep the keyboard user's place.
                    heading.current?.focus();
                  }}
                >
                  {t('optionsSnoozeRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
