import { showBadge } from '../browser/badge';
import { t } from '../browser/i18n';
import { commitPoll, loadLedger } from '../browser/notified';
import { loadSettings, loadState } from '../browser/storage';
import { badgeFor } from '../core/badge';
import { eventsBetween } from '../core/events';
import type { State } from '../core/model';
import { noticeFor } from '../core/notification-text';
import { decideNotifications } from '../core/notify';
import { pollProviders } from '../core/poll';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/read-source';
import { watchedProviders } from '../core/settings';
import { foldResults } from '../core/state';
import { deliverNotices, noticeLocale } from './notifier';

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
  const [settings, previous, ledger] = await Promise.all([loadSettings(), loadState(), loadLedger()]);
  const watched = watchedProviders(settings);
  const results = await pollProviders(watched, { fetch: browserFetch, now: Date.now, timeoutMs: DEFAULT_TIMEOUT_MS });
  const next = foldResults(previous, results, new Date().toISOString());
  const decision = decideNotifications({
    events: eventsBetween(previous, next),
    next,
    ledger,
    settings: settings.notifications,
    nowMs: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const notice = noticeFor(decision.shown, next, watched, t, noticeLocale());
  // One write, at the end: a worker stopped mid-poll leaves the previous State (and memory) whole.
  await commitPoll(next, decision.ledger, notice);
  await showBadge(badgeFor(next, watched, t));
  if (notice) await deliverNotices();
  return next;
}
