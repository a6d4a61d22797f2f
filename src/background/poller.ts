import { showBadge } from '../browser/badge';
import { t } from '../browser/i18n';
import { loadSettings, loadState, saveState } from '../browser/storage';
import { badgeFor } from '../core/badge';
import type { State } from '../core/model';
import { pollProviders } from '../core/poll';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/read-source';
import { watchedProviders } from '../core/settings';
import { foldResults } from '../core/state';

const browserFetch: FetchLike = (url, init) => fetch(url, init);

let inFlight: Promise<State> | undefined;

/** Poll every watched provider once. Calls made while a poll runs share it instead of starting another. */
export function pollNow(): Promise<State> {
  inFlight ??= runPoll().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function runPoll(): Promise<State> {
  const [settings, previous] = await Promise.all([loadSettings(), loadState()]);
  const watched = watchedProviders(settings);
  const results = await pollProviders(watched, { fetch: browserFetch, now: Date.now, timeoutMs: DEFAULT_TIMEOUT_MS });
  const next = foldResults(previous, results, new Date().toISOString());
  // One write, at the end: a worker stopped mid-poll leaves the previous State whole.
  await saveState(next);
  await showBadge(badgeFor(next, watched, t));
  return next;
}
