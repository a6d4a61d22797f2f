import * as v from 'valibot';
import { byKey, readStored, SEVERITY } from '../stored-schema';
import type { Notice } from './notification-text';

/**
 * The schemas of the two notice keys: the outbox (notices decided, not yet shown) and the targets (where
 * a click on a shown notice leads). Read back from storage they are not trusted; a value that does not fit
 * is dropped whole, told to `onProblem`, and the worker carries on with an empty one.
 */

/** A notice that keeps failing is given up after this many tries: one broken notice never blocks the rest. */
export const MAX_SHOW_ATTEMPTS = 3;

/** Notices decided while none could be shown; older ones go first (they are also the most out of date). */
export const MAX_OUTBOX = 10;

/** Enough for every notice still on screen; older entries go first. */
export const MAX_TARGETS = 20;

export interface QueuedNotice {
  notice: Notice;
  /** Tries that failed so far. */
  attempts: number;
}

export interface NoticeTarget {
  openUrl?: string;
  /** The button URLs, in button order. */
  buttons: string[];
}

const NOTICE = v.object({
  id: v.string(),
  title: v.string(),
  message: v.string(),
  silent: v.boolean(),
  severity: SEVERITY,
  providerId: v.string(),
  providerName: v.string(),
  openUrl: v.string(),
  statusPageUrl: v.exactOptional(v.string()),
  switchTo: v.exactOptional(v.object({ name: v.string(), url: v.string() })),
});

const ATTEMPTS = v.pipe(v.number(), v.integer(), v.minValue(0));

const QUEUED = v.union([
  v.object({ notice: NOTICE, attempts: ATTEMPTS }),
  // Builds before the retry count queued the bare notice: it has not failed yet.
  v.pipe(
    NOTICE,
    v.transform((notice) => ({ notice, attempts: 0 })),
  ),
]);

const OUTBOX = v.array(QUEUED);

const TARGETS = byKey(v.object({ openUrl: v.exactOptional(v.string()), buttons: v.array(v.string()) }));

export function readStoredOutbox(value: unknown, onProblem?: (problem: string) => void): QueuedNotice[] {
  const outbox: QueuedNotice[] = readStored(OUTBOX, value, [], onProblem);
  return outbox.slice(-MAX_OUTBOX);
}

export function readStoredTargets(value: unknown, onProblem?: (problem: string) => void): Record<string, NoticeTarget> {
  return newestTargets(readStored(TARGETS, value, {}, onProblem));
}

export function newestTargets(targets: Record<string, NoticeTarget>): Record<string, NoticeTarget> {
  return Object.fromEntries(Object.entries(targets).slice(-MAX_TARGETS));
}

/** The outbox with `notice` queued last (replacing an older copy of it), within its bound. */
export function withQueued(outbox: readonly QueuedNotice[], notice: Notice): QueuedNotice[] {
  return [...outbox.filter((queued) => queued.notice.id !== notice.id), { notice, attempts: 0 }].slice(-MAX_OUTBOX);
}

/** How one delivery went, by notice id: shown, or failed once more. */
export type DeliveryOutcome = 'shown' | 'failed';

/**
 * The outbox after a delivery, applied to what storage holds now (a poll may have queued more meanwhile):
 * shown notices leave, failed ones count the try and leave once they reach MAX_SHOW_ATTEMPTS.
 */
export function afterDelivery(
  outbox: readonly QueuedNotice[],
  outcomes: ReadonlyMap<string, DeliveryOutcome>,
): { left: QueuedNotice[]; givenUp: Notice[] } {
  const left: QueuedNotice[] = [];
  const givenUp: Notice[] = [];
  for (const queued of outbox) {
    const outcome = outcomes.get(queued.notice.id);
    if (outcome === 'shown') continue;
    if (outcome === undefined) {
      left.push(queued);
      continue;
    }
    const attempts = queued.attempts + 1;
    if (attempts >= MAX_SHOW_ATTEMPTS) givenUp.push(queued.notice);
    else left.push({ notice: queued.notice, attempts });
  }
  return { left, givenUp };
}
