import type { Severity } from '../../model';
import { isAffected, isKnown, worst } from '../../severity';

/**
 * What a feed's status word means for an entry. Feeds write the word of the page's platform, in its own
 * case (`Resolved`, `RESOLVED`, `resolved`, `In progress`); it is kept as the platform's word, lowercased
 * with underscores, and read here into one of five phases.
 */
export type Phase = 'open' | 'resolved' | 'scheduled' | 'maintaining' | 'completed';

const PHASES = new Map<string, Phase>(
  Object.entries({
    // Incidents under way: Statuspage, incident.io, Flashduty, xAI.
    investigating: 'open',
    identified: 'open',
    monitoring: 'open',
    update: 'open',
    active: 'open',
    // Incidents over. A Statuspage postmortem is written after the fix.
    resolved: 'resolved',
    postmortem: 'resolved',
    closed: 'resolved',
    // Maintenances: Statuspage's words (incident.io shows `Scheduled` too).
    scheduled: 'scheduled',
    in_progress: 'maintaining',
    verifying: 'maintaining',
    maintenance_in_progress: 'maintaining',
    completed: 'completed',
    cancelled: 'completed',
    canceled: 'completed',
  }),
);

/** `In progress` -> `in_progress`, `RESOLVED` -> `resolved`. */
export function statusWord(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .slice(0, 40);
}

/** A `Status: <word>` line, as incident.io, Flashduty, xAI and other feeds open an entry's body with. */
export const STATUS_LINE = /^Status:[ \t]*(\S.*)$/im;

/** An entry's status word: its body's `Status:` line, else the first of its categories that is a known phase. */
export function entryStatus(text: string, categories: readonly string[]): string {
  return statusWord(STATUS_LINE.exec(text)?.[1] ?? categories.find((word) => phaseOf(statusWord(word))) ?? '');
}

/**
 * Undefined for a word this reader does not know (a new word, another language: incident.io pages write
 * `Resolvido`). Each dialect decides what an unknown word does; none reads it as an open incident, since
 * a page's whole history would then read as trouble.
 */
export function phaseOf(word: string): Phase | undefined {
  return PHASES.get(word);
}

export function isMaintenancePhase(phase: Phase | undefined): boolean {
  return phase === 'scheduled' || phase === 'maintaining' || phase === 'completed';
}

export interface FeedImpact {
  impact: Severity;
  /** Open, and the feed states no severity for it: `impact` is the floor, not the page's word. */
  unstated: boolean;
}

/**
 * An incident's impact from the severities its feed states (component states, a severity category, a
 * title's state). Where the feed states none, an incident reads `degraded`: the mildest trouble, never
 * worse than the feed supports, and an open one is marked unstated so that it is shown as posted with no
 * severity rather than as a level the page never gave. A resolved incident's stated severities describe
 * the state after the fix (`Operational`, `available`), so only trouble counts for it; history is never
 * marked, as it never alarms.
 */
export function impactOf(open: boolean, stated: readonly Severity[]): FeedImpact {
  const known = stated.filter(isKnown);
  const relevant = open ? known : known.filter(isAffected);
  return relevant.length > 0 ? { impact: worst(relevant), unstated: false } : { impact: 'degraded', unstated: open };
}
