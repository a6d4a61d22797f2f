import { optionalString, parseJsonObject, stringOr } from '../fetch/body';
import { isRecord } from '../fetch/fields';
import type { Component, Incident, IncidentUpdate, Maintenance, Severity } from '../model';
import { fail, ok, type Result } from '../result';
import { fromComponentStatus, isKnown, rank, worst } from '../severity';
import { SECOND_MS } from '../time';
import { idText, newestFirst, recordsOf } from './json-entries';
import { bodyText, componentEntry, incidentUrl, type PageSnapshot, type SnapshotParser, titleText } from './platform';
import { readingParser } from './reading';

/**
 * Flashduty status pages' JSON API, the data behind status.deepseek.com:
 * `https://statuspage.flashduty.com/api/status-page/<page id>/<endpoint>`, every answer `{request_id, data}`.
 *
 * - `summary/active`: `data.page` (`components[]` with `component_id`, `name`, an optional `section_id`;
 *   `sections[]` with `section_id`, `hide_all`) and `data.active_changes[]`. Components carry no status of
 *   their own: one reads what the open changes set it to, operational when none touches it, as the page
 *   shows it (the two public readers of this API, MAakber/new-api and a Python one, do the same).
 * - `change/list`: `data.items[]`, the page's recent changes; a closed one has `close_at_seconds`.
 * - `summary/structure`: 90 days of impacts and uptimes. Recognised, and refused: it holds history only.
 *
 * A change: `change_id` (a number), `type` (`incident`; `maintenance` in public code, no capture), `title`,
 * `description`, `status`, `affected_components[]` (`component_id`, `status`), `start_at_seconds`,
 * `close_at_seconds`, and `updates[]` (`at_seconds`, `status`, `description`, optional `component_changes[]`
 * of `{component_id, status}`). Times are epoch seconds.
 *
 * No capture shows an open change. An active change is taken to have the shape of a listed one without its
 * close time: MAakber/new-api reads `active_changes` and `items` with one type, and reads an active change's
 * current component statuses from its `affected_components`. This is an assumption, not a capture.
 */

/** Captured change statuses run investigating, identified, monitoring, resolved; public code adds these closings. */
const CLOSED_STATUSES = new Set(['resolved', 'completed', 'cancelled']);

/** A maintenance announced ahead sets no component status yet (public code skips it when reading statuses). */
const SCHEDULED = 'scheduled';

/** Public code maps a maintenance's `ongoing` to Statuspage's `in_progress`; no capture shows one. */
const MAINTENANCE_UNDER_WAY = 'ongoing';

type Shape = 'summary' | 'changes' | 'structure';

/** Which endpoint answered, from the keys of `data` alone. */
function shapeOf(data: Record<string, unknown>): Shape | undefined {
  if (isRecord(data.page) && 'active_changes' in data) return 'summary';
  if ('items' in data) return 'changes';
  if (Array.isArray(data.component_impacts) && Array.isArray(data.linked_changes)) return 'structure';
  return undefined;
}

export const snapshotFlashduty: SnapshotParser = (body, context) => {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const { data } = json.value;
  if (!isRecord(data)) return fail('bad_payload', 'not a Flashduty answer: no "data" object');
  switch (shapeOf(data)) {
    case 'summary':
      return readSummary(data, context.statusPageUrl);
    case 'changes':
      return readChangeList(data, context.statusPageUrl);
    case 'structure':
      return fail('bad_payload', 'a Flashduty summary/structure holds past impacts only, not the current status');
    default:
      return fail('bad_payload', 'not a Flashduty summary or change list');
  }
};

export const parseFlashduty = readingParser(snapshotFlashduty);

/** Whether a parsed body is one of the Flashduty status page answers above. */
export function isFlashdutyDocument(doc: unknown): boolean {
  if (!isRecord(doc) || !isRecord(doc.data)) return false;
  const { data } = doc;
  if (isRecord(data.page)) return Array.isArray(data.page.components) && Array.isArray(data.active_changes);
  // `{data: {items: []}}` alone is too common a shape to claim: a listed change must show itself.
  if (Array.isArray(data.items)) return data.items.some((item) => isRecord(item) && 'change_id' in item && 'updates' in item);
  return shapeOf(data) === 'structure';
}

function readSummary(data: Record<string, unknown>, statusPageUrl: string): Result<PageSnapshot> {
  const page = isRecord(data.page) ? data.page : {};
  if (!Array.isArray(page.components)) return fail('bad_payload', 'the Flashduty summary lists no components');
  // Without the list of open changes, an unmarked component would read operational on no evidence.
  if (!Array.isArray(data.active_changes)) return fail('bad_payload', 'the Flashduty summary has no list of active changes');
  const changes = uniqueChanges(recordsOf(data.active_changes));
  const setting = changes.filter((change) => !isClosed(change) && stringOr(change.status, '') !== SCHEDULED);
  return ok({
    lists: { components: true, incidents: true },
    components: readComponents(page, setting),
    ...readChanges(changes, statusPageUrl),
  });
}

function readChangeList(data: Record<string, unknown>, statusPageUrl: string): Result<PageSnapshot> {
  if (!Array.isArray(data.items)) return fail('bad_payload', 'the Flashduty change list has no "items" list');
  // A change list is no list of components: the components its changes name are not all the page's.
  return ok({
    lists: { components: false, incidents: true },
    components: [],
    ...readChanges(uniqueChanges(recordsOf(data.items)), statusPageUrl),
  });
}

/** Open incidents, maintenances not over, and closed incidents newest first; a finished maintenance is no trouble. */
function readChanges(changes: Record<string, unknown>[], statusPageUrl: string) {
  const incidents = changes.filter((change) => !isMaintenance(change));
  return {
    incidents: incidents.filter((change) => !isClosed(change)).flatMap((change) => readIncident(change, statusPageUrl)),
    maintenances: changes
      .filter((change) => isMaintenance(change) && !isClosed(change))
      .flatMap((change) => readMaintenance(change, statusPageUrl)),
    recent: newestFirst(
      incidents.filter(isClosed).flatMap((change) => readIncident(change, statusPageUrl)),
      (incident) => incident.startedAt,
    ),
  };
}

/** One entry per change id, the first kept: ids must stay unique for events to tell incidents apart. */
function uniqueChanges(changes: Record<string, unknown>[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const id = idText(change.change_id);
    if (!id || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function isMaintenance(change: Record<string, unknown>): boolean {
  return change.type === 'maintenance';
}

function isClosed(change: Record<string, unknown>): boolean {
  const closedAt = change.close_at_seconds;
  return CLOSED_STATUSES.has(stringOr(change.status, '')) || (typeof closedAt === 'number' && closedAt > 0);
}

/** Epoch seconds as an ISO string; '' for anything that is not a readable time. */
function isoOf(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return '';
  const date = new Date(seconds * SECOND_MS);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function secondsOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NEGATIVE_INFINITY;
}

/** Oldest first; an update whose time cannot be read goes first, so that it is never taken for the latest. */
function updatesOf(change: Record<string, unknown>): Record<string, unknown>[] {
  return [...recordsOf(change.updates)].sort((a, b) => {
    const difference = secondsOf(a.at_seconds) - secondsOf(b.at_seconds);
    return Number.isNaN(difference) ? 0 : difference;
  });
}

/** Public code reads a bare `maintenance` as a component status, which is Statuspage's `under_maintenance`. */
/** A Flashduty component status; exported for the history of the same page (core/history/parsers). */
export function severityOf(word: string): Severity {
  return fromComponentStatus(word === 'maintenance' ? 'under_maintenance' : word);
}

/** What the change says each component is now: its updates replayed in order, then its own current list. */
function currentWords(change: Record<string, unknown>): Map<string, string> {
  const words = new Map<string, string>();
  const set = (entry: Record<string, unknown>) => {
    const id = optionalString(entry.component_id);
    const word = optionalString(entry.status);
    if (id && word) words.set(id, word);
  };
  for (const update of updatesOf(change)) recordsOf(update.component_changes).forEach(set);
  recordsOf(change.affected_components).forEach(set);
  return words;
}

/** Every status the change ever gave a component. */
function everyWord(change: Record<string, unknown>): string[] {
  const entries = [
    ...updatesOf(change).flatMap((update) => recordsOf(update.component_changes)),
    ...recordsOf(change.affected_components),
  ];
  return entries.flatMap((entry) => optionalString(entry.status) ?? []);
}

/**
 * An open change weighs what it sets its components to now (one on the mend weighs less); a closed one has
 * set them all back to operational, so it weighs the worst it ever set. A change that states no status
 * reads at the floor, marked unstated, like a feed item.
 */
function impactOf(change: Record<string, unknown>): { impact: Severity; unstated?: true } {
  const words = isClosed(change) ? everyWord(change) : [...currentWords(change).values()];
  const known = words.map(severityOf).filter(isKnown);
  return known.length > 0 ? { impact: worst(known) } : { impact: 'degraded', unstated: true };
}

function componentIdsOf(change: Record<string, unknown>): string[] {
  const entries = [
    ...recordsOf(change.affected_components),
    ...updatesOf(change).flatMap((update) => recordsOf(update.component_changes)),
  ];
  return [...new Set(entries.flatMap((entry) => optionalString(entry.component_id) ?? []))];
}

function latestUpdateOf(updates: Record<string, unknown>[]): IncidentUpdate | undefined {
  const latest = updates.at(-1);
  if (!latest) return undefined;
  return {
    status: stringOr(latest.status, ''),
    body: bodyText(latest.description),
    at: isoOf(latest.at_seconds),
  };
}

function readIncident(change: Record<string, unknown>, statusPageUrl: string): Incident[] {
  const id = idText(change.change_id);
  if (!id) return [];
  const updates = updatesOf(change);
  const latestUpdate = latestUpdateOf(updates);
  const startedAt = isoOf(change.start_at_seconds) || isoOf(updates[0]?.at_seconds);
  const { impact, unstated } = impactOf(change);
  return [
    {
      id,
      title: titleText(change.title),
      status: stringOr(change.status, latestUpdate?.status ?? ''),
      impact,
      startedAt,
      updatedAt: latestUpdate?.at || isoOf(change.close_at_seconds) || startedAt,
      ...(latestUpdate ? { latestUpdate } : {}),
      // status.deepseek.com links its changes as /incidents/<change_id> (the links of its history.rss).
      url: incidentUrl(statusPageUrl, id),
      componentIds: componentIdsOf(change),
      ...(unstated ? { unstated } : {}),
    },
  ];
}

function readMaintenance(change: Record<string, unknown>, statusPageUrl: string): Maintenance[] {
  const id = idText(change.change_id);
  if (!id) return [];
  const status = stringOr(change.status, '');
  const scheduledFor = isoOf(change.start_at_seconds);
  // `end_at_seconds` is the planned end in public code; no capture shows a maintenance.
  const scheduledUntil = isoOf(change.end_at_seconds);
  return [
    {
      id,
      title: titleText(change.title),
      status,
      ...(scheduledFor ? { scheduledFor } : {}),
      ...(scheduledUntil ? { scheduledUntil } : {}),
      inProgress: status === MAINTENANCE_UNDER_WAY,
      url: incidentUrl(statusPageUrl, id),
      componentIds: componentIdsOf(change),
    },
  ];
}

/** The page's components, each with the worst status an open change sets it to; a hidden section's are left out. */
function readComponents(page: Record<string, unknown>, openChanges: Record<string, unknown>[]): Component[] {
  const hidden = new Set(
    recordsOf(page.sections)
      .filter((section) => section.hide_all === true)
      .flatMap((section) => optionalString(section.section_id) ?? []),
  );
  const current = openChanges.map(currentWords);
  return recordsOf(page.components).flatMap((raw): Component[] => {
    const id = optionalString(raw.component_id);
    const groupId = optionalString(raw.section_id);
    if (!id || (groupId && hidden.has(groupId))) return [];
    const { severity, status } = worstWord(current.flatMap((words) => words.get(id) ?? []));
    return [componentEntry({ id, name: raw.name, severity, status, groupId })];
  });
}

/** The worst known word; a word we do not know reads unknown only when no known word is there. */
function worstWord(words: string[]): { severity: Severity; status: string } {
  let chosen: { severity: Severity; status: string } | undefined;
  for (const status of words) {
    const severity = severityOf(status);
    const better = !chosen || (isKnown(severity) && (!isKnown(chosen.severity) || rank(severity) > rank(chosen.severity)));
    if (better) chosen = { severity, status };
  }
  return chosen ?? { severity: 'operational', status: 'operational' };
}
