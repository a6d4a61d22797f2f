import { parseFeedDate } from '../../platforms/feed/dates';
import { readStatuspageFeed, readUpdates } from '../../platforms/feed/dialects/statuspage';
import { RESOLVED_LINE, readXaiFeed } from '../../platforms/feed/dialects/xai';
import { type Dialect, readFeedBody } from '../../platforms/feed/feed';
import type { FeedRecord } from '../../platforms/feed/record';
import { phaseOf, statusWord } from '../../platforms/feed/status';
import { htmlToText } from '../../platforms/feed/text';
import type { FeedEntry } from '../../platforms/feed/xml';
import { fail, ok, type Result } from '../../result';
import type { PageHistory, TroubleInterval } from '../model';
import { historyTitle, msOfIso, troubleInterval, troubleOf } from './values';

/**
 * RSS and Atom incident feeds (Statuspage `history.atom`/`.rss`, incident.io, Flashduty, xAI `feed.xml`, any
 * other): every item the live dialect (platforms/feed/dialects) reads as an incident is an interval, resolved
 * ones too. The dialect is the one the live parser picks for the whole feed, and it reads each item alone: its
 * rules for open and resolved, level, title and component names are the live ones. The live reading merges
 * items that share an id (xAI lists an incident once per product, under one guid); here each item keeps its
 * own interval, on its own product, for as long as it says, and the fold takes the union of overlaps.
 *
 * - Start: the live start (Statuspage: the first update's stamp; xAI: its earliest update or `pubDate`;
 *   any other: `published`, else `updated`, which for RSS is `pubDate`).
 * - End: none while the dialect reads the item as open. A resolved one ends when the item says it was
 *   resolved (Statuspage: the latest `Resolved` update's stamp, not a `Postmortem` written after the fix;
 *   xAI: its `Resolved:` line), else at its last update (Atom `updated`; RSS has only `pubDate`, so a
 *   Flashduty or generic RSS item is an instant on its day: the feed says no more).
 * - Level: the live level. A resolved item that states no trouble reads `degraded`, as the live code reads
 *   an unstated level (feed/status `impactOf`): the mildest, and never more than the feed says. An open item
 *   whose own words read operational (xAI's `available`) is no trouble and is left out, as are the items the
 *   dialect itself drops (a StatusIQ component reading "Operational", a maintenance completed or to come).
 * - A maintenance under way is a maintenance interval from its window's start (else its item's date), still open.
 *
 * Feeds write instants and name no zone: 'UTC'.
 */

/** Feed links are checked against the status page; history keeps no link, so any page will do. */
const STATUS_PAGE = 'https://status.invalid/';

type ResolvedAt = (entry: FeedEntry) => string | undefined;

/** When a resolved item of a dialect says it was resolved, where its text says so. */
const RESOLVED_AT = new Map<Dialect['read'], ResolvedAt>([
  [readStatuspageFeed, statuspageResolvedAt],
  [readXaiFeed, (entry) => parseFeedDate(RESOLVED_LINE.exec(htmlToText(entry.content))?.[1])],
]);

export function parseFeedHistory(body: string): Result<PageHistory> {
  // What the live reader refuses is refused here too.
  const read = readFeedBody(body);
  if (!read.ok) return read;
  const { doc, dialect } = read.value;
  if (!dialect) return fail('bad_payload', 'no feed dialect reads this feed');
  const resolvedAt = RESOLVED_AT.get(dialect.read);
  const intervals = doc.entries.flatMap((entry) =>
    // One item at a time, so that each record is known to be this item's; ids, the only rule that looks
    // across items, are not kept in a history.
    dialect.read({ ...doc, entries: [entry] }, STATUS_PAGE).flatMap((record) => intervalOf(record, entry, resolvedAt)),
  );
  return ok({ timeZone: 'UTC', records: [], intervals, uptimes: [] });
}

function intervalOf(record: FeedRecord, entry: FeedEntry, resolvedAt: ResolvedAt | undefined): TroubleInterval[] {
  if (record.kind === 'maintenance') {
    const { maintenance } = record;
    const startMs = msOfIso(maintenance.scheduledFor) ?? msOfIso(entry.published ?? entry.updated);
    return maintenance.inProgress && startMs !== undefined
      ? [troubleInterval(startMs, undefined, 'maintenance', historyTitle(maintenance.title), maintenance.componentIds)]
      : [];
  }
  const { incident, open } = record;
  const startMs = msOfIso(incident.startedAt);
  const level = troubleOf(incident.impact);
  if (startMs === undefined || !level) return [];
  const endMs = open ? undefined : (msOfIso(resolvedAt?.(entry)) ?? msOfIso(incident.updatedAt) ?? startMs);
  return [troubleInterval(startMs, endMs, level, historyTitle(incident.title), incident.componentIds)];
}

/** A Statuspage item's latest update whose word closes it; a postmortem is written after the fix, so it is not one. */
function statuspageResolvedAt(entry: FeedEntry): string | undefined {
  const closing = readUpdates(htmlToText(entry.content), entry.updated ?? entry.published).filter((update) => {
    const word = statusWord(update.word);
    return phaseOf(word) === 'resolved' && word !== 'postmortem';
  });
  return closing
    .map((update) => update.at)
    .filter((at): at is string => at !== undefined)
    .sort()
    .at(-1);
}
