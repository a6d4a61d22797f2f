import * as v from 'valibot';
import type { KnownSeverity, Severity } from '../model';
import { byKey, KNOWN_SEVERITY, readStored, SEVERITY } from '../stored-schema';

/**
 * One run of trouble for one assistant: from the first reading at degraded or worse to the first reading
 * that is not. Notices are about the run, not about each incident in it, so that what the user is told
 * is the severity the badge and the popup show.
 */
export interface Episode {
  /** The worst severity accounted for so far: told, or passed over (below the threshold, or already there at the start). */
  level: KnownSeverity;
  /** Whether a notice about it was shown: only then is its end worth telling. */
  told: boolean;
}

/** A change a poll would tell. */
export type TroubleChange = 'start' | 'worsen' | 'end';

/** What the user was told about one assistant, as of its last good reading. */
export interface ToldProvider {
  episode?: Episode;
  /** The open incidents of the last good reading, with their impact: a new id, or a higher impact, is news at once. */
  incidents: Record<string, Severity>;
  /**
   * A change with no incident behind it, seen by one good reading: told when the next good reading asks for
   * the same change (a flap is not worth a notice), dropped when it does not.
   */
  pending?: { change: TroubleChange; seenAt: string };
  /** Maintenances under way at the last good reading, and whether their start was told. */
  maintenances: Record<string, boolean>;
}

export interface NotifyLedger {
  version: 2;
  /** Assistants read at least once; one with no entry is read for the first time, which is its baseline. */
  providers: Record<string, ToldProvider>;
  /** Assistants whose page was said to be unreadable (once per run of failures). */
  unreadable: string[];
}

export function emptyLedger(): NotifyLedger {
  return { version: 2, providers: {}, unreadable: [] };
}

const TOLD_PROVIDER = v.object({
  episode: v.exactOptional(v.object({ level: KNOWN_SEVERITY, told: v.boolean() })),
  incidents: byKey(SEVERITY),
  pending: v.exactOptional(v.object({ change: v.picklist(['start', 'worsen', 'end']), seenAt: v.string() })),
  maintenances: byKey(v.boolean()),
});

const LEDGER = v.object({
  version: v.literal(2),
  providers: byKey(TOLD_PROVIDER),
  unreadable: v.array(v.string()),
});

/**
 * Read back from storage. A value of any other shape (an older version, a hand edit, a disk fault) starts
 * an empty memory: every assistant's next reading is then a baseline, so nothing already open is told again
 * and nothing stops the poll.
 */
export function readStoredLedger(value: unknown, onProblem?: (problem: string) => void): NotifyLedger {
  return readStored(LEDGER, value, emptyLedger(), onProblem);
}
