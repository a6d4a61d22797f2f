import { jsonOf, optionalString, parseJsonObject, stringOr } from '../fetch/body';
import { isRecord } from '../fetch/fields';
import type { Component, Incident, IncidentUpdate, KnownSeverity, Maintenance, Severity } from '../model';
import { fail, ok } from '../result';
import { isKnown, worst } from '../severity';
import { earliestTime, idText, newestFirst, recordsOf, timeOf } from './json-entries';
import { bodyText, componentEntry, firstAfter, incidentUrl, type PageSnapshot, type SnapshotParser, titleText } from './platform';
import { readingParser } from './reading';

/**
 * Better Stack (Better Uptime) status pages, `GET https://<status host>/index.json`: a JSON:API document.
 * `data` is the page (`attributes.aggregate_state`); `included[]` holds `status_page_section`s,
 * `status_page_resource`s (the monitors shown, with `public_name`, `status` and the section they sit in),
 * `status_report`s (`title`, `report_type` manual | automatic | maintenance, `starts_at`, `ends_at`,
 * `affected_resources[]`, `aggregate_state`, which reads `resolved` once over) and their `status_update`s
 * (`message`, `published_at`). https://betterstack.com/docs/uptime/status-pages/subscribing-to-status-updates/subscribing-to-api
 *
 * Resources are the components, keyed by their JSON:API id (the id reports use in `affected_resources`).
 * A resource carries its section's id as groupId, so that a provider may name a whole section; sections
 * themselves are headings without a status of their own and are not listed.
 */

/**
 * Better Stack has one scale of words for the page, its resources and its reports. `degraded` ("some
 * services experiencing issues") is degraded; `downtime` ("service unavailable", "major service disruption")
 * is an outage with no partial tier below it, so it reads major_outage, as Statuspage's `major_outage`
 * component does; `not_monitored` says nothing about the service and reads unknown.
 *
 * The page's `aggregate_state` uses the same words, and `downtime` there reads major_outage too: the page
 * has already weighed its monitors (status.huggingface.co said `degraded` while one of its monitors was in
 * `downtime`), so when it says `downtime` that is the page's own outage call, and its page shows it as one.
 * Lowering it to partial would second-guess the page the other way.
 */
const WORDS = new Map<string, KnownSeverity>(
  Object.entries({ operational: 'operational', maintenance: 'maintenance', degraded: 'degraded', downtime: 'major_outage' }),
);

/** A Better Stack status word; exported for the history of the same page (core/history/parsers). */
export function severityOf(word: unknown): Severity {
  return (typeof word === 'string' && WORDS.get(word)) || 'unknown';
}

export const snapshotBetterstack: SnapshotParser = (body, context) => {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const { data, included } = json.value;
  if (!isRecord(data) || data.type !== 'status_page' || !isRecord(data.attributes)) {
    return fail('bad_payload', 'not a Better Stack status page: no "data" of type status_page');
  }
  if (included !== undefined && included !== null && !Array.isArray(included)) {
    return fail('bad_payload', '"included" is not a list');
  }
  const byType = (type: string) => recordsOf(included).filter((entry) => entry.type === type);
  const updates = byType('status_update');
  const reports = byType('status_report').flatMap((raw) => readReport(raw, updates, context.statusPageUrl));
  const now = timeOf(context.fetchedAt);
  const maintenances = reports.filter((report) => report.maintenance && !report.resolved);
  // A maintenance is under way by the clock (maintenanceOf): a start or an end still ahead is when this same
  // body reads otherwise.
  const changesAt = firstAfter(
    maintenances.flatMap((report) => [instantOf(report.startsAt), instantOf(report.endsAt)]),
    now,
  );
  const snapshot: PageSnapshot = {
    lists: { components: true, incidents: true },
    components: byType('status_page_resource').flatMap(readResource),
    incidents: reports.filter((report) => !report.maintenance && !report.resolved).map((report) => report.incident),
    maintenances: maintenances.map((report) => maintenanceOf(report, now)),
    // A finished maintenance is not history of trouble: like Statuspage's completed maintenances, it is left out.
    recent: newestFirst(
      reports.filter((report) => !report.maintenance && report.resolved).map((report) => report.incident),
      (incident) => incident.startedAt,
    ),
    ...(changesAt ? { changesAt } : {}),
  };
  return ok({ ...snapshot, ...pageWordOf(data.attributes.aggregate_state) });
};

/**
 * The page's summary word: the page's own judgement of all its monitors, so a page read whole (HuggingChat
 * reads all of status.huggingface.co) takes it rather than its worst monitor: one monitor of eight in
 * `downtime` is not a major outage of the product when the page itself says `degraded`. A word it does not
 * know decides nothing, and the monitors are read instead.
 */
function pageWordOf(word: unknown): Pick<PageSnapshot, 'pageSeverity' | 'pageWordDecides'> {
  if (typeof word !== 'string') return {};
  const pageSeverity = severityOf(word);
  return isKnown(pageSeverity) ? { pageSeverity, pageWordDecides: true } : { pageSeverity };
}

export const parseBetterstack = readingParser(snapshotBetterstack);

/** Whether a parsed body is a Better Stack status page's `index.json`. */
export function isBetterstackDocument(doc: unknown): boolean {
  return isRecord(doc) && isRecord(doc.data) && doc.data.type === 'status_page' && isRecord(doc.data.attributes);
}

export function looksLikeBetterstack(body: string): boolean {
  return isBetterstackDocument(jsonOf(body));
}

function readResource(raw: Record<string, unknown>): Component[] {
  const id = idText(raw.id);
  const attributes = isRecord(raw.attributes) ? raw.attributes : {};
  if (!id) return [];
  const status = stringOr(attributes.status, '');
  const groupId = idText(attributes.status_page_section_id);
  return [componentEntry({ id, name: attributes.public_name, severity: severityOf(status), status, groupId })];
}

interface Report {
  incident: Incident;
  maintenance: boolean;
  resolved: boolean;
  startsAt?: string;
  endsAt?: string;
}

function readReport(raw: Record<string, unknown>, allUpdates: Record<string, unknown>[], statusPageUrl: string): Report[] {
  const id = idText(raw.id);
  const attributes = isRecord(raw.attributes) ? raw.attributes : {};
  if (!id) return [];
  const state = stringOr(attributes.aggregate_state, '');
  const affected = recordsOf(attributes.affected_resources);
  const updates = updatesOf(raw, id, allUpdates);
  const latestUpdate = latestUpdateOf(updates, state);
  const startsAt = optionalString(attributes.starts_at);
  const endsAt = optionalString(attributes.ends_at);
  const impacts = [severityOf(state), ...affected.map((resource) => severityOf(resource.status))].filter(isKnown);
  const incident: Incident = {
    id,
    title: titleText(attributes.title),
    // Better Stack has no investigating/identified lifecycle: its word for a report is the state it is in.
    status: state,
    // A resolved report's own word says nothing of its impact; the states it gave its resources do.
    impact: impacts.length > 0 ? worst(impacts) : 'unknown',
    startedAt: startsAt ?? earliestTime(updates.map((update) => optionalString(attributesOf(update).published_at))),
    updatedAt: latestUpdate?.at || startsAt || '',
    ...(latestUpdate ? { latestUpdate } : {}),
    url: incidentUrl(statusPageUrl, id),
    componentIds: [...new Set(affected.flatMap((resource) => idText(resource.status_page_resource_id) ?? []))],
  };
  return [
    {
      incident,
      maintenance: attributes.report_type === 'maintenance',
      resolved: state === 'resolved',
      ...(startsAt ? { startsAt } : {}),
      ...(endsAt ? { endsAt } : {}),
    },
  ];
}

/**
 * A maintenance is under way from its start (by the injected clock) until it is resolved or its window has
 * closed: a report left unresolved past its end no longer says anything is under way, and one that really
 * overran still shows, since its resources and the page then read maintenance themselves.
 */
function maintenanceOf(report: Report, now: number): Maintenance {
  const { incident, startsAt, endsAt } = report;
  // A time that cannot be read neither delays the start nor closes the window.
  const started = startsAt === undefined || !(timeOf(startsAt) > now);
  const ended = endsAt !== undefined && Number.isFinite(timeOf(endsAt)) && timeOf(endsAt) <= now;
  return {
    id: incident.id,
    title: incident.title,
    status: incident.status,
    ...(startsAt ? { scheduledFor: startsAt } : {}),
    ...(endsAt ? { scheduledUntil: endsAt } : {}),
    inProgress: started && !ended,
    url: incident.url,
    componentIds: incident.componentIds,
  };
}

/** A time the report may not have; NaN for one absent or unreadable, which changes nothing. */
function instantOf(time: string | undefined): number {
  return time === undefined ? Number.NaN : Date.parse(time);
}

/** The report's updates: those its relationships name, or failing that those that name it back. */
function updatesOf(raw: Record<string, unknown>, id: string, updates: Record<string, unknown>[]): Record<string, unknown>[] {
  const relationships = isRecord(raw.relationships) ? raw.relationships : {};
  const related = isRecord(relationships.status_updates) ? relationships.status_updates.data : undefined;
  const ids = new Set(recordsOf(related).flatMap((reference) => idText(reference.id) ?? []));
  return updates.filter((update) => {
    const updateId = idText(update.id);
    return (updateId !== undefined && ids.has(updateId)) || idText(attributesOf(update).status_report_id) === id;
  });
}

function latestUpdateOf(updates: Record<string, unknown>[], state: string): IncidentUpdate | undefined {
  const newest = newestFirst(updates, (update) => optionalString(attributesOf(update).published_at) ?? '')[0];
  if (!newest) return undefined;
  const attributes = attributesOf(newest);
  return {
    status: state,
    body: bodyText(attributes.message),
    at: optionalString(attributes.published_at) ?? '',
  };
}

function attributesOf(entry: Record<string, unknown>): Record<string, unknown> {
  return isRecord(entry.attributes) ? entry.attributes : {};
}
