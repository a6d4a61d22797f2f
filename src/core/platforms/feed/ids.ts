import { parseUrl } from '../../urls';
import { parseFeedDate } from './dates';
import type { FeedDocument, FeedEntry } from './xml';

/**
 * Incident ids for feed entries. Events, notifications and snoozes follow an incident by its id from one poll
 * to the next, so an id must survive what a status page does to an entry: its title is edited, newer
 * entries are added above it, updates are posted to it. A position fails the second, a title the first, and
 * a date the page regenerates (StatusIQ's guid is the feed's build date in base64) changes on every poll.
 * Each entry takes the first of these that holds:
 *
 * 1. its guid (Atom `id`), unless it is a date, the page itself, or shared with another entry: publishers
 *    mint it once per incident, and feed readers depend on it not changing;
 * 2. its link, unless it is the page itself or shared: a link is the incident's page, which stays put
 *    (kept as path, query and fragment, so that http/https or a second host name does not re-key it;
 *    StatusIQ's components live in the fragment, `#/components/<id>`);
 * 3. what the dialect knows the entry is about (the component of a StatusIQ `<component> - <state>` item);
 * 4. a hash of when it was first published: Atom's `published`, RSS's `pubDate` (RSS has no other date; the
 *    status feeds seen set it when the incident is posted). Atom's `updated` moves with every update and is
 *    used only when an entry has no other date;
 * 5. only where two such entries share that instant, or an entry has no date at all, its title: nothing else
 *    tells them apart, and re-keying on a title edit is better than merging two incidents or hiding one.
 */

/** A calendar day alone, `2026-10-07`, which `parseFeedDate` (instants only) does not read. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a dialect knows an entry is about when it has neither guid nor link, e.g. a component's name. */
export type Subject = (entry: FeedEntry) => string | undefined;

export function entryIds(doc: FeedDocument, subject: Subject = () => undefined): string[] {
  const page = pageKeys(doc);
  const guids = counted(doc.entries.map((entry) => guidKey(entry.id, page)));
  const links = counted(doc.entries.map((entry) => linkKey(entry.link, page)));
  const subjects = counted(doc.entries.map((entry) => prefixed('subject', subject(entry))));
  const times = counted(doc.entries.map((entry) => publishedKey(entry, doc.format)));
  return doc.entries.map(
    (entry, index) =>
      unique(guids, index) ??
      unique(links, index) ??
      unique(subjects, index) ??
      unique(times, index) ??
      `title-${hashKey(`${times.keys[index] ?? ''}|${entry.title}`)}`,
  );
}

/** A guid that names the incident: not a date, not the page itself. Sharing is the caller's to judge. */
export function guidKey(id: string | undefined, page: ReadonlySet<string> = new Set()): string | undefined {
  const text = id?.trim();
  if (!text || isDateLike(text)) return undefined;
  // A guid that is a URL names an incident only if it is an incident's page, not the front page.
  return webUrl(text) && linkKey(text, page) === undefined ? undefined : text;
}

/** The link as path, query and fragment; undefined for no link, a bad one, or the status page's front page. */
export function linkKey(link: string | undefined, page: ReadonlySet<string> = new Set()): string | undefined {
  const url = webUrl(link?.trim());
  if (!url) return undefined;
  const key = `${url.pathname}${url.search}${url.hash}`;
  return key === '/' || page.has(key) ? undefined : key;
}

/**
 * When an entry was first published, hashed. The XML reader keeps RSS's `pubDate` as `updated` (RSS has no
 * other date), so for RSS that is the publication date; for Atom it is `published`, and `updated` only
 * when there is nothing else.
 */
export function publishedKey(entry: FeedEntry, format: FeedDocument['format']): string | undefined {
  const published = format === 'rss' ? entry.updated : (entry.published ?? entry.updated);
  return prefixed('published', published);
}

/**
 * A short, stable digest (cyrb53: 53 bits, so entries of one feed do not collide) for keys that would
 * otherwise carry a date or a title into the id.
 */
export function hashKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A date written as an id: RFC 822 or ISO, or either in base64 (StatusIQ). Such a guid is the time the feed
 * was built, not a name for the incident.
 */
export function isDateLike(text: string): boolean {
  return [text, base64Text(text)].some((candidate) => DAY.test(candidate) || parseFeedDate(candidate) !== undefined);
}

interface Counted {
  keys: (string | undefined)[];
  counts: Map<string, number>;
}

function counted(keys: (string | undefined)[]): Counted {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return { keys, counts };
}

/** The entry's key when no other entry has it: a shared key names no one incident. */
function unique({ keys, counts }: Counted, index: number): string | undefined {
  const key = keys[index];
  return key && counts.get(key) === 1 ? key : undefined;
}

function prefixed(kind: 'subject' | 'published', value: string | undefined): string | undefined {
  return value ? `${kind}-${hashKey(value)}` : undefined;
}

/** The channel's own link and the front page: an entry that points there points at no incident. */
function pageKeys(doc: FeedDocument): ReadonlySet<string> {
  const key = linkKey(doc.link);
  return new Set(key ? [key] : []);
}

/** Base64 decoded as Latin-1 text; '' when it is not base64 (atob throws on anything else). */
function base64Text(text: string): string {
  if (text.length > 96 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return '';
  try {
    return atob(text);
  } catch {
    return '';
  }
}

/** Only absolute web links count: a feed's relative or other-scheme links name no page on their own. */
function webUrl(text: string | undefined): URL | undefined {
  return text && /^https?:\/\//i.test(text) ? parseUrl(text) : undefined;
}
