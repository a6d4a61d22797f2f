import type { Incident, KnownSeverity, Maintenance, ProviderState, Severity, State } from './model';
import { isAffected, isKnown, worsened } from './severity';

/** After this long unreadable, a page gets one quiet notice: a short blip is not worth one. */
export const UNREADABLE_NOTICE_AFTER_MS = 30 * 60_000;

/** What changed for one assistant between two polls. Computed from the two States only. */
export type RadarEvent =
  | { kind: 'incident_opened'; providerId: string; incident: Incident }
  | { kind: 'incident_escalated'; providerId: string; incident: Incident; from: Severity }
  | { kind: 'incident_updated'; providerId: string; incident: Incident; fromStatus: string }
  | { kind: 'incident_resolved'; providerId: string; incident: Incident }
  /** Trouble (or a change of it) with no incident posted: the components or the page indicator say so. */
  | { kind: 'status_changed'; providerId: string; from: KnownSeverity; to: KnownSeverity }
  | { kind: 'recovered'; providerId: string; from: KnownSeverity }
  | { kind: 'maintenance_started'; providerId: string; maintenance: Maintenance }
  | { kind: 'maintenance_ended'; providerId: string; maintenance: Maintenance }
  | { kind: 'source_unreadable'; providerId: string; since: string };

export type RadarEventKind = RadarEvent['kind'];

/**
 * The events between two States. An assistant's first reading is its baseline (nothing is "new" about
 * what was already there), and nothing is concluded from a failed read: incidents are compared reading
 * to reading (the previous one may be a kept, stale one), severities only when both polls read.
 */
export function eventsBetween(previous: State, next: State): RadarEvent[] {
  return Object.entries(next.providers).flatMap(([providerId, after]) => {
    const before = previous.providers[providerId];
    if (!before) return [];
    return [...readingEvents(providerId, before, after), ...unreadableEvents(providerId, before, after)];
  });
}

function readingEvents(providerId: string, before: ProviderState, after: ProviderState): RadarEvent[] {
  const old = before.reading;
  const now = after.reading;
  if (after.error || !old || !now) return [];
  const events: RadarEvent[] = [];

  const oldIncidents = new Map(old.incidents.map((incident) => [incident.id, incident]));
  const newIds = new Set(now.incidents.map((incident) => incident.id));
  for (const incident of now.incidents) {
    const was = oldIncidents.get(incident.id);
    if (!was) events.push({ kind: 'incident_opened', providerId, incident });
    else if (worsened(was.impact, incident.impact))
      events.push({ kind: 'incident_escalated', providerId, incident, from: was.impact });
    else if (was.status !== incident.status)
      events.push({ kind: 'incident_updated', providerId, incident, fromStatus: was.status });
  }
  for (const incident of old.incidents) {
    if (!newIds.has(incident.id)) events.push({ kind: 'incident_resolved', providerId, incident });
  }

  const oldMaintenances = new Map(old.maintenances.map((maintenance) => [maintenance.id, maintenance]));
  const newMaintenances = new Map(now.maintenances.map((maintenance) => [maintenance.id, maintenance]));
  for (const maintenance of now.maintenances) {
    if (maintenance.inProgress && !oldMaintenances.get(maintenance.id)?.inProgress) {
      events.push({ kind: 'maintenance_started', providerId, maintenance });
    }
  }
  for (const maintenance of old.maintenances) {
    if (maintenance.inProgress && !newMaintenances.get(maintenance.id)?.inProgress) {
      events.push({ kind: 'maintenance_ended', providerId, maintenance });
    }
  }

  // Severity moves between two reads; a move to or from unknown is not news.
  const from = before.severity;
  const to = after.severity;
  if (isKnown(from) && isKnown(to) && from !== to) {
    if (to === 'operational' && isAffected(from)) events.push({ kind: 'recovered', providerId, from });
    // With an incident posted, the incident events say it better.
    else if (now.incidents.length === 0 && isAffected(to)) events.push({ kind: 'status_changed', providerId, from, to });
  }
  return events;
}

function unreadableEvents(providerId: string, before: ProviderState, after: ProviderState): RadarEvent[] {
  if (!after.error || !after.failingSince) return [];
  const since = Date.parse(after.failingSince);
  const longNow = Date.parse(after.checkedAt) - since >= UNREADABLE_NOTICE_AFTER_MS;
  const longBefore = before.error !== undefined && Date.parse(before.checkedAt) - since >= UNREADABLE_NOTICE_AFTER_MS;
  return longNow && !longBefore ? [{ kind: 'source_unreadable', providerId, since: after.failingSince }] : [];
}
