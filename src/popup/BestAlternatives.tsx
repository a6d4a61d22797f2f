import type { Provider } from '../core/model';
import type { BestAlternative } from '../core/view/first-screen';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { AssistantLink } from './AssistantLink';
import { NoStatusTag } from './NoStatusTag';
import { nameList } from './words';

export interface BestAlternativesProps {
  best: BestAlternative[];
  onOpen?: ((provider: Provider) => void) | undefined;
  /** Keyboard focus starts at the first link when the popup opens. */
  initialFocus: boolean;
}

/**
 * Right under the headline, so that it is on the first screen however many are affected: for each kind of
 * assistant that is affected, the one healthy assistant to go to, one click away.
 */
export function BestAlternatives({ best, onOpen, initialFocus }: BestAlternativesProps) {
  const { t, language } = useLocale();
  if (best.length === 0) return null;
  const firstLink = best.findIndex((offer) => offer.provider);
  return (
    <section class="best" aria-label={t('popupBestHeading')}>
      <ul class="best__list">
        {best.map(({ category, provider, severity, source, insteadOf }, index) => {
          const instead = t(
            'popupInsteadOf',
            nameList(
              insteadOf.map((affected) => affected.name),
              language,
            ),
          );
          return (
            <li key={category} data-category={category} title={source ? t('popupSourceTitle', source) : undefined}>
              {provider ? (
                <AssistantLink
                  class="best__link"
                  provider={provider}
                  onOpen={onOpen}
                  initialFocus={initialFocus && index === firstLink}
                >
                  <span class="best__action">{t('popupSwitchTo', provider.name)}</span>
                  {severity ? <SeverityTag severity={severity} /> : <NoStatusTag />}
                  <span class="best__for">{instead}</span>
                </AssistantLink>
              ) : (
                <p class="best__none">{t('popupLabelValue', [t(`category_${category}`), t('popupNoAlternative')])}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
