import { isRecord } from './body';
import type { KnownSeverity, Severity } from './model';

/** What the user was told about one assistant: the memory that keeps notifications from repeating. */
export interface ToldProvider {
  /** Incident id -> the impact and status last told. */
  incidents: Record<string, { impact: Severity; status: string }>;
  /** Trouble told with no incident posted, at this severity. */
  severity?: KnownSeverity;
  /** Maintenance ids whose start was told. */
  maintenances: string[];
  /** The page has been said to be unreadable (said once per run of failures). */
  unreadable?: boolean;
}

/** A severity change seen in one poll, shown only if the next poll sees it too. */
export interface PendingChange {
  from: KnownSeverity;
  to: KnownSeverity;
  seenAt: string;
}

export interface NotifyLedger {
  version: 1;
  providers: Record<string, ToldProvider>;
  pending: Record<string, PendingChange>;
}

export function emptyLedger(): NotifyLedger {
  return { version: 1, providers: {}, pending: {} };
}

export function emptyTold(): ToldProvider {
  return { incidents: {}, maintenances: [] };
}

/** Whether anything troubling was told, so that its end is worth telling. */
export function toldTrouble(told: ToldProvider | undefined): boolean {
  return told !== undefined && (Object.keys(told.incidents).length > 0 || told.severity !== undefined);
}

/** Read back from storage; a value of any other shape starts an empty memory rather than a crash. */
export function readStoredLedger(value: unknown): NotifyLedger {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.providers) || !isRecord(value.pending)) {
    return emptyLedger();
  }
  return value as unknown as NotifyLedger;
}
