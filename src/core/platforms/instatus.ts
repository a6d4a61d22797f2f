import { jsonOf, optionalString, parseJsonObject, stringOr } from '../fetch/body';
import { isRecord } from '../fetch/fields';
import type { Incident, KnownSeverity, Maintenance, Severity } from '../model';
import { fail, ok } from '../result';
import { MINUTE_MS } from '../time';
import { parseUrl } from '../urls';
import { hashKey } from './feed/ids';
import { newestFirst, recordsOf } from './json-entries';
import { type PageSnapshot, type SnapshotParser, titleText } from './platform';
import { readingParser } from './reading';

/**
 * Instatus `GET https://<status host>/summary.json` (https://instatus.com/help/api/public-data):
 * `{page: {name, url, status}, activeIncidents?: [...], activeMaintenances?: [...]}`, the two lists left out
 * when empty. An incident has `name`, `started`, `status`, `impact`, `url` (and, on current pages, `id` and
 * `updatedAt`); a maintenance has `name`, `start`, `status`, `duration` (minutes, as a string) and `url`.
 * Times have been seen both as ISO strings and as JavaScript `Date` strings ("Sat Jun 11 2022 18:55:50
 * GMT+0000 (Coordinated Universal Time)"); both are stored as ISO.
 *
 * The summary names no components, and an incident names none either, so `lists.components` is false and a
 * provider scoped to components reads every open incident (its page is its own).
 *
 * `page.status` can say UP while an incident is open (Manychat's page, 2026-08-03: UP with an IDENTIFIED
 * DEGRADEDPERFORMANCE incident); the shared rule takes the worst signal, so the incident counts.
 *
 * Ids: `id` (a cuid, minted once) where the page gives it; else the cuid at the end of its link
 * (`…/incident/<cuid>`), which the documented example carries without an `id`; else, for a body with
 * neither, a hash of when the incident started (a maintenance: when it is scheduled to start), which an
 * edited name or a new update leaves alone. Only two such entries starting at the same instant, which
 * nothing else tells apart, add their name. Never a position, never the name alone.
 */

/** Instatus writes its words in capitals without separators; some Instatus look-alikes add `_`. */
function wordOf(value: unknown): string {
  return typeof value === 'string' ? value.toUpperCase().replace(/[^A-Z]/g, '') : '';
}

/** HASISSUES says only that something is wrong: the mildest trouble word; the open incidents say how bad. */
const PAGE_WORDS = new Map<string, KnownSeverity>(
  Object.entries({ UP: 'operational', HASISSUES: 'degraded', UNDERMAINTENANCE: 'maintenance' }),
);

/** A minor outage is still an outage of part of the service, so it reads partial_outage, not degraded. */
const IMPACT_WORDS = new Map<string, KnownSeverity>(
  Object.entries({
    OPERATIONAL: 'operational',
    UNDERMAINTENANCE: 'maintenance',
    DEGRADEDPERFORMANCE: 'degraded',
    PARTIALOUTAGE: 'partial_outage',
    MINOROUTAGE: 'partial_outage',
    MAJOROUTAGE: 'major_outage',
  }),
);

/** Statuses as the design stores them: lowercase, words apart, Statuspage's `in_progress` where it means the same. */
const STATUS_WORDS = new Map(Object.entries({ NOTSTARTEDYET: 'not_started_yet', INPROGRESS: 'in_progress' }));

function statusOf(value: unknown): string {
  const word = wordOf(value);
  return STATUS_WORDS.get(word) ?? word.toLowerCase();
}

export const snapshotInstatus: SnapshotParser = (body, context) => {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const doc = json.value;
  if (!isRecord(doc.page) || typeof doc.page.status !== 'string') {
    return fail('bad_payload', 'not an Instatus summary: no page status');
  }
  for (const key of ['activeIncidents', 'activeMaintenances']) {
    if (doc[key] !== undefined && doc[key] !== null && !Array.isArray(doc[key])) {
      return fail('bad_payload', `"${key}" is not a list`);
    }
  }
  const rawIncidents = recordsOf(doc.activeIncidents);
  const incidentIds = entryIds(rawIncidents, (raw) => raw.started);
  const incidents = rawIncidents.map((raw, index) => readIncident(raw, incidentIds[index] ?? '', context.statusPageUrl));
  const rawMaintenances = recordsOf(doc.activeMaintenances);
  const maintenanceIds = entryIds(rawMaintenances, (raw) => raw.start);
  const snapshot: PageSnapshot = {
    pageSeverity: PAGE_WORDS.get(wordOf(doc.page.status)) ?? 'unknown',
    lists: { components: false, incidents: true },
    components: [],
    incidents: incidents.filter((incident) => incident.status !== 'resolved'),
    maintenances: rawMaintenances
      .map((raw, index) => readMaintenance(raw, maintenanceIds[index] ?? '', context.statusPageUrl))
      .filter((maintenance) => maintenance.status !== 'completed'),
    recent: newestFirst(
      incidents.filter((incident) => incident.status === 'resolved'),
      (incident) => incident.startedAt,
    ),
  };
  return ok(snapshot);
};

export const parseInstatus = readingParser(snapshotInstatus);

/** Whether a parsed body is an Instatus `summary.json`: a `page` with a status word (Statuspage's `page` has none). */
export function isInstatusDocument(doc: unknown): boolean {
  return isRecord(doc) && isRecord(doc.page) && typeof doc.page.status === 'string';
}

export function looksLikeInstatus(body: string): boolean {
  return isInstatusDocument(jsonOf(body));
}

function readIncident(raw: Record<string, unknown>, id: string, statusPageUrl: string): Incident {
  const startedAt = isoTime(raw.started);
  const impact: Severity = IMPACT_WORDS.get(wordOf(raw.impact)) ?? 'unknown';
  return {
    id,
    title: titleText(raw.name),
    status: statusOf(raw.status),
    impact,
    startedAt,
    updatedAt: isoTime(raw.updatedAt) || startedAt,
    url: pageLink(raw.url, 'incident', idOf(raw), statusPageUrl),
    componentIds: [],
  };
}

function readMaintenance(raw: Record<string, unknown>, id: string, statusPageUrl: string): Maintenance {
  const scheduledFor = isoTime(raw.start);
  const scheduledUntil = scheduledFor ? endOf(scheduledFor, raw.duration) : '';
  const status = statusOf(raw.status);
  return {
    id,
    title: titleText(raw.name),
    status,
    ...(scheduledFor ? { scheduledFor } : {}),
    ...(scheduledUntil ? { scheduledUntil } : {}),
    inProgress: status === 'in_progress',
    url: pageLink(raw.url, 'maintenance', idOf(raw), statusPageUrl),
    componentIds: [],
  };
}

/** The end of a window `duration` minutes (a number, or a string as Instatus writes it) after `start`; '' if unreadable. */
function endOf(start: string, duration: unknown): string {
  const minutes = minutesOf(duration);
  if (!(minutes >= 0)) return '';
  const end = new Date(Date.parse(start) + minutes * MINUTE_MS);
  return Number.isNaN(end.getTime()) ? '' : end.toISOString();
}

function minutesOf(duration: unknown): number {
  if (typeof duration === 'number') return duration;
  if (typeof duration === 'string' && duration.trim() !== '') return Number(duration);
  return Number.NaN;
}

/** The entry's id, or the last segment of its Instatus link (`…/incident/<id>`) on pages that leave `id` out. */
function idOf(raw: Record<string, unknown>): string | undefined {
  const id = optionalString(raw.id);
  if (id) return id;
  const link = parseUrl(raw.url);
  return link?.pathname.split('/').filter(Boolean).pop();
}

/**
 * One id per entry of a list (see the file's comment). An id or link shared by two entries names neither
 * of them, so those fall through to the time, as a missing one does.
 */
function entryIds(entries: Record<string, unknown>[], timeOf: (raw: Record<string, unknown>) => unknown): string[] {
  const named = entries.map(idOf);
  const timed = entries.map((raw) => {
    const time = isoTime(timeOf(raw));
    return time ? `started-${hashKey(time)}` : undefined;
  });
  const once = (keys: readonly (string | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    return (key: string | undefined) => (key && counts.get(key) === 1 ? key : undefined);
  };
  const [namedOnce, timedOnce] = [once(named), once(timed)];
  return entries.map(
    (raw, index) =>
      namedOnce(named[index]) ?? timedOnce(timed[index]) ?? `name-${hashKey(`${timed[index] ?? ''}|${stringOr(raw.name, '')}`)}`,
  );
}

/**
 * A link on the status page's own host: the payload's path when its link already points there, else
 * Instatus's `/incident/<id>` or `/maintenance/<id>` built on the status page, else the page itself.
 * Instatus links to its own `*.instatus.com` host even for pages on a custom domain, which is not ours to open.
 */
function pageLink(raw: unknown, kind: 'incident' | 'maintenance', id: string | undefined, statusPageUrl: string): string {
  try {
    const page = new URL(statusPageUrl);
    const link = parseUrl(raw);
    // Only the path is kept, set on the page's own origin: no credentials, and no `//host` path read as another host.
    if (link && link.protocol === 'https:' && link.host === page.host) return new URL(`${page.origin}${link.pathname}`).href;
    return id ? new URL(`/${kind}/${encodeURIComponent(id)}`, page).href : page.href;
  } catch {
    // A lone surrogate in an id makes encodeURIComponent throw: the page itself is the safe answer.
    return statusPageUrl;
  }
}

/** An ISO string for any time `Date.parse` reads (ISO or a JavaScript `Date` string), else ''. */
function isoTime(value: unknown): string {
  if (typeof value !== 'string') return '';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}
