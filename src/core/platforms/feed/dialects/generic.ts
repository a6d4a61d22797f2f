import { fromComponentStatus } from '../../../severity';
import { entryIds } from '../ids';
import { type FeedRecord, incidentRecord, maintenanceRecord } from '../record';
import { entryStatus, phaseOf, statusWord } from '../status';
import { htmlToText } from '../text';
import type { FeedDocument, FeedEntry } from '../xml';

/**
 * Any other RSS or Atom status feed. Nothing about its entries is known, so an entry only alarms when it
 * states its own state in a way that reads plainly:
 *
 * - a `Status: <word>` line in its body, or a category that is a status word (investigating, resolved,
 *   scheduled, ...): an incident or maintenance in that phase;
 * - a title ending in a component state, `<component> - <state>` (Site24x7 StatusIQ writes one item per
 *   component, "tmdb-api - Operational"): an operational component is no incident and is left out; a
 *   component in trouble is an open incident naming it, as bad as its state says.
 *
 * Everything else is history (resolved): it informs, it never raises the badge. Severity: a title's
 * component state is the page's own word for it; an open incident without one reads `degraded` and is
 * marked as stating no severity.
 *
 * Ids (see feed/ids): the guid, else the link, else for a `<component> - <state>` item its component,
 * since such an item is the component's state and not an incident with a name of its own.
 */

const TITLE_STATE = /^(.+?)\s+-\s+([A-Za-z][A-Za-z ]{1,40})$/;

export function readGenericFeed(doc: FeedDocument, statusPageUrl: string): FeedRecord[] {
  const ids = entryIds(doc, (entry) => componentOf(entry.title));
  return doc.entries.flatMap((entry, index) => {
    const id = ids[index];
    return id ? readEntry(entry, id, statusPageUrl) : [];
  });
}

/** The component a `<component> - <state>` title is about, when its state is a component state. */
function componentOf(title: string): string | undefined {
  const match = TITLE_STATE.exec(title);
  return match && fromComponentStatus(statusWord(match[2] ?? '')) !== 'unknown' ? match[1] : undefined;
}

function readEntry(entry: FeedEntry, id: string, statusPageUrl: string): FeedRecord[] {
  const text = htmlToText(entry.content);
  const titleState = TITLE_STATE.exec(entry.title);
  const stateWord = statusWord(titleState?.[2] ?? '');
  const componentSeverity = fromComponentStatus(stateWord);
  const status = entryStatus(text, entry.categories);
  const phase = phaseOf(status) ?? phaseOf(stateWord);
  const common = {
    id,
    title: entry.title,
    link: entry.link,
    componentIds: titleState?.[1] && componentSeverity !== 'unknown' ? [titleState[1]] : [],
  };

  if (!phase && componentSeverity === 'operational') return [];
  if (phase === 'completed') return [];
  if (phase === 'scheduled' || phase === 'maintaining' || componentSeverity === 'maintenance') {
    const inProgress = phase === 'maintaining' || componentSeverity === 'maintenance';
    return [maintenanceRecord({ ...common, status: status || stateWord, inProgress }, statusPageUrl)];
  }
  const troubled = !phase && componentSeverity !== 'unknown';
  const open = phase === 'open' || troubled;
  const updatedAt = entry.updated ?? entry.published;
  return [
    incidentRecord(
      {
        ...common,
        status: status || (troubled ? stateWord : ''),
        open,
        stated: [componentSeverity],
        startedAt: entry.published ?? entry.updated,
        updatedAt,
        latestUpdate: text ? { status: status || stateWord, body: text, at: updatedAt ?? '' } : undefined,
      },
      statusPageUrl,
    ),
  ];
}
