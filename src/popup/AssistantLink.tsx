import type { ComponentChildren } from 'preact';
import type { Provider } from '../core/model';
import { ExternalLink } from '../ui/ExternalLink';

export interface AssistantLinkProps {
  provider: Provider;
  class?: string;
  'aria-label'?: string;
  /** Opens (or focuses) the assistant; the link's own target is the fallback when this is absent. */
  onOpen?: ((provider: Provider) => void) | undefined;
  /** Keyboard focus starts here when the popup opens. */
  initialFocus?: boolean;
  children: ComponentChildren;
}

/** A link to where the assistant is used: a plain click reuses an open tab (App), any other click is the browser's. */
export function AssistantLink({ provider, onOpen, initialFocus = false, children, ...props }: AssistantLinkProps) {
  return (
    <ExternalLink
      {...props}
      href={provider.chatUrl}
      data-initial-focus={initialFocus ? '' : undefined}
      onClick={(event) => {
        if (!onOpen || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        onOpen(provider);
      }}
    >
      {children}
    </ExternalLink>
  );
}
