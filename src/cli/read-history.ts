import { CATALOG } from '../core/catalog/providers';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/fetch/fetch-text';
import { emptyOwnRecord } from '../core/history/own/own-record';
import { emptyPageHistories, type PageHistories, withFailure, withRead } from '../core/history/pages/page-store';
import { historyPlans } from '../core/history/pages/plan';
import { readPageHistory } from '../core/history/pages/read-history';
import { scopePage } from '../core/history/pages/scope';
import { buildHistoryView } from '../core/history/view/build-view';
import type { HistoryView } from '../core/history/view/view';

export interface CliHistory {
  view: HistoryView;
  /** Pages whose history was read, and those that failed, with why. */
  read: number;
  failures: { page: string; message: string }[];
}

/**
 * The built-in assistants' history, as the extension builds it but at once and without the radar's own record
 * (a one-shot command has seen nothing): each page read once, in parallel, each failure kept apart.
 */
export async function readCliHistory(fetch: FetchLike, nowMs: number, timeZone: string): Promise<CliHistory> {
  const plans = historyPlans(CATALOG, nowMs);
  const deps = { fetch, now: () => nowMs, timeoutMs: DEFAULT_TIMEOUT_MS };
  const reads = await Promise.all(plans.map(async (plan) => ({ plan, read: await readPageHistory(plan, deps) })));
  let store: PageHistories = emptyPageHistories();
  const failures: CliHistory['failures'] = [];
  for (const { plan, read } of reads) {
    if (!read.ok) {
      failures.push({ page: plan.key, message: read.failure.message });
      store = withFailure(store, plan.key, read.failure.message, nowMs);
      continue;
    }
    store = withRead(store, plan.key, scopePage(read.value, plan, CATALOG, nowMs), nowMs);
  }
  const view = buildHistoryView(CATALOG, plans, store, emptyOwnRecord(), { nowMs, timeZone });
  return { view, read: reads.length - failures.length, failures };
}
