/**
 * The popup's history, in a chunk of its own: the reader of the stored view and what draws it, loaded after the
 * first paint (useHistoryView, useHistoryParts), so that the script the popup needs to open is not made heavier
 * by ninety marks an assistant.
 */
export { requestHistoryIfDue } from '../../browser/requests';
export { loadHistoryView, onHistoryViewChange } from '../../browser/stored-history';
export { historyIsDue } from './due';
export { HistorySection } from './HistorySection';
export { HistoryStrip } from './HistoryStrip';
