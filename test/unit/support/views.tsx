import { type ComponentChild, render } from 'preact';
import { PopupView, type PopupViewProps } from '../../../src/popup/PopupView';
import { LocaleContext } from '../../../src/ui/i18n-context';
import { englishT } from './english';

/** Renders a view as the extension's pages do, in English, "ago" measured from `now`; into a new element of the document. */
export function renderInEnglish(view: ComponentChild, now: number): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<LocaleContext.Provider value={{ t: englishT, language: 'en', now }}>{view}</LocaleContext.Provider>, root);
  return root;
}

/** The popup's view of a state and settings: not busy, and its buttons do nothing unless the test says what they do. */
export function showPopup(now: number, props: Pick<PopupViewProps, 'state' | 'settings'> & Partial<PopupViewProps>): HTMLElement {
  return renderInEnglish(<PopupView busy={false} onRefresh={() => {}} onSnooze={() => {}} {...props} />, now);
}
