import type { Severity } from '../../../model';
import { fromComponentStatus } from '../../../severity';
import { entryIds } from '../ids';
import { type FeedRecord, incidentRecord, maintenanceRecord } from '../record';
import { phaseOf, STATUS_LINE, statusWord } from '../status';
import { htmlToText, oneLine } from '../text';
import type { FeedDocument, FeedEntry } from '../xml';

/**
 * Feeds whose entry body opens with a `Status:` line and ends with the affected components. One entry
 * per incident, holding its current state only.
 *
 * - incident.io (`feed.atom`, `history.atom`, `feed.rss`; `<generator>incident.io</generator>`):
 *   `<b>Status: Investigating</b><br/><br/>message<br/><br/><b>Affected components</b><ul><li>Search
 *   (Degraded performance)</li></ul>`. Severity: each component's state is machine-readable
 *   (Operational, Degraded performance, Partial outage, Full outage, Under maintenance), so an open
 *   incident reads as the worst state it lists; one that lists none reads `degraded`, marked unstated.
 * - Flashduty (status.deepseek.com `history.rss`, guids `urn:flashduty:change:<id>`):
 *   `<p><strong>Status:</strong> resolved</p><p>message</p><p><strong>Affected components:</strong> A, B</p>`.
 *   Severity: none is machine-readable (the bilingual titles say "Degraded Performance" or "Partially
 *   Unavailable" in prose only), so an open incident reads `degraded`, marked unstated: the prose is not
 *   read for words, as a title is free text in two languages.
 *
 * Ids (see feed/ids): incident.io's entry id is the incident's URL and Flashduty's guid its change number,
 * both minted once; a feed of unknown make gets the same rules as any other.
 *
 * A status word this reader does not know (incident.io pages in other languages write `Resolvido`) is
 * history, never an alarm.
 */

interface StatusBlock {
  status?: string;
  message: string;
  components: { name: string; severity: Severity }[];
}

const COMPONENTS_HEADING = /^Affected components[ \t]*:?[ \t]*(.*)$/im;
/** "Search (Degraded performance)": the parenthesis is a state only when it is a known one. */
const NAME_AND_STATE = /^(.*\S)\s*\(([^()]+)\)$/;

export function isIncidentIoFeed(doc: FeedDocument): boolean {
  return /incident\.io/i.test(doc.generator);
}

export function isFlashdutyFeed(doc: FeedDocument): boolean {
  return doc.entries.some((entry) => (entry.id ?? '').startsWith('urn:flashduty:'));
}

/** A feed of unknown make whose entries open with a `Status:` line reads the same way. */
export function hasStatusLines(doc: FeedDocument): boolean {
  return doc.entries.some((entry) => STATUS_LINE.test(htmlToText(entry.summary).split('\n')[0] ?? ''));
}

export function readStatusLineFeed(doc: FeedDocument, statusPageUrl: string): FeedRecord[] {
  const ids = entryIds(doc);
  return doc.entries.flatMap((entry, index) => readEntry(entry, ids[index] ?? '', statusPageUrl));
}

function readEntry(entry: FeedEntry, id: string, statusPageUrl: string): FeedRecord[] {
  if (!id) return [];
  // incident.io's Atom `summary` lists the components where its `content` may not: read both.
  const block = mergeBlocks(readBlock(htmlToText(entry.summary)), readBlock(htmlToText(entry.content)));
  const status = statusWord(block.status ?? '');
  const phase = phaseOf(status);
  const common = {
    id,
    title: entry.title,
    status,
    link: entry.link,
    componentIds: block.components.map((component) => component.name),
  };
  if (phase === 'completed') return [];
  if (phase === 'scheduled' || phase === 'maintaining') {
    return [maintenanceRecord({ ...common, inProgress: phase === 'maintaining' }, statusPageUrl)];
  }
  const open = phase === 'open';
  const updatedAt = entry.updated ?? entry.published;
  return [
    incidentRecord(
      {
        ...common,
        open,
        stated: block.components.map((component) => component.severity),
        startedAt: entry.published ?? entry.updated,
        updatedAt,
        latestUpdate: { status, body: block.message, at: updatedAt ?? '' },
      },
      statusPageUrl,
    ),
  ];
}

function readBlock(text: string): StatusBlock {
  const status = STATUS_LINE.exec(text);
  const heading = COMPONENTS_HEADING.exec(text);
  const messageStart = status ? status.index + status[0].length : 0;
  const messageEnd = heading ? heading.index : text.length;
  return {
    ...(status?.[1] ? { status: oneLine(status[1]) } : {}),
    message: text.slice(messageStart, Math.max(messageStart, messageEnd)).trim(),
    components: heading ? readComponents(heading[1] ?? '', text.slice(heading.index + heading[0].length)) : [],
  };
}

/** `Affected components: A, B` on one line (Flashduty), or one component a line after it (incident.io). */
function readComponents(sameLine: string, after: string): StatusBlock['components'] {
  const items = sameLine.trim() !== '' ? sameLine.split(/\s*,\s*/) : after.split('\n');
  return items.map(oneLine).filter(Boolean).map(readComponent);
}

function readComponent(item: string): StatusBlock['components'][number] {
  const match = NAME_AND_STATE.exec(item);
  const severity = match ? fromComponentStatus(statusWord(match[2] ?? '')) : 'unknown';
  return severity !== 'unknown' && match?.[1] ? { name: match[1], severity } : { name: item, severity: 'unknown' };
}

function mergeBlocks(a: StatusBlock, b: StatusBlock): StatusBlock {
  const status = a.status ?? b.status;
  return {
    ...(status ? { status } : {}),
    message: a.message || b.message,
    components: a.components.length > 0 ? a.components : b.components,
  };
}
