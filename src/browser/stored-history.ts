import type { Storage } from 'webextension-polyfill';
import { decodeHistoryView } from '../core/history/view/stored-view';
import type { HistoryView } from '../core/history/view/view';
import { api } from './ext';
import { HISTORY_VIEW_KEY } from './keys';

/** The history view for the popup and the options page: read apart from the first paint's storage call. */
export async function loadHistoryView(): Promise<HistoryView | undefined> {
  return decodeHistoryView((await api().storage.local.get(HISTORY_VIEW_KEY))[HISTORY_VIEW_KEY]);
}

/** Calls back with the new view whenever the worker writes one. */
export function onHistoryViewChange(listener: (view: HistoryView | undefined) => void): () => void {
  const handle = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[HISTORY_VIEW_KEY];
    if (area === 'local' && change) listener(decodeHistoryView(change.newValue));
  };
  api().storage.onChanged.addListener(handle);
  return () => api().storage.onChanged.removeListener(handle);
}
