import { optionalString, parseJsonObject, stringOr } from '../fetch/body';
import { isRecord } from '../fetch/fields';
import type { Component, Incident, IncidentUpdate, Maintenance } from '../model';
import { fail, ok } from '../result';
import { fromComponentStatus, fromImpact } from '../severity';
import { recordsOf } from './json-entries';
import { bodyText, componentEntry, incidentUrl, type SnapshotParser, titleText } from './platform';
import { readingParser } from './reading';

/**
 * Atlassian Statuspage v2 (`summary.json`, `status.json`, `components.json`, `incidents.json`,
 * `scheduled-maintenances.json`) and incident.io's compatible copy of it, which leaves out
 * `incidents`/`scheduled_maintenances` or sets them to null, has no groups, caps components at 25 and
 * lists no components on incidents.
 */

const CLOSED_INCIDENT_STATUSES = new Set(['resolved', 'postmortem', 'completed']);
const CLOSED_MAINTENANCE_STATUSES = new Set(['completed', 'cancelled']);
const ACTIVE_MAINTENANCE_STATUSES = new Set(['in_progress', 'verifying']);
/** The lists a Statuspage document may carry. */
const LIST_KEYS = ['components', 'incidents', 'scheduled_maintenances'] as const;

export const snapshotStatuspage: SnapshotParser = (body, context) => {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const doc = json.value;

  const indicator = isRecord(doc.status) ? doc.status.indicator : undefined;
  for (const key of LIST_KEYS) {
    if (doc[key] !== undefined && doc[key] !== null && !Array.isArray(doc[key])) {
      return fail('bad_payload', `"${key}" is not a list`);
    }
  }
  const lists = {
    components: Array.isArray(doc.components),
    // incident.io's compatible summary leaves `incidents` out when none is open.
    incidents: Array.isArray(doc.incidents) || (Array.isArray(doc.components) && typeof indicator === 'string'),
  };
  if (typeof indicator !== 'string' && !lists.components && !lists.incidents && !Array.isArray(doc.scheduled_maintenances)) {
    return fail('bad_payload', 'not a Statuspage document: no status, components, incidents or maintenances');
  }
  return ok({
    lists,
    ...(typeof indicator === 'string' ? { pageSeverity: fromImpact(indicator) } : {}),
    ...readEntries(doc, context.statusPageUrl),
  });
};

export const parseStatuspage = readingParser(snapshotStatuspage);

/** Whether a parsed body is a Statuspage document: a status indicator, or one of its lists. */
export function isStatuspageDocument(doc: unknown): boolean {
  if (!isRecord(doc)) return false;
  const hasIndicator = isRecord(doc.status) && typeof doc.status.indicator === 'string';
  const hasStatuspageList = LIST_KEYS.some((key) => Array.isArray(doc[key]));
  return hasIndicator || hasStatuspageList;
}

function readEntries(doc: Record<string, unknown>, statusPageUrl: string) {
  const components = recordsOf(doc.components).flatMap(readComponent);
  const entries = [...recordsOf(doc.incidents), ...recordsOf(doc.scheduled_maintenances)];
  const statusOf = (entry: Record<string, unknown>) => stringOr(entry.status, '');
  return {
    components,
    incidents: entries
      .filter((entry) => !isMaintenanceEntry(entry) && !CLOSED_INCIDENT_STATUSES.has(statusOf(entry)))
      .flatMap((entry) => readIncident(entry, statusPageUrl)),
    maintenances: entries
      .filter((entry) => isMaintenanceEntry(entry) && !CLOSED_MAINTENANCE_STATUSES.has(statusOf(entry)))
      .flatMap((entry) => readMaintenance(entry, statusPageUrl)),
    recent: entries
      .filter((entry) => !isMaintenanceEntry(entry) && CLOSED_INCIDENT_STATUSES.has(statusOf(entry)))
      .flatMap((entry) => readIncident(entry, statusPageUrl))
      .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt)),
  };
}

function isMaintenanceEntry(entry: Record<string, unknown>): boolean {
  return typeof entry.scheduled_for === 'string' || entry.impact === 'maintenance';
}

function readComponent(raw: Record<string, unknown>): Component[] {
  const id = optionalString(raw.id);
  if (!id) return [];
  const status = stringOr(raw.status, '');
  const groupId = optionalString(raw.group_id);
  return [componentEntry({ id, name: raw.name, severity: fromComponentStatus(status), status, groupId })];
}

function affectedComponentIds(raw: Record<string, unknown>, updates: Record<string, unknown>[]): string[] {
  const ids = new Set<string>();
  for (const component of recordsOf(raw.components)) {
    const id = optionalString(component.id);
    if (id) ids.add(id);
  }
  for (const update of updates) {
    for (const affected of recordsOf(update.affected_components)) {
      const code = optionalString(affected.code);
      if (code) ids.add(code);
    }
  }
  return [...ids];
}

function updateTime(update: Record<string, unknown>): string {
  return optionalString(update.display_at) ?? optionalString(update.created_at) ?? '';
}

function latestUpdateOf(updates: Record<string, unknown>[]): IncidentUpdate | undefined {
  const latest = [...updates].sort((a, b) => Date.parse(updateTime(b)) - Date.parse(updateTime(a)))[0];
  if (!latest) return undefined;
  return {
    status: stringOr(latest.status, ''),
    body: bodyText(latest.body),
    at: updateTime(latest),
  };
}

/** incident.io back-dates the first update (`display_at`) to when trouble began, before the incident was created. */
function startOf(raw: Record<string, unknown>, updates: Record<string, unknown>[]): string {
  const explicit = optionalString(raw.started_at);
  if (explicit) return explicit;
  const times = [optionalString(raw.created_at), ...updates.map(updateTime)].filter(
    (time): time is string => !!time && !Number.isNaN(Date.parse(time)),
  );
  return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? '';
}

function readIncident(raw: Record<string, unknown>, statusPageUrl: string): Incident[] {
  const id = optionalString(raw.id);
  if (!id) return [];
  const updates = recordsOf(raw.incident_updates);
  const latestUpdate = latestUpdateOf(updates);
  return [
    {
      id,
      title: titleText(raw.name),
      status: stringOr(raw.status, ''),
      impact: fromImpact(raw.impact),
      startedAt: startOf(raw, updates),
      updatedAt: optionalString(raw.updated_at) ?? latestUpdate?.at ?? '',
      ...(latestUpdate ? { latestUpdate } : {}),
      url: incidentUrl(statusPageUrl, id),
      componentIds: affectedComponentIds(raw, updates),
    },
  ];
}

function readMaintenance(raw: Record<string, unknown>, statusPageUrl: string): Maintenance[] {
  const id = optionalString(raw.id);
  if (!id) return [];
  const scheduledFor = optionalString(raw.scheduled_for);
  const scheduledUntil = optionalString(raw.scheduled_until);
  return [
    {
      id,
      title: titleText(raw.name),
      status: stringOr(raw.status, ''),
      ...(scheduledFor ? { scheduledFor } : {}),
      ...(scheduledUntil ? { scheduledUntil } : {}),
      inProgress: ACTIVE_MAINTENANCE_STATUSES.has(stringOr(raw.status, '')),
      url: incidentUrl(statusPageUrl, id),
      componentIds: affectedComponentIds(raw, recordsOf(raw.incident_updates)),
    },
  ];
}
