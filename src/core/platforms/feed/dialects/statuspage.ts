import { parseMonthDayTime } from '../dates';
import { entryIds } from '../ids';
import { type FeedRecord, incidentRecord, maintenanceRecord } from '../record';
import { isMaintenancePhase, phaseOf, statusWord } from '../status';
import { htmlToText } from '../text';
import type { FeedDocument, FeedEntry } from '../xml';

/**
 * Atlassian Statuspage `history.atom` and `history.rss` (and pages that copy its RSS, e.g. OnlineOrNot).
 * One entry per incident or maintenance; its HTML holds the updates, newest first, each
 * `<p><small>Sep 22, 02:35 UTC</small><br><strong>Resolved</strong> - text</p>`. The latest update's word
 * decides: Resolved or Postmortem closes an incident; Scheduled, In progress, Verifying or Completed
 * anywhere in its updates makes the entry a maintenance.
 *
 * Severity: the feed has no impact field and no component list (the captured status.claude.com feed names
 * no component anywhere, not even "This incident affected"), so an open incident reads `degraded`, marked
 * as stating no severity, and names no component; the Statuspage JSON is the source that knows more.
 *
 * Ids: the incident code in the entry's link (`/incidents/<code>`), which is the JSON API's id, so that one
 * incident keeps one id whichever source answered; else the feed rules of feed/ids (the entry id
 * `tag:<host>,2005:Incident/<number>` is minted once).
 */

/** A stamp and a status word at the start of a line: "Sep 22, 02:35 UTC" then "Resolved - ...". */
const UPDATE_HEADER =
  /^([A-Z][a-z]{2,8}\.? \d{1,2},? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)? [A-Za-z]{1,5})\s+([A-Za-z][A-Za-z ]{0,30}?) -(?= |\n|$)/gm;
/** "THIS IS A SCHEDULED EVENT Jan 16, 12:00 - 16:00 GMT" or "... Jan 16, 22:00 - Jan 17, 02:00 GMT". */
const SCHEDULED_EVENT =
  /SCHEDULED EVENT ([A-Z][a-z]{2,8}\.? \d{1,2},?) (\d{1,2}:\d{2}(?: ?[AP]M)?) - (?:([A-Z][a-z]{2,8}\.? \d{1,2},?) )?(\d{1,2}:\d{2}(?: ?[AP]M)?) ([A-Za-z]{1,5})/i;

interface Update {
  word: string;
  at?: string | undefined;
  body: string;
}

export function isStatuspageFeed(doc: FeedDocument): boolean {
  return (
    doc.description === 'Statuspage' ||
    /^tag:[^,]+,2005:\/history$/.test(doc.id ?? '') ||
    doc.entries.some((entry) => /^tag:[^,]+,2005:(Incident|Maintenance)\//.test(entry.id ?? ''))
  );
}

export function readStatuspageFeed(doc: FeedDocument, statusPageUrl: string): FeedRecord[] {
  const ids = entryIds(doc);
  return doc.entries.flatMap((entry, index) => readEntry(entry, codeFromLink(entry.link) ?? ids[index] ?? '', statusPageUrl));
}

/** The JSON API's incident code, from the entry's link. */
function codeFromLink(link: string | undefined): string | undefined {
  return link?.match(/\/incidents\/([a-z0-9]+)\/?$/)?.[1];
}

function readEntry(entry: FeedEntry, id: string, statusPageUrl: string): FeedRecord[] {
  if (!id) return [];
  const anchor = entry.updated ?? entry.published;
  const text = htmlToText(entry.content);
  const updates = readUpdates(text, anchor);
  const latest = newest(updates);
  const status = latest ? statusWord(latest.word) : '';
  const words = updates.map((update) => statusWord(update.word));
  const common = { id, title: entry.title, link: entry.link, componentIds: [] };

  if (words.some((word) => isMaintenancePhase(phaseOf(word)))) {
    // "Update" keeps the phase the maintenance was in: read the latest word that names one.
    const phase = phaseOf(words.find((word) => word !== 'update') ?? '');
    if (phase === 'completed' || phase === 'resolved') return [];
    const window = scheduledWindow(text, anchor);
    return [maintenanceRecord({ ...common, status, inProgress: phase === 'maintaining', ...window }, statusPageUrl)];
  }

  // A word this reader does not know is history, never an alarm.
  const open = phaseOf(status) === 'open';
  const times = updates.map((update) => update.at).filter((at): at is string => at !== undefined);
  return [
    incidentRecord(
      {
        ...common,
        status,
        open,
        stated: [],
        startedAt: times.sort()[0] ?? entry.published ?? entry.updated,
        updatedAt: entry.updated ?? entry.published ?? latest?.at,
        latestUpdate: latest ? { status, body: latest.body, at: latest.at ?? anchor ?? '' } : undefined,
      },
      statusPageUrl,
    ),
  ];
}

/** The updates in the order the entry lists them (newest first on Statuspage). */
export function readUpdates(text: string, anchor: string | undefined): Update[] {
  const headers = [...text.matchAll(UPDATE_HEADER)];
  return headers.map((header, index) => {
    const start = (header.index ?? 0) + header[0].length;
    const end = headers[index + 1]?.index ?? text.length;
    return {
      word: header[2] ?? '',
      at: parseMonthDayTime(header[1] ?? '', anchor),
      body: text.slice(start, end).trim(),
    };
  });
}

/** The latest update by its stamp; by position (newest first) when stamps cannot be read. */
function newest(updates: Update[]): Update | undefined {
  const first = updates[0];
  if (!first) return undefined;
  return updates.reduce((best, update) => (update.at && best.at && Date.parse(update.at) > Date.parse(best.at) ? update : best));
}

function scheduledWindow(text: string, anchor: string | undefined) {
  const match = SCHEDULED_EVENT.exec(text);
  if (!match) return {};
  const [, startDay, startTime, endDay, endTime, zone] = match;
  const scheduledFor = parseMonthDayTime(`${startDay} ${startTime} ${zone}`, anchor);
  const scheduledUntil = parseMonthDayTime(`${endDay ?? startDay} ${endTime} ${zone}`, scheduledFor ?? anchor);
  return { scheduledFor, scheduledUntil };
}
