import { showBadge } from '../browser/badge';
import { t } from '../browser/i18n';
import { commitPoll, loadLedger } from '../browser/notified';
import { loadSettings, loadState } from '../browser/storage';
import { type BackoffTable, deferredFailure, nextBackoff, type SourceOutcome } from '../core/backoff';
import { badgeFor } from '../core/badge';
import { eventsBetween } from '../core/events';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/fetch-text';
import type { State } from '../core/model';
import { noticeFor } from '../core/notification-text';
import { decideNotifications } from '../core/notify';
import { pollProviders } from '../core/poll';
import { watchedProviders } from '../core/settings';
import { foldResults } from '../core/state';
import { deliverNotices, noticeLocale } from './notifier';

const browserFetch: FetchLike = (url, init) => fetch(url, init);

/**
 * `scheduled`: the alarm's poll, which lets failing sources wait (core/backoff). `manual`: the user asked,
 * so every source is tried at once.
 */
export type PollKind = 'scheduled' | 'manual';

let inFlight: { kind: PollKind; done: Promise<State> } | undefined;

/**
 * Poll every watched provider once. A call made while a poll runs shares it; a manual one made while a
 * scheduled one runs waits for it, then tries everything the scheduled one skipped.
 */
export function pollNow(kind: PollKind = 'manual'): Promise<State> {
  if (inFlight && (inFlight.kind === 'manual' || kind === 'scheduled')) return inFlight.done;
  const before = inFlight?.done.catch(() => undefined);
  const done = (before ?? Promise.resolve()).then(() => runPoll(kind));
  const current = { kind, done };
  inFlight = current;
  void done
    .finally(() => {
      if (inFlight === current) inFlight = undefined;
    })
    .catch(() => undefined);
  return done;
}

async function runPoll(kind: PollKind): Promise<State> {
  const [settings, previous, ledger] = await Promise.all([loadSettings(), loadState(), loadLedger()]);
  const watched = watchedProviders(settings);
  const startedAt = Date.now();
  const outcomes = new Map<string, SourceOutcome>();
  const table: BackoffTable | undefined = kind === 'scheduled' ? previous.backoff : undefined;
  const results = await pollProviders(
    watched,
    { fetch: browserFetch, now: Date.now, timeoutMs: DEFAULT_TIMEOUT_MS, probeRedirects: true },
    { deferred: (url) => deferredFailure(table, url, startedAt), onOutcome: (url, outcome) => outcomes.set(url, outcome) },
  );
  const backoff = nextBackoff(previous.backoff, outcomes, Date.now(), Math.random);
  const next: State = { ...foldResults(previous, results, new Date().toISOString()), backoff };
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
