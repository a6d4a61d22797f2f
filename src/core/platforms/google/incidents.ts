import { optionalString, parseJson, stringOr } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import type { Incident, IncidentUpdate, KnownSeverity, Severity } from '../../model';
import { fail, ok, type Result } from '../../result';
import { isKnown, worst } from '../../severity';
import { parseUrl } from '../../urls';
import { recordsOf } from '../json-entries';
import {
  clip,
  emptySnapshot,
  firstAfter,
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  type PageSnapshot,
  type ParseContext,
} from '../platform';

/**
 * Google's incident dashboards (Google Cloud's status.cloud.google.com/incidents.json, Google Workspace's
 * www.google.com/appsstatus/dashboard/incidents.json) serve one document: a top-level JSON array of
 * incidents, each with `id`, `begin`, `end` (absent while it lasts), `modified`, `external_desc` (markdown),
 * `status_impact`, `severity`, `affected_products[{title, id}]`, `uri` and `updates[]` / `most_recent_update`
 * (`{when, created, modified, text, status}`). The list never says how a product is doing when it has no
 * incident, so a snapshot lists incidents and no components; product ids scope it through readingFrom.
 */

type Raw = Record<string, unknown>;

/**
 * Google's words onto the design's scale. `status_impact` (and an update's `status`) says what users see;
 * `severity` says how widely. The severity only lifts a word one step, never past what the word itself says:
 *
 *                          low, medium, absent   high
 *   SERVICE_INFORMATION    degraded              degraded
 *   SERVICE_DISRUPTION     degraded              partial_outage
 *   SERVICE_OUTAGE         partial_outage        major_outage
 *   AVAILABLE              operational           operational
 *   any other word         unknown               unknown
 *
 * SERVICE_INFORMATION is not read as operational: Workspace posts real user-facing failures under it (both
 * captured Gemini incidents, "elevated error rates" and 49 minutes of global 500s, are SERVICE_INFORMATION,
 * low), so an open one means the product may be failing for some users now. Degraded is the mildest word that
 * says so, and the most an informational note can claim. A disruption is the product working worse
 * (degraded) until Google rates it high; an outage is some users cut off (partial) until Google rates it high.
 */
const IMPACT: Record<string, readonly [KnownSeverity, KnownSeverity]> = {
  SERVICE_INFORMATION: ['degraded', 'degraded'],
  SERVICE_DISRUPTION: ['degraded', 'partial_outage'],
  SERVICE_OUTAGE: ['partial_outage', 'major_outage'],
  AVAILABLE: ['operational', 'operational'],
};

export function fromGoogleWords(word: unknown, severity: unknown): Severity {
  const pair = typeof word === 'string' && Object.hasOwn(IMPACT, word) ? IMPACT[word] : undefined;
  if (!pair) return 'unknown';
  return severity === 'high' ? pair[1] : pair[0];
}

/** A JSON body that must be an array (Google's files are); an HTML page is a challenge or an error, never data. */
export function parseJsonArray(body: string): Result<unknown[]> {
  const json = parseJson(body);
  if (!json.ok) return json;
  return Array.isArray(json.value) ? ok(json.value) : fail('bad_payload', 'the JSON is not a list of incidents');
}

/** The snapshot both Google dashboards share: open incidents, and ended ones newest first. */
export function snapshotGoogleIncidents(body: string, context: ParseContext): Result<PageSnapshot> {
  const list = parseJsonArray(body);
  if (!list.ok) return list;
  const records = recordsOf(list.value);
  const readable = records.flatMap((raw) => readEntry(raw, context));
  if (list.value.length > 0 && readable.length === 0) {
    return fail('bad_payload', 'no entry of the list is a Google incident (an id and a start)');
  }
  const entries = oneEachById(readable);
  const newestFirst = (a: Incident, b: Incident) => Date.parse(b.startedAt) - Date.parse(a.startedAt);
  // An incident is open until its `end` (isOngoing): an end still ahead is when this same list reads otherwise.
  const changesAt = firstAfter(
    records.map((raw) => endOf(raw.end)),
    Date.parse(context.fetchedAt),
  );
  return ok({
    ...emptySnapshot({ components: false, incidents: true }),
    incidents: entries
      .filter((entry) => entry.ongoing)
      .map((entry) => entry.incident)
      .sort(newestFirst),
    recent: entries
      .filter((entry) => !entry.ongoing)
      .map((entry) => entry.incident)
      .sort(newestFirst),
    ...(changesAt ? { changesAt } : {}),
  });
}

export interface Entry {
  incident: Incident;
  ongoing: boolean;
}

/** One incident of the list as a reading shows it; history/parsers/google reads each entry through it. */
export function readEntry(raw: Raw, context: ParseContext): Entry[] {
  const id = optionalString(raw.id);
  const startedAt = isoDate(raw.begin) ?? isoDate(raw.created);
  if (!id || !startedAt) return [];
  const ongoing = isOngoing(raw.end, context.fetchedAt);
  const latest = latestUpdateOf(raw);
  // The incident's impact and its latest update's word can differ (the Checkmk capture: DISRUPTION, then an
  // OUTAGE update); as everywhere in the design, the worse signal is trusted.
  const impacts = [fromGoogleWords(raw.status_impact, raw.severity), fromGoogleWords(latest?.status, raw.severity)];
  const known = impacts.filter(isKnown);
  // Google has no word for a closed incident but its `end`; `resolved` is the word the popup already knows.
  // An open one is described by its latest update's word, or by its impact before any update.
  const word = latest?.status || stringOr(raw.status_impact, '');
  const latestUpdate: IncidentUpdate | undefined = latest && {
    status: statusWord(latest.status),
    body: clip(plainText(stringOr(latest.text, '')), MAX_BODY_LENGTH),
    at: latest.at,
  };
  return [
    {
      ongoing,
      incident: {
        id,
        title: titleOf(stringOr(raw.external_desc, ''), stringOr(raw.service_name, id)),
        status: ongoing ? statusWord(word) : 'resolved',
        impact: known.length > 0 ? worst(known) : 'unknown',
        startedAt,
        updatedAt: isoDate(raw.modified) ?? latestUpdate?.at ?? startedAt,
        ...(latestUpdate ? { latestUpdate } : {}),
        url: dashboardLink(context.statusPageUrl, raw.uri, id),
        componentIds: productIds(raw),
      },
    },
  ];
}

/** Open while it has no `end`, or an end still ahead of the reading's clock. Google writes `end` only to close. */
function isOngoing(end: unknown, now: string): boolean {
  if (end === undefined || end === null || end === '') return true;
  return endOf(end) > Date.parse(now);
}

/** An incident's `end` in epoch ms; NaN when it has none or it cannot be read. */
function endOf(end: unknown): number {
  return typeof end === 'string' ? Date.parse(end) : Number.NaN;
}

function isoDate(value: unknown): string | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

function statusWord(word: string): string {
  return clip(word.toLowerCase(), MAX_TITLE_LENGTH);
}

interface LatestUpdate {
  status: string;
  text: unknown;
  at: string;
}

/** The newest of `updates[]` and `most_recent_update`; the list's order is not trusted, its times are. */
function latestUpdateOf(raw: Raw): LatestUpdate | undefined {
  let latest: LatestUpdate | undefined;
  for (const update of updatesOf(raw)) {
    const at = isoDate(update.when) ?? isoDate(update.created) ?? isoDate(update.modified);
    if (!at || (latest && Date.parse(at) <= Date.parse(latest.at))) continue;
    latest = { status: stringOr(update.status, ''), text: update.text, at };
  }
  return latest;
}

/** `most_recent_update` and `updates[]`, the objects only. */
function updatesOf(raw: Raw): Raw[] {
  return [raw.most_recent_update, ...recordsOf(raw.updates)].filter(isRecord);
}

/** The affected products, and the incident's own product (`service_key`) so that none reads as "every product". */
function productIds(raw: Raw): string[] {
  const ids = new Set<string>();
  for (const product of recordsOf(raw.affected_products)) {
    const id = optionalString(product.id);
    if (id) ids.add(id);
  }
  const serviceKey = optionalString(raw.service_key);
  if (serviceKey) ids.add(serviceKey);
  return [...ids];
}

/**
 * A real feed never repeats an id, but an edited or merged one may (the Checkmk capture does, with different
 * dates). A reading must not list one incident as both open and resolved: an id open anywhere is open, and
 * otherwise the most recently modified copy is kept.
 */
function oneEachById(entries: Entry[]): Entry[] {
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const kept = byId.get(entry.incident.id);
    const newer = kept && Date.parse(entry.incident.updatedAt) > Date.parse(kept.incident.updatedAt);
    if (!kept || (entry.ongoing && !kept.ongoing) || (entry.ongoing === kept.ongoing && newer)) {
      byId.set(entry.incident.id, entry);
    }
  }
  return [...byId.values()];
}

/** `uri` is relative to the dashboard ("incidents/<id>"); only that plain form is followed, on the page's own origin. */
const INCIDENT_URI = /^incidents\/[A-Za-z0-9_-]+$/;

export function dashboardLink(statusPageUrl: string, uri: unknown, id: string): string {
  const base = parseUrl(statusPageUrl);
  if (!base) return '';
  base.search = '';
  base.hash = '';
  // Workspace's dashboard lives under a path (/appsstatus/dashboard/): its incidents sit below it.
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  if (typeof uri === 'string' && INCIDENT_URI.test(uri)) return new URL(uri, base).href;
  try {
    return new URL(`incidents/${encodeURIComponent(id)}`, base).href;
  } catch {
    // An id that is not valid Unicode cannot be a path; the dashboard itself is the next best link.
    return base.href;
  }
}

/**
 * The popup shows a title on one line, and Google writes `external_desc` as markdown that often opens with a
 * label ("**Summary:**", "# Incident Report") before the sentence that says what happened. The title is that
 * first paragraph, emphasis marks dropped; the text stays plain text, never rendered.
 */
export function titleOf(markdown: string, fallback: string): string {
  const paragraph: string[] = [];
  for (const line of markdown.split('\n').map((text) => text.trim())) {
    if (line === '' || isLabel(line)) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line);
  }
  const title = clip(
    (paragraph.length > 0 ? paragraph.join(' ') : markdown).replaceAll('**', '').replace(/\s+/g, ' '),
    MAX_TITLE_LENGTH,
  );
  return title || clip(fallback, MAX_TITLE_LENGTH);
}

/** Update texts are markdown too; the popup shows text, so the marks that would show as noise go. */
export function plainText(markdown: string): string {
  return markdown.replaceAll('**', '').replace(/^#{1,6}\s+/gm, '');
}

function isLabel(line: string): boolean {
  return line.startsWith('#') || /^\*\*[^*]+\*\*$/.test(line) || (line.length <= 40 && line.endsWith(':'));
}

/** The records of a parsed body that is a Google incident list, for content detection; empty when it is not one. */
export function googleIncidentRecords(doc: unknown): Raw[] {
  if (!Array.isArray(doc)) return [];
  return doc.filter(
    (item): item is Raw =>
      isRecord(item) &&
      typeof item.id === 'string' &&
      typeof item.status_impact === 'string' &&
      Array.isArray(item.affected_products),
  );
}

/** Google Cloud places its incidents (`currently_affected_locations`, updates' `affected_locations`); Workspace does not. */
export function namesLocations(incident: Raw): boolean {
  return (
    'currently_affected_locations' in incident ||
    'previously_affected_locations' in incident ||
    updatesOf(incident).some((update) => 'affected_locations' in update)
  );
}
