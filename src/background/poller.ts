// The build that reads: after an update every body is parsed again, since the parsers may have changed.
import { version as BUILD } from '../../package.json';
import { showBadge } from '../browser/badge';
import { t } from '../browser/i18n';
import { commitPoll, loadLedger } from '../browser/notified';
import { recordOwnHistory } from '../browser/own-history';
import { loadSettings, loadState } from '../browser/storage';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/fetch/fetch-text';
import type { State } from '../core/model';
import type { NotifyLedger } from '../core/notify/ledger';
import type { Notice } from '../core/notify/notification-text';
import { pollIntoState } from '../core/poll/cycle';
import { watchedProviders } from '../core/settings/settings';
import { observedState } from '../core/state/fold';
import { MINUTE_MS } from '../core/time';
import { badgeFor } from '../core/view/badge';
import { decideNotice } from './decide';
import { scheduleHistoryRefresh } from './history';
import { deliverNotices } from './notifier';
import { currentTrafficVerdict } from './traffic';

const browserFetch: FetchLike = (url, init) => fetch(url, init);

/**
 * `scheduled`: the alarm's poll, which lets failing sources wait (core/poll/backoff) and heavy sources without
 * validators keep their pace (core/poll/pace). `manual`: the user asked, so every source is fetched at once.
 */
export type PollKind = 'scheduled' | 'manual';

let inFlight: { kind: PollKind; done: Promise<State> } | undefined;
/** The poll that follows the one in flight because settings changed while it ran. */
let followUp: Promise<State> | undefined;

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

/**
 * Settings changed what is polled. A poll under way read the old settings, so it is not shared: exactly
 * one more poll follows it, however many changes came meanwhile. It respects backoff like the alarm's
 * (a source new to the scope has no backoff entry, so it is read at once).
 */
export function pollForChange(): Promise<State> {
  const running = inFlight;
  if (!running) return pollNow('scheduled');
  if (!followUp) {
    const next = running.done
      .catch(() => undefined)
      .then(() => {
        if (followUp === next) followUp = undefined;
        return pollNow('scheduled');
      });
    followUp = next;
  }
  return followUp;
}

/**
 * Paints the badge again from what is stored, for a change that polls nothing (the order of the
 * watched list). After a poll under way, so that its older paint does not come last.
 */
export async function repaintBadge(): Promise<void> {
  await inFlight?.done.catch(() => undefined);
  const [settings, state, traffic] = await Promise.all([loadSettings(), loadState(), currentTrafficVerdict()]);
  await showBadge(badgeFor(state, watchedProviders(settings), t, traffic));
}

async function runPoll(kind: PollKind): Promise<State> {
  const [settings, previous, ledger] = await Promise.all([loadSettings(), loadState(), loadLedger()]);
  const watched = watchedProviders(settings);
  const { next, results } = await pollIntoState(
    previous,
    watched,
    { fetch: browserFetch, now: Date.now, timeoutMs: DEFAULT_TIMEOUT_MS, probeRedirects: true },
    { scheduled: kind === 'scheduled', pollMs: settings.pollMinutes * MINUTE_MS, reader: BUILD, random: Math.random },
  );
  let decided: { ledger: NotifyLedger; notice: Notice | undefined };
  try {
    // A paced provider brought nothing new: the policy keeps what it knew of it.
    decided = decideNotice(observedState(next, results), ledger, settings, watched);
  } catch (error) {
    // Notices are a nicety next to the State: it is committed all the same, and the policy's memory kept.
    console.error('AI Outage Radar: deciding notifications failed; the poll is saved without them', error);
    decided = { ledger, notice: undefined };
  }
  // One write, at the end: a worker stopped mid-poll leaves the previous State (and memory) whole.
  const saved = await commitPoll(next, decided.ledger, decided.notice);
  // The user's own requests, judged again now: a warning nothing has renewed for minutes ends here.
  const traffic = await currentTrafficVerdict().catch((error: unknown) => {
    console.warn('AI Outage Radar: could not judge the requests observed', error);
    return undefined;
  });
  await showBadge(badgeFor(saved, watched, t, traffic));
  const previousMs = previous.checkedAt ? Date.parse(previous.checkedAt) : Number.NaN;
  await recordOwnHistory(saved, {
    nowMs: Date.now(),
    pollMs: settings.pollMinutes * MINUTE_MS,
    ...(Number.isNaN(previousMs) ? {} : { previousMs }),
  });
  // After the poll's reply: the poll (and a Refresh waiting on it) is done; the history reads its pages every
  // few hours, and folds the strips again only after this answer has gone out.
  scheduleHistoryRefresh();
  // Also with no new notice: one that failed before is tried again now (a few times, see core/notify/stored-notices).
  await deliverNotices().catch((error: unknown) => console.error('AI Outage Radar: delivering notices failed', error));
  return saved;
}
