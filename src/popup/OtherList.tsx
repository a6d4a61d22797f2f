import type { Provider } from '../core/model';
import type { ProviderRow } from '../core/view/overview';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { NoStatusTag } from './NoStatusTag';

/** Every other watched assistant, one compact line each; those with no status page last. */
export function OtherList({ rows, unmonitored }: { rows: ProviderRow[]; unmonitored: Provider[] }) {
  const { t } = useLocale();
  if (rows.length === 0 && unmonitored.length === 0) return null;
  return (
    <section class="others" aria-labelledby="others-heading">
      <h2 id="others-heading">{t('popupOthersHeading')}</h2>
      <ul class="others__list">
        {rows.map(({ provider, severity, state }) => (
          <li
            key={provider.id}
            class="others__row"
            title={state?.reading ? t('popupSourceTitle', state.reading.source) : undefined}
          >
            <a
              href={provider.chatUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('popupOpenAssistant', provider.name)}
            >
              {provider.name}
            </a>
            <SeverityTag severity={severity} />
          </li>
        ))}
        {unmonitored.map((provider) => (
          <li key={provider.id} class="others__row">
            <a
              href={provider.chatUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('popupOpenAssistant', provider.name)}
            >
              {provider.name}
            </a>
            <NoStatusTag />
          </li>
        ))}
      </ul>
    </section>
  );
}
