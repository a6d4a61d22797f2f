import type { Incident, KnownSeverity, Provider, ReadError, Severity, State } from '../model';
import { isKnown, rank } from '../severity';
import type { ProviderRow } from './overview';

/** What is shown of a page whose latest check could not read it: why, since when, and what it said last. */
export interface Staleness {
  error: ReadError;
  /** When the current run of failed checks began. */
  failingSince?: string;
  /** The last good reading, when there is one: when it was read and the level it showed. */
  lastRead?: { at: string; severity: KnownSeverity; unstated: boolean };
  /** Epoch ms: scheduled polls leave the page alone until then (core/poll/backoff); Refresh does not. */
  retryAt?: number;
}

/** One assistant of an entry, at the level a glance shows it (a brief failure as its last reading). */
export interface AffectedAssistant {
  row: ProviderRow;
  severity: Severity;
  /** Its level stands only on incidents that state none: said as "incident posted", not as the floor. */
  unstated: boolean;
}

/** One incident, once, with every assistant of the entry it touches. */
export interface SharedIncident {
  incident: Incident;
  /** The assistant whose status page the incident's link must stay on. */
  provider: Provider;
  /** The entry's assistants it touches, in the entry's order. */
  affects: Provider[];
  /** The names of the parts it touches, from the readings of every assistant it touches, each once. */
  componentNames: string[];
}

/**
 * One row of the first screen: an affected assistant, or several that share an incident. Products read from
 * one page (Claude, Claude Code and the Claude API on status.claude.com) are one entry when one incident
 * touches them, so that the incident is shown once, naming each of them.
 */
export interface AffectedEntry {
  /** Stable across renders: the ids of its assistants. */
  key: string;
  /** Worst first; equals in the user's order. */
  assistants: AffectedAssistant[];
  /** The worst of its assistants'. */
  severity: Severity;
  unstated: boolean;
  /** Each open incident once: worst impact first, then the longest running. */
  incidents: SharedIncident[];
  /** Set when the latest check of its page failed and the incidents shown are the last reading's. */
  stale?: Staleness;
}

/** Why a row's page could not be read and what is known instead; undefined while it reads. */
export function stalenessOf(row: ProviderRow, state: State): Staleness | undefined {
  const error = row.state?.error;
  if (!error) return undefined;
  const reading = row.state?.reading;
  const retryAt = state.backoff?.[error.source]?.retryAt;
  return {
    error,
    ...(row.state?.failingSince ? { failingSince: row.state.failingSince } : {}),
    ...(reading ? { lastRead: { at: reading.fetchedAt, severity: reading.severity, unstated: reading.unstated === true } } : {}),
    ...(retryAt === undefined ? {} : { retryAt }),
  };
}

/**
 * The affected rows (worst first, as the glance orders them) as entries: rows that share an open incident
 * of the same page are one entry, and so are rows linked through a chain of shared incidents, so that no
 * incident and no assistant is shown twice.
 */
export function affectedEntries(rows: readonly ProviderRow[], state: State): AffectedEntry[] {
  const groups = groupsSharingIncidents(rows);
  return groups.map((members) => entryOf(members, state));
}

/** An incident is the same on every product of its page: the page and the incident's id say which. */
function incidentKey(row: ProviderRow, incident: Incident): string {
  return `${row.provider.statusPageUrl ?? row.state?.reading?.source ?? row.provider.id}#${incident.id}`;
}

function incidentsOf(row: ProviderRow): Incident[] {
  return row.state?.reading?.incidents ?? [];
}

/** Union-find over the rows, joined by the incidents they share; groups in the order of their first row. */
function groupsSharingIncidents(rows: readonly ProviderRow[]): ProviderRow[][] {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  const firstRowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const incident of incidentsOf(row)) {
      const key = incidentKey(row, incident);
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, index);
      else parent[Math.max(root(index), root(first))] = Math.min(root(index), root(first));
    }
  });
  const groups = new Map<number, ProviderRow[]>();
  rows.forEach((row, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(row);
    groups.set(root(index), group);
  });
  return [...groups.values()];
}

function entryOf(members: readonly ProviderRow[], state: State): AffectedEntry {
  const assistants = members.map((row) => ({ row, severity: row.glanceSeverity, unstated: unstatedAt(row) }));
  const worst = assistants[0];
  const stale = members.map((row) => stalenessOf(row, state)).find((staleness) => staleness !== undefined);
  return {
    key: members.map((row) => row.provider.id).join(' '),
    assistants,
    severity: worst?.severity ?? 'unknown',
    unstated: worst?.unstated ?? false,
    incidents: sharedIncidents(members),
    ...(stale ? { stale } : {}),
  };
}

/** As the badge says it: unstated only while the level shown is the one the unstated incidents gave. */
export function unstatedAt(row: ProviderRow): boolean {
  const reading = row.state?.reading;
  return reading?.unstated === true && reading.severity === row.glanceSeverity;
}

function sharedIncidents(members: readonly ProviderRow[]): SharedIncident[] {
  const byKey = new Map<string, SharedIncident>();
  for (const row of members) {
    const names = new Map((row.state?.reading?.components ?? []).map((component) => [component.id, component.name]));
    for (const incident of incidentsOf(row)) {
      const key = incidentKey(row, incident);
      const shared = byKey.get(key) ?? { incident, provider: row.provider, affects: [], componentNames: [] };
      shared.affects.push(row.provider);
      for (const id of incident.componentIds) {
        const name = names.get(id);
        if (name !== undefined && !shared.componentNames.includes(name)) shared.componentNames.push(name);
      }
      byKey.set(key, shared);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => impactRank(b.incident) - impactRank(a.incident) || startOf(a.incident) - startOf(b.incident),
  );
}

/** Unknown impact ranks below every known one: it never outranks a stated level. */
function impactRank(incident: Incident): number {
  return isKnown(incident.impact) ? rank(incident.impact) : -1;
}

/** A start that cannot be read sorts last among equals. */
function startOf(incident: Incident): number {
  const at = Date.parse(incident.startedAt);
  return Number.isFinite(at) ? at : Number.POSITIVE_INFINITY;
}
