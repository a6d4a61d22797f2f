import type { Provider } from '../core/model';
import type { MoreAlternatives as More } from '../core/view/first-screen';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { AssistantLink } from './AssistantLink';
import { NoStatusTag } from './NoStatusTag';

/** The other healthy assistants of one affected kind, after the best one the first screen offers. */
export function MoreAlternatives({ more, onOpen }: { more: More; onOpen?: ((provider: Provider) => void) | undefined }) {
  const { t } = useLocale();
  const headingId = `switch-${more.category}`;
  return (
    <section class="switch" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('popupOtherAlternatives', t(`category_${more.category}`))}</h2>
      <ul class="switch__list">
        {more.offers.map(({ provider, severity, source }) => (
          <li key={provider.id} title={source ? t('popupSourceTitle', source) : undefined}>
            <AssistantLink class="switch__link" provider={provider} onOpen={onOpen}>
              <span class="switch__name">{provider.name}</span>
              {severity ? <SeverityTag severity={severity} /> : <NoStatusTag />}
            </AssistantLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
