import browser from 'webextension-polyfill';
import type { State } from '../core/model';
import { type NotifyLedger, readStoredLedger } from '../core/notify/ledger';
import type { Notice } from '../core/notify/notification-text';
import {
  afterDelivery,
  type DeliveryOutcome,
  MAX_OUTBOX,
  type NoticeTarget,
  newestTargets,
  type QueuedNotice,
  readStoredOutbox,
  readStoredTargets,
  withQueued,
} from '../core/notify/stored-notices';
import { sameStoredValue } from '../core/stored-schema';
import { STATE_KEY } from './keys';
import { reportBadStored, saveState, storedForm } from './storage';

export type { NoticeTarget };

/** What was told (the policy's memory), notices decided but not yet shown, and where shown ones lead. */
export const LEDGER_KEY = 'notified';
export const OUTBOX_KEY = 'outbox';
export const TARGETS_KEY = 'noticeTargets';

/** A `notifications.create` that neither shows nor fails within this counts as failed (it is tried again). */
const SHOW_TIMEOUT_MS = 10_000;

export async function loadLedger(): Promise<NotifyLedger> {
  const value = (await browser.storage.local.get(LEDGER_KEY))[LEDGER_KEY];
  return readStoredLedger(value, (problem) => reportBadStored(LEDGER_KEY, problem));
}

async function loadOutbox(): Promise<QueuedNotice[]> {
  const value = (await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY];
  return readStoredOutbox(value, (problem) => reportBadStored(OUTBOX_KEY, problem));
}

export async function loadTargets(): Promise<Record<string, NoticeTarget>> {
  const value = (await browser.storage.local.get(TARGETS_KEY))[TARGETS_KEY];
  return readStoredTargets(value, (problem) => reportBadStored(TARGETS_KEY, problem));
}

/**
 * The end of a poll, in one write: the new State, what the policy has now told, and the notice to show.
 * A worker stopped after this write shows the notice at its next start; one stopped before it never
 * decided anything. Either way nothing is shown twice or lost.
 *
 * When that write fails (the quota, most likely), the State is saved on its own, shedding history if it
 * must (browser/storage `saveState`), then the rest is tried again: the State is what the badge and the
 * popup need, and a notice lost is better than a worker that never saves again. Answers with the State
 * as written.
 */
export function commitPoll(state: State, ledger: NotifyLedger, notice: Notice | undefined): Promise<State> {
  return withOutbox(() => commitPollNow(state, ledger, notice));
}

/**
 * The outbox is read, changed and written by a poll, by the user's own traffic (queueNotice) and by a delivery:
 * one at a time, so that a notice queued by one is never written over by another's older copy.
 */
let outboxTurn: Promise<unknown> = Promise.resolve();

function withOutbox<T>(task: () => Promise<T>): Promise<T> {
  const run = outboxTurn.then(task);
  outboxTurn = run.catch(() => undefined);
  return run;
}

/** The outbox with `notice` added, warning of what the cap drops. */
async function queuedWith(notice: Notice): Promise<QueuedNotice[]> {
  const queued = await loadOutbox();
  const outbox = withQueued(queued, notice);
  const kept = new Set(outbox.map((entry) => entry.notice.id));
  for (const { notice: dropped } of queued) {
    if (!kept.has(dropped.id)) console.warn(`AI Outage Radar: more than ${MAX_OUTBOX} notices waiting; dropped ${dropped.id}`);
  }
  return outbox;
}

/**
 * A notice decided outside a poll (the user's own traffic), queued in one write with what it was decided on
 * (`alongside`: what was told), so that a worker stopped after the write shows it at its next start, and one
 * stopped before it decides again: never lost, never shown twice.
 */
export function queueNotice(notice: Notice, alongside: Record<string, unknown>): Promise<void> {
  return withOutbox(async () => {
    await browser.storage.local.set({ ...alongside, [OUTBOX_KEY]: await queuedWith(notice) });
  });
}

async function commitPollNow(state: State, ledger: NotifyLedger, notice: Notice | undefined): Promise<State> {
  // What is stored now, to write only what differs; unreadable, everything is written.
  const stored = await browser.storage.local.get([STATE_KEY, LEDGER_KEY]).catch(() => ({}) as Record<string, unknown>);
  const rest: Record<string, unknown> = {};
  // Only what changed is written: a quiet poll moves the times alone (core/state/times), a few dozen bytes.
  if (!sameStoredValue(stored[LEDGER_KEY], ledger)) rest[LEDGER_KEY] = ledger;
  if (notice) rest[OUTBOX_KEY] = await queuedWith(notice);
  const written = storedForm(state);
  if (sameStoredValue(stored[STATE_KEY], written[STATE_KEY])) delete written[STATE_KEY];
  try {
    await browser.storage.local.set({ ...written, ...rest });
    return state;
  } catch (error) {
    console.warn('AI Outage Radar: could not save the poll whole; saving the state on its own', error);
  }
  const saved = await saveState(state);
  try {
    if (Object.keys(rest).length > 0) await browser.storage.local.set(rest);
  } catch (error) {
    console.warn('AI Outage Radar: could not save what was notified; the next poll decides again', error);
  }
  return saved;
}

// One delivery at a time: two at once (a worker start and a poll) would count one failure twice.
let delivering: Promise<void> = Promise.resolve();

/**
 * Show every queued notice, each on its own: one that fails does not stop the others, and is tried again
 * at the next delivery, up to MAX_SHOW_ATTEMPTS tries, then dropped with a warning. Where shown ones'
 * clicks lead is remembered.
 */
export function deliverOutbox(show: (notice: Notice) => Promise<NoticeTarget>): Promise<void> {
  const run = delivering.then(() => deliverOnce(show));
  delivering = run.catch(() => undefined);
  return run;
}

async function deliverOnce(show: (notice: Notice) => Promise<NoticeTarget>): Promise<void> {
  const queued = await loadOutbox();
  if (queued.length === 0) return;
  const targets = await loadTargets();
  const outcomes = new Map<string, DeliveryOutcome>();
  for (const { notice, attempts } of queued) {
    try {
      targets[notice.id] = await withTimeout(show(notice), SHOW_TIMEOUT_MS);
      outcomes.set(notice.id, 'shown');
    } catch (error) {
      console.warn(`AI Outage Radar: could not show notice ${notice.id} (try ${attempts + 1})`, error);
      outcomes.set(notice.id, 'failed');
    }
  }
  // A poll may have queued more meanwhile: the outcome applies to what storage holds now.
  await withOutbox(async () => {
    const { left, givenUp } = afterDelivery(await loadOutbox(), outcomes);
    for (const notice of givenUp) console.warn(`AI Outage Radar: gave up showing notice ${notice.id}: ${notice.title}`);
    await browser.storage.local.set({ [OUTBOX_KEY]: left, [TARGETS_KEY]: newestTargets(targets) });
  });
}

function withTimeout<T>(task: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}
