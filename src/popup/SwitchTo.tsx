import { hasStatusSource } from '../core/catalog/providers';
import type { Category, Provider, State } from '../core/model';
import { ExternalLink } from '../ui/ExternalLink';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { NoStatusTag } from './NoStatusTag';

/** Healthy assistants of a category in which something is down, one click away. */
export interface SwitchToProps {
  category: Category;
  alternatives: Provider[];
  state: State;
  /** Opens (or focuses) the assistant; the link's own target is the fallback when this is absent. */
  onOpen?: (provider: Provider) => void;
}

export function SwitchTo({ category, alternatives, state, onOpen }: SwitchToProps) {
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
              <ExternalLink
                class="switch__link"
                href={provider.chatUrl}
                onClick={(event) => {
                  // A plain click is taken over (to reuse an open tab); a middle or modified click is the browser's.
                  if (!onOpen || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
                  event.preventDefault();
                  onOpen(provider);
                }}
              >
                <span class="switch__name">{provider.name}</span>
                {hasStatusSource(provider) ? (
                  <SeverityTag severity={state.providers[provider.id]?.severity ?? 'unknown'} />
                ) : (
                  <NoStatusTag />
                )}
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
