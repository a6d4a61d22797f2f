import type { ComponentChildren } from 'preact';

interface ExternalLinkProps {
  href: string;
  class?: string;
  'aria-label'?: string;
  onClick?: (event: MouseEvent) => void;
  /** Marks the control keyboard focus starts at when the page opens (src/popup/useInitialFocus). */
  'data-initial-focus'?: string | undefined;
  children: ComponentChildren;
}

/**
 * A link that leaves the extension: in a new tab, and without `opener` or a referrer, so that the page opened
 * can neither script the popup nor learn that it was opened from the extension.
 */
export function ExternalLink({ children, ...props }: ExternalLinkProps) {
  return (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
