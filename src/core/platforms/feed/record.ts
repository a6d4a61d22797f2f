import type { Incident, IncidentUpdate, Maintenance, Severity } from '../../model';
import { worst } from '../../severity';
import { parseUrl, safeHttpsUrl } from '../../urls';
import { clip, MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '../platform';
import { impactOf } from './status';

/**
 * What a dialect makes of one feed entry, and how the entries become the snapshot's lists. Every dialect
 * goes through `incidentRecord`/`maintenanceRecord`, so the caps, the link rule and the ISO dates are
 * applied in one place.
 */

export type FeedRecord =
  | { kind: 'incident'; open: boolean; incident: Incident }
  | { kind: 'maintenance'; maintenance: Maintenance };

export interface IncidentFacts {
  id: string;
  title: string;
  /** The platform's word, already through `statusWord`. */
  status: string;
  open: boolean;
  /** The severities the entry's own words state (component states, a severity word); none is fine. */
  stated: readonly Severity[];
  startedAt?: string | undefined;
  updatedAt?: string | undefined;
  latestUpdate?: IncidentUpdate | undefined;
  link?: string | undefined;
  componentIds: readonly string[];
}

export interface MaintenanceFacts {
  id: string;
  title: string;
  status: string;
  inProgress: boolean;
  scheduledFor?: string | undefined;
  scheduledUntil?: string | undefined;
  link?: string | undefined;
  componentIds: readonly string[];
}

export function incidentRecord(facts: IncidentFacts, statusPageUrl: string): FeedRecord {
  const latest = facts.latestUpdate;
  const { impact, unstated } = impactOf(facts.open, facts.stated);
  return {
    kind: 'incident',
    open: facts.open,
    incident: {
      id: facts.id,
      title: clip(facts.title, MAX_TITLE_LENGTH),
      status: facts.status,
      impact,
      ...(unstated ? { unstated: true as const } : {}),
      startedAt: facts.startedAt ?? facts.updatedAt ?? '',
      updatedAt: facts.updatedAt ?? facts.startedAt ?? '',
      ...(latest ? { latestUpdate: { ...latest, body: clip(latest.body, MAX_BODY_LENGTH) } } : {}),
      url: pageLink(facts.link, statusPageUrl),
      componentIds: names(facts.componentIds),
    },
  };
}

export function maintenanceRecord(facts: MaintenanceFacts, statusPageUrl: string): FeedRecord {
  return {
    kind: 'maintenance',
    maintenance: {
      id: facts.id,
      title: clip(facts.title, MAX_TITLE_LENGTH),
      status: facts.status,
      ...(facts.scheduledFor ? { scheduledFor: facts.scheduledFor } : {}),
      ...(facts.scheduledUntil ? { scheduledUntil: facts.scheduledUntil } : {}),
      inProgress: facts.inProgress,
      url: pageLink(facts.link, statusPageUrl),
      componentIds: names(facts.componentIds),
    },
  };
}

/**
 * The entry's link only if it is https on the status page's own host; otherwise the status page itself.
 * Feed text must never send the user to another host, and an id such as `tag:...,2005:Incident/1` or
 * `urn:flashduty:change:1` makes no incident path, so there is no guessing one either.
 */
export function pageLink(link: string | undefined, statusPageUrl: string): string {
  const page = parseUrl(statusPageUrl);
  const fallback = page?.href ?? statusPageUrl;
  const candidate = link ? safeHttpsUrl(link) : undefined;
  return page && candidate?.host === page.host ? candidate.href : fallback;
}

/**
 * One incident per id. status.x.ai lists an incident once per component it touches, under one guid;
 * the copies become one incident naming every component, open while any copy is, as bad as the worst.
 */
export function mergeById(records: FeedRecord[]): FeedRecord[] {
  const merged = new Map<string, FeedRecord>();
  const out: FeedRecord[] = [];
  for (const record of records) {
    const key = `${record.kind}:${record.kind === 'incident' ? record.incident.id : record.maintenance.id}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, record);
      out.push(record);
    } else if (seen.kind === 'incident' && record.kind === 'incident') {
      mergeIncident(seen, record);
    } else if (seen.kind === 'maintenance' && record.kind === 'maintenance') {
      seen.maintenance.componentIds = names([...seen.maintenance.componentIds, ...record.maintenance.componentIds]);
      seen.maintenance.inProgress ||= record.maintenance.inProgress;
    }
  }
  return out;
}

function mergeIncident(into: FeedRecord & { kind: 'incident' }, from: FeedRecord & { kind: 'incident' }): void {
  const a = into.incident;
  const b = from.incident;
  const startedAt = earliest(a.startedAt, b.startedAt);
  if (into.open !== from.open) {
    // A copy already resolved for its component says nothing about the components still in trouble.
    into.incident = { ...(into.open ? a : b), startedAt };
    into.open = true;
    return;
  }
  const lead = Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a;
  // A copy that states its severity says more than the floor of one that does not.
  const stated = [a, b].filter((incident) => !incident.unstated);
  const { unstated: _lead, ...rest } = lead;
  into.incident = {
    ...rest,
    impact: worst((stated.length > 0 ? stated : [a, b]).map((incident) => incident.impact)),
    ...(stated.length === 0 ? { unstated: true as const } : {}),
    startedAt,
    componentIds: names([...a.componentIds, ...b.componentIds]),
  };
}

function earliest(a: string, b: string): string {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(ta)) return b;
  if (Number.isNaN(tb)) return a;
  return ta <= tb ? a : b;
}

/** Component names as the feed gives them: trimmed, capped, without repeats. */
function names(list: readonly string[]): string[] {
  return [...new Set(list.map((name) => clip(name, MAX_TITLE_LENGTH)).filter(Boolean))];
}
