import browser from 'webextension-polyfill';
import { HISTORY_VIEW_KEY, OWN_FAILURE_DAYS_KEY, OWN_HISTORY_KEY, PAGE_HISTORY_KEY, RELIABILITY_KEY } from '../browser/keys';
import { userTimeZone } from '../browser/own-history';
import { loadSettings, reportBadStored } from '../browser/storage';
import type { StoredReliability } from '../browser/stored-view';
import { DEFAULT_TIMEOUT_MS, type ReadDeps } from '../core/fetch/fetch-text';
import { fieldsOf } from '../core/fetch/fields';
import { readStoredOwnRecord } from '../core/history/own/stored-own-record';
import {
  decodePageHistories,
  duePlans,
  encodePageHistories,
  keepPlans,
  type PageHistories,
  withFailure,
  withRead,
} from '../core/history/pages/page-store';
import { type HistoryPlan, historyPlans } from '../core/history/pages/plan';
import { readPageHistory } from '../core/history/pages/read-history';
import { scopePage } from '../core/history/pages/scope';
import { buildHistoryView } from '../core/history/view/build-view';
import { encodeHistoryView } from '../core/history/view/stored-view';
import type { Provider } from '../core/model';
import { watchedProviders } from '../core/settings/settings';
import { sameStoredValue } from '../core/stored-schema';
import { readFailureDays } from '../core/traffic/failure-days';
import { reliabilityOf } from '../core/view/reliability';

const deps: ReadDeps = {
  fetch: (url, init) => fetch(url, init),
  now: Date.now,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  probeRedirects: true,
};

async function readPage(plan: HistoryPlan, watched: readonly Provider[], store: PageHistories, nowMs: number) {
  const read = await readPageHistory(plan, deps);
  if (!read.ok) {
    console.warn(`AI Outage Radar: could not read the history of ${plan.key} (${read.failure.message}); the last one is kept`);
    return withFailure(store, plan.key, read.failure.message, nowMs);
  }
  return withRead(store, plan.key, scopePage(read.value, plan, watched, nowMs), nowMs);
}

/**
 * Reads the pages whose history is due (core/history/pages/page-store: every few hours, never in the poll's pace)
 * and writes the view the popup draws, each only when it changed. Apart from the poll: a page's history that
 * fails costs its strip an update, never a reading, the badge or a notice.
 */
async function updateHistory(): Promise<void> {
  const [settings, stored] = await Promise.all([
    loadSettings(),
    browser.storage.local.get([PAGE_HISTORY_KEY, OWN_HISTORY_KEY, HISTORY_VIEW_KEY, RELIABILITY_KEY, OWN_FAILURE_DAYS_KEY]),
  ]);
  const watched = watchedProviders(settings);
  const nowMs = Date.now();
  const plans = historyPlans(watched, nowMs);
  const before = decodePageHistories(stored[PAGE_HISTORY_KEY]);
  let store = keepPlans(before, plans);
  // One page after another: a few requests every few hours, and no burst against a shared host.
  for (const plan of duePlans(plans, store, nowMs)) store = await readPage(plan, watched, store, nowMs);
  const encodedStore = encodePageHistories(store);
  if (!sameStoredValue(encodedStore, stored[PAGE_HISTORY_KEY]))
    await browser.storage.local.set({ [PAGE_HISTORY_KEY]: encodedStore });
  const own = readStoredOwnRecord(stored[OWN_HISTORY_KEY], (problem) => reportBadStored(OWN_HISTORY_KEY, problem));
  const built = buildHistoryView(watched, plans, store, own, {
    nowMs,
    timeZone: userTimeZone(),
    ownFailureDays: readFailureDays(stored[OWN_FAILURE_DAYS_KEY]).days,
  });
  const view = encodeHistoryView(built);
  // The build time alone changing is no change: a quiet poll writes nothing here.
  const previous = stored[HISTORY_VIEW_KEY];
  const builtAtMs = fieldsOf(previous)?.builtAtMs;
  if (!sameStoredValue({ ...view, builtAtMs }, previous)) await browser.storage.local.set({ [HISTORY_VIEW_KEY]: view });
  // The first screen orders "Switch to" by these; read with the State in the popup's one storage call.
  const figures = Object.fromEntries(
    Object.values(built.assistants).map((history) => [history.providerId, reliabilityOf(history, 30)]),
  );
  const reliability: StoredReliability = { version: 1, figures };
  if (!sameStoredValue(reliability, stored[RELIABILITY_KEY])) await browser.storage.local.set({ [RELIABILITY_KEY]: reliability });
}

let running: Promise<void> | undefined;

/** Brings the history up to date; a call while one runs shares it. Never rejects. */
export function refreshHistory(): Promise<void> {
  running ??= updateHistory()
    .catch((error: unknown) => console.warn('AI Outage Radar: updating the history failed; the last one is kept', error))
    .finally(() => {
      running = undefined;
    });
  return running;
}

let scheduled: Promise<void> | undefined;

/**
 * Brings the history up to date after what is under way now: a poll's reply (the popup's Refresh waits on
 * it) goes out first, and the folding of ninety days an assistant never delays it.
 */
export function scheduleHistoryRefresh(): void {
  scheduled ??= new Promise<void>((ready) => setTimeout(ready, 0))
    .then(() => refreshHistory())
    .finally(() => {
      scheduled = undefined;
    });
}

/** Resolves once no history update is due or under way: what a test waits for before it counts requests. */
export async function historyIdle(): Promise<void> {
  await scheduled;
  await running;
}
