import { hasStatusSource } from '../core/catalog';
import type { Category, Provider, State } from '../core/model';
import { useLocale } from './i18n-context';
import { NoStatusTag } from './NoStatusTag';
import { SeverityTag } from './SeverityTag';

/** Healthy assistants of a category in which something is down, one click away. */
export function SwitchTo({ category, alternatives, state }: { category: Category; alternatives: Provider[]; state: State }) {
  const { t } = useLocale();
  const headingId = `switch-${category}`;
  return (
    <section class="switch" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('popupSwitchToCategory', t(`category_${category}`))}</h2>
      {alternatives.length === 0 ? (
        <p class="muted">{t('popupNoAlternative')}</p>
      ) : (
        <ul class="switch__list">
          {alternatives.map((provider) => (
            <li key={provider.id}>
              <a
                class="switch__link"
                href={provider.chatUrl}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('popupOpenAssistant', provider.name)}
              >
                <span class="switch__name">{provider.name}</span>
                {hasStatusSource(provider) ? (
                  <SeverityTag severity={state.providers[provider.id]?.severity ?? 'unknown'} />
                ) : (
                  <NoStatusTag />
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
