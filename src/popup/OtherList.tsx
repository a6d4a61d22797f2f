import type { ComponentChildren } from 'preact';
import type { Provider } from '../core/model';
import type { ProviderRow } from '../core/view/overview';
import { ExternalLink } from '../ui/ExternalLink';
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
          <OtherRow
            key={provider.id}
            provider={provider}
            title={state?.reading ? t('popupSourceTitle', state.reading.source) : undefined}
          >
            <SeverityTag severity={severity} />
          </OtherRow>
        ))}
        {unmonitored.map((provider) => (
          <OtherRow key={provider.id} provider={provider}>
            <NoStatusTag />
          </OtherRow>
        ))}
      </ul>
    </section>
  );
}

function OtherRow({
  provider,
  title,
  children,
}: {
  provider: Provider;
  title?: string | undefined;
  children: ComponentChildren;
}) {
  const { t } = useLocale();
  return (
    <li class="others__row" title={title}>
      <ExternalLink href={provider.chatUrl} aria-label={t('popupOpenAssistant', provider.name)}>
        {provider.name}
      </ExternalLink>
      {children}
    </li>
  );
}
