import { jsonOf, optionalString, parseJsonObject, stringOr } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import type { Incident, IncidentUpdate, Maintenance, Severity } from '../../model';
import { fail, ok } from '../../result';
import { fromComponentStatus, isKnown, worst } from '../../severity';
import { earliestTime, latestTime, newestFirst, recordsOf, timeOf } from '../json-entries';
import { clip, incidentUrl, MAX_BODY_LENGTH, type SnapshotParser, titleText } from '../platform';
import { readingParser } from '../reading';
import { updateMessage } from './message';
import { componentStatuses, placedComponents, readComponents } from './structure';

/**
 * incident.io's own page JSON, `GET https://<status host>/proxy/<status host>`: what its status pages are
 * built from. Unlike its Statuspage-compatible `/api/v2/*` it keeps groups, lists every component (the
 * compatible summary stops at 25) and names the components each incident touches.
 *
 * `{summary: {components, affected_components, ongoing_incidents, structure, ...}}`. Incidents carry
 * `updates[]` (`to_status`, `published_at`, a rich-text `message`), `affected_components[]` (`status`, the
 * worst the incident declared, and `current_status`), `component_impacts[]` and `status_summaries[]`;
 * incident.io marks maintenance with `type: 'maintenance'` and `maintenance_*` statuses. No capture shows a
 * maintenance on this payload, so maintenances are also read from the `scheduled_maintenances` and
 * `in_progress_maintenances` lists that incident.io's widget API uses, should the page JSON carry them.
 */

/** The words incident.io ends an incident or a maintenance with; anything else is still open. */
const CLOSED_STATUSES = new Set(['resolved', 'maintenance_complete']);
const LIST_KEYS = [
  'components',
  'affected_components',
  'ongoing_incidents',
  'scheduled_maintenances',
  'in_progress_maintenances',
];

export const snapshotIncidentio: SnapshotParser = (body, context) => {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const summary = json.value.summary;
  if (!isRecord(summary)) return fail('bad_payload', 'not an incident.io page: no "summary" object');
  for (const key of LIST_KEYS) {
    if (summary[key] !== undefined && summary[key] !== null && !Array.isArray(summary[key])) {
      return fail('bad_payload', `"summary.${key}" is not a list`);
    }
  }
  if (summary.structure !== undefined && summary.structure !== null && !isRecord(summary.structure)) {
    return fail('bad_payload', '"summary.structure" is not an object');
  }
  // A payload with neither list says nothing about now (a recorder's trimmed copy, a layout-only widget):
  // reading it would report every component operational without evidence.
  if (!Array.isArray(summary.affected_components) && !Array.isArray(summary.ongoing_incidents)) {
    return fail('bad_payload', 'the incident.io page carries no current status (no affected_components, no ongoing_incidents)');
  }

  const scope = new Set(context.componentIds ?? []);
  const events = eventsOf(summary);
  const open = (event: PageEvent) => !CLOSED_STATUSES.has(stringOr(event.raw.status, ''));
  const incidents = events.filter((event) => !event.maintenance);
  return ok({
    lists: { components: true, incidents: true },
    components: readComponents(placedComponents(summary), componentStatuses(summary), scope),
    incidents: incidents.filter(open).flatMap((event) => readIncident(event.raw, context.statusPageUrl)),
    maintenances: events
      .filter((event) => event.maintenance && open(event))
      .flatMap((event) => readMaintenance(event, context.statusPageUrl)),
    recent: newestFirst(
      incidents.filter((event) => !open(event)).flatMap((event) => readIncident(event.raw, context.statusPageUrl)),
      (incident) => incident.startedAt,
    ),
  });
};

export const parseIncidentio = readingParser(snapshotIncidentio);

/** Whether a parsed body is incident.io's page JSON: a `summary` with its layout or its current status. */
export function isIncidentioDocument(doc: unknown): boolean {
  if (!isRecord(doc) || !isRecord(doc.summary)) return false;
  const summary = doc.summary;
  return isRecord(summary.structure) || Array.isArray(summary.affected_components) || Array.isArray(summary.ongoing_incidents);
}

export function looksLikeIncidentio(body: string): boolean {
  return isIncidentioDocument(jsonOf(body));
}

interface PageEvent {
  raw: Record<string, unknown>;
  maintenance: boolean;
  /** Listed among the maintenances in progress. */
  underWay: boolean;
}

/** Every incident and maintenance the page lists, each id once; the in-progress list is read first so that it wins. */
function eventsOf(summary: Record<string, unknown>): PageEvent[] {
  const events = new Map<string, PageEvent>();
  const add = (raw: Record<string, unknown>, listedAs: 'incident' | 'maintenance' | 'in_progress') => {
    const id = optionalString(raw.id);
    if (!id || events.has(id)) return;
    const maintenance =
      listedAs !== 'incident' || raw.type === 'maintenance' || stringOr(raw.status, '').startsWith('maintenance_');
    events.set(id, { raw, maintenance, underWay: listedAs === 'in_progress' });
  };
  for (const raw of recordsOf(summary.in_progress_maintenances)) add(raw, 'in_progress');
  for (const raw of recordsOf(summary.ongoing_incidents)) add(raw, 'incident');
  for (const raw of recordsOf(summary.scheduled_maintenances)) add(raw, 'maintenance');
  return [...events.values()];
}

function readIncident(raw: Record<string, unknown>, statusPageUrl: string): Incident[] {
  const id = optionalString(raw.id);
  if (!id) return [];
  const updates = recordsOf(raw.updates);
  const latestUpdate = latestUpdateOf(updates);
  return [
    {
      id,
      title: titleText(raw.name),
      status: stringOr(raw.status, ''),
      impact: impactOf(raw, updates),
      // incident.io back-dates the first update to when trouble began, before the incident was published.
      startedAt: earliestTime([
        optionalString(raw.published_at),
        ...updates.map((update) => optionalString(update.published_at)),
      ]),
      updatedAt: latestUpdate?.at || optionalString(raw.last_update_at) || optionalString(raw.published_at) || '',
      ...(latestUpdate ? { latestUpdate } : {}),
      url: incidentUrl(statusPageUrl, id),
      componentIds: componentIdsOf(raw, updates),
    },
  ];
}

function readMaintenance({ raw, underWay }: PageEvent, statusPageUrl: string): Maintenance[] {
  const id = optionalString(raw.id);
  if (!id) return [];
  const status = stringOr(raw.status, '');
  const windows = [...recordsOf(raw.component_impacts), ...recordsOf(raw.status_summaries)];
  const scheduledFor =
    optionalString(raw.starts_at) ??
    optionalString(raw.started_at) ??
    (earliestTime(windows.map((span) => optionalString(span.start_at))) || undefined);
  const scheduledUntil =
    optionalString(raw.ends_at) ??
    optionalString(raw.scheduled_end_at) ??
    (latestTime(windows.map((span) => optionalString(span.end_at))) || undefined);
  return [
    {
      id,
      title: titleText(raw.name),
      status,
      ...(scheduledFor ? { scheduledFor } : {}),
      ...(scheduledUntil ? { scheduledUntil } : {}),
      inProgress: underWay || status === 'maintenance_in_progress',
      url: incidentUrl(statusPageUrl, id),
      componentIds: componentIdsOf(raw, recordsOf(raw.updates)),
    },
  ];
}

/**
 * The worst impact the incident has declared on any component, as Statuspage's `impact` is: it does not fall
 * while the incident is still open and being monitored. A word we do not know reads unknown, and so does an
 * incident that names no impact at all.
 */
function impactOf(raw: Record<string, unknown>, updates: Record<string, unknown>[]): Severity {
  const words: unknown[] = [raw.current_worst_impact];
  for (const affected of recordsOf(raw.affected_components)) words.push(affected.status, affected.current_status);
  for (const impact of recordsOf(raw.component_impacts)) words.push(impact.status);
  for (const summary of recordsOf(raw.status_summaries)) words.push(summary.worst_component_status);
  for (const update of updates) {
    for (const change of recordsOf(update.component_statuses)) words.push(change.status);
  }
  const known = words.map(fromComponentStatus).filter(isKnown);
  return known.length > 0 ? worst(known) : 'unknown';
}

function componentIdsOf(raw: Record<string, unknown>, updates: Record<string, unknown>[]): string[] {
  const ids = new Set<string>();
  // The widget's shape names an affected component by `id`; elsewhere `id` is the entry's own id, not the component's.
  for (const affected of recordsOf(raw.affected_components)) {
    const id = optionalString(affected.component_id) ?? optionalString(affected.id);
    if (id) ids.add(id);
  }
  const changes = [...recordsOf(raw.component_impacts), ...updates.flatMap((update) => recordsOf(update.component_statuses))];
  for (const change of changes) {
    const id = optionalString(change.component_id);
    if (id) ids.add(id);
  }
  return [...ids];
}

function latestUpdateOf(updates: Record<string, unknown>[]): IncidentUpdate | undefined {
  const at = (update: Record<string, unknown>) => timeOf(optionalString(update.published_at) ?? '');
  const newest = updates.reduce<Record<string, unknown> | undefined>(
    (best, update) => (best === undefined || at(update) > at(best) ? update : best),
    undefined,
  );
  if (!newest) return undefined;
  return {
    status: optionalString(newest.to_status) ?? optionalString(newest.incident_status) ?? '',
    body: clip(updateMessage(newest), MAX_BODY_LENGTH),
    at: optionalString(newest.published_at) ?? '',
  };
}
