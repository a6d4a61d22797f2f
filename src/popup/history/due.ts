import type { HistoryView } from '../../core/history/view/view';
import { HOUR_MS } from '../../core/time';

/** A view older than this is worth asking the worker about when the popup opens (it keeps its own pace). */
export const HISTORY_STALE_MS = 6 * HOUR_MS;

/** Whether the popup, just opened on `view`, should ask the worker to read the histories that are due. */
export function historyIsDue(view: HistoryView | undefined, nowMs: number): boolean {
  return view === undefined || nowMs - view.builtAtMs > HISTORY_STALE_MS;
}
