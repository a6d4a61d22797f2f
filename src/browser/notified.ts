import browser from 'webextension-polyfill';
import { isRecord } from '../core/body';
import type { State } from '../core/model';
import type { Notice } from '../core/notification-text';
import { type NotifyLedger, readStoredLedger } from '../core/notify-ledger';
import { STATE_KEY } from './storage';

/** What was told (the policy's memory), notices decided but not yet shown, and where shown ones lead. */
export const LEDGER_KEY = 'notified';
export const OUTBOX_KEY = 'outbox';
export const TARGETS_KEY = 'noticeTargets';

/** Enough for every notice still on screen; older entries go first. */
const MAX_TARGETS = 20;

export interface NoticeTarget {
  openUrl?: string;
  /** The button URLs, in button order. */
  buttons: string[];
}

export async function loadLedger(): Promise<NotifyLedger> {
  return readStoredLedger((await browser.storage.local.get(LEDGER_KEY))[LEDGER_KEY]);
}

async function loadOutbox(): Promise<Notice[]> {
  const value = (await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY];
  return Array.isArray(value)
    ? value.filter((notice): notice is Notice => isRecord(notice) && typeof notice.id === 'string')
    : [];
}

/**
 * The end of a poll, in one write: the new State, what the policy has now told, and the notice to show.
 * A worker stopped after this write shows the notice at its next start; one stopped before it never
 * decided anything. Either way nothing is shown twice or lost.
 */
export async function commitPoll(state: State, ledger: NotifyLedger, notice: Notice | undefined): Promise<void> {
  const outbox = notice ? [...(await loadOutbox()).filter((queued) => queued.id !== notice.id), notice] : undefined;
  await browser.storage.local.set({ [STATE_KEY]: state, [LEDGER_KEY]: ledger, ...(outbox ? { [OUTBOX_KEY]: outbox } : {}) });
}

/** Show every queued notice, remember where its clicks lead, then take it off the queue. */
export async function deliverOutbox(show: (notice: Notice) => Promise<NoticeTarget>): Promise<void> {
  const queued = await loadOutbox();
  if (queued.length === 0) return;
  const targets = await loadTargets();
  for (const notice of queued) targets[notice.id] = await show(notice);
  const delivered = new Set(queued.map((notice) => notice.id));
  const left = (await loadOutbox()).filter((notice) => !delivered.has(notice.id));
  await browser.storage.local.set({ [OUTBOX_KEY]: left, [TARGETS_KEY]: newest(targets) });
}

export async function loadTargets(): Promise<Record<string, NoticeTarget>> {
  const value = (await browser.storage.local.get(TARGETS_KEY))[TARGETS_KEY];
  return isRecord(value) ? (value as Record<string, NoticeTarget>) : {};
}

function newest(targets: Record<string, NoticeTarget>): Record<string, NoticeTarget> {
  return Object.fromEntries(Object.entries(targets).slice(-MAX_TARGETS));
}
