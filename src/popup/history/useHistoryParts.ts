import { lazyParts } from '../lazy-parts';

const historyParts = lazyParts(() => import('./history-parts'), 'the history view');

/** The history's components, loaded after the first paint. */
export const loadHistoryParts = historyParts.load;
export const useHistoryParts = historyParts.useParts;
