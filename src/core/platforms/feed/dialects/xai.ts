import type { Severity } from '../../../model';
import { fromComponentStatus } from '../../../severity';
import { hostOf } from '../../../urls';
import { parseFeedDate } from '../dates';
import { guidKey, linkKey, publishedKey } from '../ids';
import { type FeedRecord, incidentRecord } from '../record';
import { entryStatus, phaseOf, statusWord } from '../status';
import { htmlToText, oneLine } from '../text';
import type { FeedDocument, FeedEntry } from '../xml';

/**
 * status.x.ai `feed.xml`: channel "xAI System Status" (older) or "SpaceXAI System Status" (current). One
 * item per incident and component: the component leads the title in brackets (`[Grok (Web)] Models
 * outage`) and the same incident shows once per component under one guid, which `mergeById` folds into
 * one incident naming them all. The CDATA body reads `Status: RESOLVED`, `Severity: available`, an
 * optional `Resolved: <date>`, then the updates (date, heading, text) in either order. The item's
 * categories repeat the severity and the state (`available`/`resolved`, `outage`/`active`).
 *
 * Components: each item's link is `https://status.x.ai/<product>/<incident>`, and `<product>` is the slug
 * the page itself keys the product by (`grok-com` for "Grok (Web)", whose page data is `grok-com.txt`;
 * `ios-app`, `android-app`, `grok-in-x`, `api-us-east-1`, `api-console`, `single-sign-on`). The slug is the
 * component id, as an id survives a rename that the bracketed name does not; the name is kept only for an
 * item whose link has no slug. The feed lists no component states, so the snapshot lists no components.
 *
 * Ids: the guid (`INC<hex>`), shared on purpose by the copies of one incident; else the incident part of
 * the link, which the copies share too; else when it was first published.
 *
 * Severity: xAI's own three words. `outage` is its worst (the page paints it red; the real incidents
 * under it are "Models outage", "... unavailable") and reads `major_outage`. `disruption` is what it
 * writes for elevated error rates, lost context or slow answers, which is what `degraded` means here;
 * `partial_outage` would claim more than the word says. `available` is no trouble: an open incident that
 * says so reads `operational`, and on a resolved one it is the state after the fix, not the impact.
 */

const XAI_SEVERITY = new Map<string, Severity>(
  Object.entries({ outage: 'major_outage', disruption: 'degraded', available: 'operational' }),
);

const COMPONENT_TAG = /^\[([^\]]{1,200})\]\s*(.*)$/;
const SEVERITY_LINE = /^Severity:[ \t]*(\S.*)$/im;
export const RESOLVED_LINE = /^Resolved:[ \t]*(\S.*)$/im;
const UPDATES_HEADING = /^Updates:[ \t]*$/im;
/** `/<product>/<incident>`: a lowercase slug, then the incident's own segment. */
const PRODUCT_PATH = /^\/([a-z0-9][a-z0-9-]{0,62})\/([^/?#]+)\/?$/;

interface Update {
  at: string;
  heading: string;
  body: string;
}

export function isXaiFeed(doc: FeedDocument): boolean {
  return /xai system status/i.test(doc.title) || hostOf(doc.link) === 'status.x.ai';
}

export function readXaiFeed(doc: FeedDocument, statusPageUrl: string): FeedRecord[] {
  return doc.entries.flatMap((entry) => readItem(entry, statusPageUrl));
}

function readItem(entry: FeedEntry, statusPageUrl: string): FeedRecord[] {
  const id = itemId(entry);
  if (!id) return [];
  const tag = COMPONENT_TAG.exec(entry.title);
  const text = htmlToText(entry.content);
  const categories = entry.categories.map(statusWord);
  const status = entryStatus(text, entry.categories);
  const open = phaseOf(status) === 'open';
  const severityWord = categories.find((word) => XAI_SEVERITY.has(word)) ?? statusWord(SEVERITY_LINE.exec(text)?.[1] ?? '');
  const stated = XAI_SEVERITY.get(severityWord) ?? fromComponentStatus(severityWord);

  const updates = readUpdates(text);
  const latest = updates.reduce<Update | undefined>((best, update) => (!best || update.at > best.at ? update : best), undefined);
  const times = [entry.updated, ...updates.map((update) => update.at)].filter((at): at is string => at !== undefined).sort();
  const resolvedAt = parseFeedDate(RESOLVED_LINE.exec(text)?.[1]);
  const updatedAt = latest?.at ?? resolvedAt ?? entry.updated;
  return [
    incidentRecord(
      {
        id,
        title: tag ? oneLine(tag[2] ?? '') : entry.title,
        status,
        open,
        stated: [stated],
        startedAt: times[0],
        updatedAt,
        latestUpdate: latest
          ? { status, body: [latest.heading, latest.body].filter(Boolean).join('\n'), at: latest.at }
          : undefined,
        link: entry.link,
        componentIds: productOf(entry.link) ?? (tag?.[1] ? [oneLine(tag[1])] : []),
      },
      statusPageUrl,
    ),
  ];
}

function productOf(link: string | undefined): string[] | undefined {
  const slug = PRODUCT_PATH.exec(linkKey(link) ?? '')?.[1];
  return slug ? [slug] : undefined;
}

/** Not the rules of feed/ids: here a guid shared by several items is one incident's, and the copies must merge. */
function itemId(entry: FeedEntry): string | undefined {
  const incident = PRODUCT_PATH.exec(linkKey(entry.link) ?? '')?.[2];
  return guidKey(entry.id) ?? incident ?? publishedKey(entry, 'rss');
}

/** After "Updates:", each update starts on a line that is a date; its heading and text follow. */
function readUpdates(text: string): Update[] {
  const heading = UPDATES_HEADING.exec(text);
  if (!heading) return [];
  const updates: Update[] = [];
  for (const line of text.slice(heading.index + heading[0].length).split('\n')) {
    const at = parseFeedDate(line);
    const current = updates[updates.length - 1];
    if (at) updates.push({ at, heading: '', body: '' });
    else if (!current || line === '') continue;
    else if (current.heading === '') current.heading = line;
    else current.body = current.body ? `${current.body}\n${line}` : line;
  }
  return updates;
}
