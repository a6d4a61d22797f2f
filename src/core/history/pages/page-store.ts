import { isRecord } from '../../fetch/fields';
import { HOUR_MS } from '../../time';
import { decodeAssistant, encodeAssistant, type StoredAssistantHistory } from '../view/stored-view';
import type { HistoryPlan } from './plan';
import type { ScopedHistory } from './scope';

/**
 * What the worker keeps of each page's history between reads: per assistant its scoped days (compact, as the
 * view stores them), when the page was last read and last tried. Never the body: a day is a few bytes.
 */
export interface PageHistoryEntry {
  /** The last try, whatever came of it: what paces the next. */
  triedAtMs: number;
  /** The last read that gave a history; absent until one has. */
  readAtMs?: number;
  /** The last try failed: its days are still those of `readAtMs`. */
  failedAtMs?: number;
  /** Why, in a few words, for the console and the terminal. */
  failure?: string;
  assistants: Record<string, ScopedHistory>;
}

export interface PageHistories {
  version: 1;
  /** By plan key (history/pages/plan). Only pages still watched. */
  pages: Record<string, PageHistoryEntry>;
}

/** A page's history is read at most this often: it changes by the day, and some pages are heavy. */
export const HISTORY_PACE_MS = 6 * HOUR_MS;
/** After a failed read, sooner than the pace, so that a first failure does not leave the strip empty for hours. */
export const HISTORY_RETRY_MS = 2 * HOUR_MS;

export function emptyPageHistories(): PageHistories {
  return { version: 1, pages: {} };
}

/** The pages whose history is due: never read, or last tried a pace ago (a shorter one after a failure). */
export function duePlans(plans: readonly HistoryPlan[], store: PageHistories, nowMs: number): HistoryPlan[] {
  return plans.filter((plan) => {
    const entry = store.pages[plan.key];
    if (!entry) return true;
    const wait = entry.failedAtMs !== undefined && entry.failedAtMs >= entry.triedAtMs ? HISTORY_RETRY_MS : HISTORY_PACE_MS;
    // A clock set back must not stall the history for the time it went back.
    return nowMs - entry.triedAtMs >= wait || nowMs < entry.triedAtMs;
  });
}

/** The store after one page was read: its days replaced. */
export function withRead(
  store: PageHistories,
  key: string,
  assistants: Record<string, ScopedHistory>,
  nowMs: number,
): PageHistories {
  return { ...store, pages: { ...store.pages, [key]: { triedAtMs: nowMs, readAtMs: nowMs, assistants } } };
}

/** The store after a failed read: the last history kept whole, marked with when it failed. */
export function withFailure(store: PageHistories, key: string, failure: string, nowMs: number): PageHistories {
  const before = store.pages[key];
  const entry: PageHistoryEntry = {
    ...(before ?? { assistants: {} }),
    triedAtMs: nowMs,
    failedAtMs: nowMs,
    failure: failure.slice(0, 200),
  };
  return { ...store, pages: { ...store.pages, [key]: entry } };
}

/** Only the pages of the plans still watched: an assistant no longer watched costs no storage. */
export function keepPlans(store: PageHistories, plans: readonly HistoryPlan[]): PageHistories {
  const keys = new Set(plans.map((plan) => plan.key));
  return { ...store, pages: Object.fromEntries(Object.entries(store.pages).filter(([key]) => keys.has(key))) };
}

// Stored in the view's compact form: one letter a quiet day.

interface StoredEntry extends Omit<PageHistoryEntry, 'assistants'> {
  assistants: Record<string, StoredAssistantHistory>;
}

export function encodePageHistories(store: PageHistories): { version: 1; pages: Record<string, StoredEntry> } {
  const pages: Record<string, StoredEntry> = {};
  for (const [key, entry] of Object.entries(store.pages)) {
    const assistants: Record<string, StoredAssistantHistory> = {};
    for (const [id, scoped] of Object.entries(entry.assistants)) {
      assistants[id] = encodeAssistant({ providerId: id, ...scoped, basis: 'page' });
    }
    pages[key] = { ...entry, assistants };
  }
  return { version: 1, pages };
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The store from storage. A page that cannot be read is dropped (it is read again at once), never thrown over:
 * one bad stored value must not stop the history of every other page.
 */
export function decodePageHistories(value: unknown): PageHistories {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.pages)) return emptyPageHistories();
  const pages: Record<string, PageHistoryEntry> = {};
  for (const [key, entry] of Object.entries(value.pages)) {
    if (!isRecord(entry) || !finite(entry.triedAtMs) || !isRecord(entry.assistants)) continue;
    const assistants: Record<string, ScopedHistory> = {};
    for (const [id, stored] of Object.entries(entry.assistants)) {
      const decoded = decodeAssistant(id, stored);
      if (decoded) assistants[id] = { days: decoded.days, uptimes: decoded.uptimes };
    }
    pages[key] = {
      triedAtMs: entry.triedAtMs,
      ...(finite(entry.readAtMs) ? { readAtMs: entry.readAtMs } : {}),
      ...(finite(entry.failedAtMs) ? { failedAtMs: entry.failedAtMs } : {}),
      ...(typeof entry.failure === 'string' ? { failure: entry.failure.slice(0, 200) } : {}),
      assistants,
    };
  }
  return { version: 1, pages };
}
