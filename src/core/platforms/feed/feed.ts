import { rejectHtml } from '../../fetch/body';
import type { Incident, Maintenance } from '../../model';
import { fail, ok, type Result } from '../../result';
import type { SnapshotParser } from '../platform';
import { readingParser } from '../reading';
import { readGenericFeed } from './dialects/generic';
import { hasStatusLines, isFlashdutyFeed, isIncidentIoFeed, readStatusLineFeed } from './dialects/status-line';
import { isStatuspageFeed, readStatuspageFeed } from './dialects/statuspage';
import { isXaiFeed, readXaiFeed } from './dialects/xai';
import { type FeedRecord, mergeById } from './record';
import { type FeedDocument, readFeedXml } from './xml';

/**
 * Atom and RSS status feeds. The XML is read once into a format-neutral document; the dialect is then told
 * from the content (channel title, link host, generator, guid scheme, id scheme), never from the URL alone,
 * and reads the entries into incidents and maintenances by the page's own conventions. Each dialect's
 * file says how it decides open or resolved and how bad an incident is.
 *
 * A feed lists incidents but not component states: `lists.components` is false and components are
 * empty. Feeds name components only in text, so incidents carry component names as their ids; the
 * catalog scopes feed providers by those names.
 */

/** Above this a body is not a status feed (the captured ones are 3 KB to 125 KB), and parsing it would stall the worker. */
export const MAX_FEED_LENGTH = 1_000_000;

export interface Dialect {
  matches: (doc: FeedDocument) => boolean;
  read: (doc: FeedDocument, statusPageUrl: string) => FeedRecord[];
}

/** In order: the first that matches reads the feed. xAI first, as its bodies also open with "Status:". */
export const DIALECTS: readonly Dialect[] = [
  { matches: isXaiFeed, read: readXaiFeed },
  { matches: isStatuspageFeed, read: readStatuspageFeed },
  { matches: isIncidentIoFeed, read: readStatusLineFeed },
  { matches: isFlashdutyFeed, read: readStatusLineFeed },
  { matches: hasStatusLines, read: readStatusLineFeed },
  { matches: () => true, read: readGenericFeed },
];

/** Cheap content detection: the first element of the body is `<rss>`, `<feed>` or RSS 1.0's `<rdf:RDF>`. */
export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 4096).replace(/^\uFEFF/, '');
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head.charAt(at))) at++;
    const end = prologEnd(head, at);
    if (end === undefined) break;
    if (end < 0) return false;
    at = end;
  }
  return /^<(?:[A-Za-z][\w.-]*:)?(?:rss|feed|RDF)[\s/>]/.test(head.slice(at, at + 64));
}

/** The end of the declaration, comment or doctype at `at`; undefined if none starts there, -1 if it never ends. */
function prologEnd(head: string, at: number): number | undefined {
  const closer = head.startsWith('<?', at) ? '?>' : head.startsWith('<!--', at) ? '-->' : head.startsWith('<!', at) ? '>' : '';
  if (closer === '') return undefined;
  // A doctype with an internal subset ends at "]>".
  const subset = closer === '>' && head.indexOf('[', at) >= 0 && head.indexOf('[', at) < head.indexOf('>', at);
  const end = head.indexOf(subset ? ']>' : closer, at + 2);
  return end < 0 ? -1 : end + (subset ? 2 : closer.length);
}

/** A feed read as far as its dialect: the checks every reader of a feed makes, in one order, so both refuse alike. */
export interface ReadFeed {
  doc: FeedDocument;
  /** Undefined for a well-formed feed no dialect knows: it lists nothing the radar can read. */
  dialect: Dialect | undefined;
}

export function readFeedBody(body: string): Result<ReadFeed> {
  const text = rejectHtml(body);
  if (!text.ok) return text;
  if (body.length > MAX_FEED_LENGTH) {
    return fail(
      'bad_payload',
      `the feed is ${body.length} characters long, more than the ${MAX_FEED_LENGTH} a status feed needs`,
    );
  }
  if (!looksLikeFeed(body)) return fail('bad_payload', 'the body is not an RSS or Atom feed');
  const doc = readFeedXml(body);
  if (!doc.ok) return doc;
  return ok({ doc: doc.value, dialect: DIALECTS.find((candidate) => candidate.matches(doc.value)) });
}

export const snapshotFeed: SnapshotParser = (body, context) => {
  const read = readFeedBody(body);
  if (!read.ok) return read;
  const { doc, dialect } = read.value;
  const records = mergeById(dialect?.read(doc, context.statusPageUrl) ?? []);

  const incidents: Incident[] = [];
  const recent: Incident[] = [];
  const maintenances: Maintenance[] = [];
  for (const record of records) {
    if (record.kind === 'maintenance') maintenances.push(record.maintenance);
    else (record.open ? incidents : recent).push(record.incident);
  }
  return ok({
    lists: { components: false, incidents: true },
    components: [],
    incidents,
    maintenances,
    recent: newestFirst(recent),
  });
};

export const parseFeed = readingParser(snapshotFeed);

/** By start, newest first; entries without a readable date keep their feed order, after the dated ones. */
function newestFirst(incidents: Incident[]): Incident[] {
  const time = (incident: Incident) => {
    const parsed = Date.parse(incident.startedAt);
    return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
  };
  return incidents
    .map((incident, index) => ({ incident, index }))
    .sort((a, b) => time(b.incident) - time(a.incident) || a.index - b.index)
    .map(({ incident }) => incident);
}
