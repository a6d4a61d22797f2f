import { type ComponentChild, render } from 'preact';
import type { Settings } from '../../../src/core/model';
import { rosterOf } from '../../../src/core/settings/roster';
import { PopupView, type PopupViewProps } from '../../../src/popup/PopupView';
import { loadDetailParts } from '../../../src/popup/useDetailParts';
import { LocaleContext } from '../../../src/ui/i18n-context';
import { englishT } from './english';

// The affected rows' detail is a chunk the popup loads after its first paint; here it is there before any render,
// so that a test reads a row's detail as a user who opens it does. (Loading it late is checked on its own.)
await loadDetailParts();

/** Renders a view as the extension's pages do, in English, "ago" measured from `now`; into a new element of the document. */
export function renderInEnglish(view: ComponentChild, now: number): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<LocaleContext.Provider value={{ t: englishT, language: 'en', now }}>{view}</LocaleContext.Provider>, root);
  return root;
}

export type ShownPopup = Pick<PopupViewProps, 'state'> & { settings: Settings } & Partial<Omit<PopupViewProps, 'roster'>>;

/**
 * The popup's view of a state and settings, the settings resolved into the roster as the worker writes it:
 * not busy, and its buttons do nothing unless the test says what they do.
 */
export function showPopup(now: number, { settings, ...props }: ShownPopup): HTMLElement {
  return renderInEnglish(
    <PopupView busy={false} onRefresh={() => {}} onSnooze={() => {}} roster={rosterOf(settings)} {...props} />,
    now,
  );
}
