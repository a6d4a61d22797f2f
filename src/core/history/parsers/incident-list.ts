import { optionalString, parseJsonObject } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import type { Incident, Maintenance } from '../../model';
import { recordsOf } from '../../platforms/json-entries';
import type { ParseContext } from '../../platforms/platform';
import { snapshotStatuspage } from '../../platforms/statuspage';
import { fail, ok, type Result } from '../../result';
import type { PageHistory, TroubleInterval } from '../model';
import { historyTitle, msOfIso, troubleInterval, troubleOf, zoneOr } from './values';

/**
 * Statuspage's `/api/v2/incidents.json` and incident.io's compatible copy of it: the last 50 incidents, for
 * a page with no better history. Incidents are read by the live parser (platforms/statuspage.ts): the same
 * start (incident.io back-dates its first update before `created_at`), impact, title and components. Only
 * `resolved_at`, which a live reading has no use for, is read here from the entry itself.
 *
 * An impact of `none` is left out: the page says the incident impaired no service, and marking its day
 * would say more than the page does. An impact the page does not state is trouble at the floor, as an open incident without one reads.
 * A maintenance still to come is not history; one finished or under way is a maintenance interval.
 */

/** snapshotStatuspage builds incident links on it; they are not kept, so any page will do. */
const CONTEXT: ParseContext = { source: '', statusPageUrl: 'https://status.invalid/', fetchedAt: '' };

export function parseIncidentList(body: string): Result<PageHistory> {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const { incidents, page } = json.value;
  if (!Array.isArray(incidents)) return fail('bad_payload', 'not an incident list: no "incidents" list');
  // Parsed a second time there: its readers of one incident are private to it, and this runs every few hours, not every poll.
  const snapshot = snapshotStatuspage(body, CONTEXT);
  if (!snapshot.ok) return snapshot;
  const entries = new Map<string, Record<string, unknown>>();
  for (const entry of recordsOf(incidents)) {
    const id = optionalString(entry.id);
    if (id && !entries.has(id)) entries.set(id, entry);
  }
  const { incidents: open, recent, maintenances } = snapshot.value;
  const read = new Set([...open, ...recent, ...maintenances].map((item) => item.id));
  // What the live parser leaves out of all three lists is a finished maintenance (it keeps only those to come or under way).
  const finished = [...entries.entries()].filter(([id]) => !read.has(id)).map(([, entry]) => entry);
  const intervals = [
    ...once(open).flatMap((incident) => incidentInterval(incident, 'open')),
    ...once(recent).flatMap((incident) => incidentInterval(incident, entries.get(incident.id) ?? {})),
    ...once(maintenances).flatMap((maintenance) => ongoingMaintenance(maintenance, entries.get(maintenance.id))),
    ...finished.flatMap(finishedMaintenance),
  ];
  return ok({
    // Statuspage writes the page's zone (`Etc/UTC` on the captured pages); incident.io's copy writes none.
    timeZone: zoneOr(isRecord(page) ? page.time_zone : undefined),
    records: [],
    intervals,
    uptimes: [],
  });
}

/** A closed incident ends when it was resolved, or failing that at its last update; an open one runs on. */
function incidentInterval(incident: Incident, closed: Record<string, unknown> | 'open'): TroubleInterval[] {
  const level = troubleOf(incident.impact);
  const startMs = msOfIso(incident.startedAt);
  if (!level || startMs === undefined) return [];
  const endMs =
    closed === 'open'
      ? undefined
      : (msOfIso(closed.resolved_at) ?? msOfIso(incident.latestUpdate?.at) ?? msOfIso(incident.updatedAt) ?? startMs);
  return [troubleInterval(startMs, endMs, level, historyTitle(incident.title), incident.componentIds)];
}

function ongoingMaintenance(maintenance: Maintenance, entry: Record<string, unknown> | undefined): TroubleInterval[] {
  if (!maintenance.inProgress) return [];
  const startMs = msOfIso(entry?.started_at) ?? msOfIso(maintenance.scheduledFor);
  return startMs === undefined
    ? []
    : [troubleInterval(startMs, undefined, 'maintenance', historyTitle(maintenance.title), maintenance.componentIds)];
}

function finishedMaintenance(entry: Record<string, unknown>): TroubleInterval[] {
  const startMs = msOfIso(entry.started_at) ?? msOfIso(entry.scheduled_for);
  if (startMs === undefined) return [];
  const endMs = msOfIso(entry.resolved_at) ?? msOfIso(entry.scheduled_until) ?? startMs;
  const componentIds = recordsOf(entry.components).flatMap((component) => optionalString(component.id) ?? []);
  return [troubleInterval(startMs, endMs, 'maintenance', historyTitle(entry.name), componentIds)];
}

/** Each id once, the first kept: an incident the list repeats counts once. */
function once<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}
