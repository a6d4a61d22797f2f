import type { ComponentChildren } from 'preact';
import type { Provider } from '../core/model';
import type { Staleness } from '../core/view/affected';
import { useLocale } from '../ui/i18n-context';
import { AssistantLink } from './AssistantLink';
import { StaleNote } from './StaleNote';

export interface OtherRowProps {
  provider: Provider;
  /** Hover text: which source answered. */
  title?: string | undefined;
  /** Its page could not be read: one quiet line under the name says why and what it said last. */
  stale?: Staleness | undefined;
  onOpen?: ((provider: Provider) => void) | undefined;
  /** The level's tag. */
  children: ComponentChildren;
}

/** One compact line: the assistant's name (a link to it) and its level. */
export function OtherRow({ provider, title, stale, onOpen, children }: OtherRowProps) {
  const { t } = useLocale();
  return (
    <li class="others__row" title={title} data-provider={provider.id}>
      <span class="others__line">
        <AssistantLink
          class="others__name"
          provider={provider}
          onOpen={onOpen}
          aria-label={t('popupOpenAssistant', provider.name)}
        >
          {provider.name}
        </AssistantLink>
        {children}
      </span>
      {stale && <StaleNote stale={stale} />}
    </li>
  );
}
