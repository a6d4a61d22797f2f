import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** The attribute that marks, inside the popup, the control keyboard focus starts at. */
export const INITIAL_FOCUS = 'data-initial-focus';

/**
 * Puts focus, once, on the marked control inside the returned element: when the popup opens, Tab and Enter
 * should act on the most useful control (core/view/first-screen says which). Later renders (a poll that
 * ends while the popup is open) leave focus where the user put it.
 */
export function useInitialFocus<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>(`[${INITIAL_FOCUS}]`)?.focus();
  }, []);
  return ref;
}
