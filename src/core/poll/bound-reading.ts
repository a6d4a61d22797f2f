import type { Component, Incident, IncidentUpdate, Maintenance, Reading, Severity } from '../model';
import { MAX_BODY_LENGTH, MAX_RECENT_INCIDENTS, MAX_TITLE_LENGTH } from '../platforms/platform';
import { isKnown, rank } from '../severity';
import { boundText, cleanText } from '../text-hygiene';
import { safeHttpsUrl } from '../urls';

/**
 * Every reading passes through here on its way into the State, whatever platform it came from: a feed may
 * send anything, and what is stored (storage.local has a quota) and shown must stay small and clean. Text
 * is cleaned and cut, lists are cut, links that are not https are dropped. Nothing is computed anew: the
 * reading's severity, each incident's impact and each component's severity stay as the parser set them,
 * so a cut list never hides an outage from the badge or the notifications.
 *
 * Titles, update bodies and the resolved list keep the parsers' caps. With every list and string full, one
 * reading is about 400,000 characters of JSON (twice that if every character needs escaping; see the test),
 * so a page that floods its feed cannot fill storage.local's quota on its own.
 */

export { MAX_BODY_LENGTH, MAX_RECENT_INCIDENTS, MAX_TITLE_LENGTH };
export const MAX_NAME_LENGTH = 200;
/** Platform words (investigating, degraded_performance, ...) are short; a long one is not a word. */
export const MAX_STATUS_LENGTH = 64;
/** Real ids are 12 to 45 characters (Statuspage, ULIDs, Google, feed guids). */
export const MAX_ID_LENGTH = 128;
/** An ISO time is 24 characters; a longer "time" is not one. */
export const MAX_TIME_LENGTH = 64;
export const MAX_URL_LENGTH = 1024;
export const MAX_OPEN_INCIDENTS = 25;
export const MAX_MAINTENANCES = 10;
export const MAX_COMPONENTS = 300;
/** Per incident or maintenance: the ids it names only label it in the popup; scoping is done by then. */
export const MAX_COMPONENT_IDS = 25;

export function boundReading(reading: Reading): Reading {
  return {
    // The parser's verdict, from the whole payload: never recomputed from the cut lists.
    severity: reading.severity,
    incidents: mostRelevant(reading.incidents, MAX_OPEN_INCIDENTS, (incident) => relevance(incident.impact)).map(boundIncident),
    components: mostRelevant(reading.components, MAX_COMPONENTS, (component) => relevance(component.severity)).map(
      boundComponent,
    ),
    maintenances: mostRelevant(reading.maintenances, MAX_MAINTENANCES, (maintenance) => (maintenance.inProgress ? 1 : 0)).map(
      boundMaintenance,
    ),
    // Already newest first: the newest are the ones worth keeping.
    ...(reading.recent ? { recent: reading.recent.slice(0, MAX_RECENT_INCIDENTS).map(boundIncident) } : {}),
    source: reading.source,
    fetchedAt: reading.fetchedAt,
    ...(reading.unstated ? { unstated: true } : {}),
    // Both are ours, not the feed's: an ISO time the parser wrote, and digests the poll computed.
    ...(reading.changesAt ? { changesAt: reading.changesAt } : {}),
    ...(reading.basis ? { basis: reading.basis } : {}),
  };
}

/**
 * At most `max` entries: the worst are kept, in the order the page gave them. A list that fits is left as
 * it is, so bounding twice changes nothing.
 */
export function mostRelevant<T>(list: readonly T[], max: number, score: (entry: T) => number): T[] {
  if (list.length <= max) return [...list];
  const kept = list
    .map((entry, index) => ({ index, score: score(entry) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .map(({ index }) => index)
    .sort((a, b) => a - b);
  return kept.flatMap((index) => list[index] ?? []);
}

/** Worse is more relevant; an unknown impact ranks below degraded and above maintenance. */
function relevance(severity: Severity): number {
  return isKnown(severity) ? rank(severity) : rank('degraded') - 0.5;
}

function boundIncident(incident: Incident): Incident {
  return {
    id: boundText(incident.id, MAX_ID_LENGTH),
    title: boundText(incident.title, MAX_TITLE_LENGTH),
    status: boundText(incident.status, MAX_STATUS_LENGTH),
    impact: incident.impact,
    startedAt: boundTime(incident.startedAt),
    updatedAt: boundTime(incident.updatedAt),
    ...(incident.latestUpdate ? { latestUpdate: boundUpdate(incident.latestUpdate) } : {}),
    url: boundUrl(incident.url),
    componentIds: boundIds(incident.componentIds),
    ...(incident.unstated ? { unstated: true } : {}),
  };
}

function boundUpdate(update: IncidentUpdate): IncidentUpdate {
  return {
    status: boundText(update.status, MAX_STATUS_LENGTH),
    body: boundText(update.body, MAX_BODY_LENGTH),
    at: boundTime(update.at),
  };
}

function boundMaintenance(maintenance: Maintenance): Maintenance {
  const scheduledFor = maintenance.scheduledFor === undefined ? '' : boundTime(maintenance.scheduledFor);
  const scheduledUntil = maintenance.scheduledUntil === undefined ? '' : boundTime(maintenance.scheduledUntil);
  return {
    id: boundText(maintenance.id, MAX_ID_LENGTH),
    title: boundText(maintenance.title, MAX_TITLE_LENGTH),
    status: boundText(maintenance.status, MAX_STATUS_LENGTH),
    // The parsers leave these out rather than empty; a time that was not one is left out the same way.
    ...(scheduledFor ? { scheduledFor } : {}),
    ...(scheduledUntil ? { scheduledUntil } : {}),
    inProgress: maintenance.inProgress,
    url: boundUrl(maintenance.url),
    componentIds: boundIds(maintenance.componentIds),
  };
}

function boundComponent(component: Component): Component {
  const groupId = component.groupId === undefined ? '' : boundText(component.groupId, MAX_ID_LENGTH);
  return {
    id: boundText(component.id, MAX_ID_LENGTH),
    name: boundText(component.name, MAX_NAME_LENGTH),
    severity: component.severity,
    status: boundText(component.status, MAX_STATUS_LENGTH),
    ...(groupId ? { groupId } : {}),
  };
}

/** A time too long to be one reads as no time (''), as the parsers write a missing one; it is never cut into a wrong one. */
function boundTime(time: string): string {
  const clean = cleanText(time);
  return clean.length <= MAX_TIME_LENGTH ? clean : '';
}

/** Each id once, none empty, at most MAX_COMPONENT_IDS, in the page's order. */
function boundIds(ids: readonly string[]): string[] {
  const kept = new Set<string>();
  for (const id of ids) {
    if (kept.size >= MAX_COMPONENT_IDS) break;
    const bounded = boundText(id, MAX_ID_LENGTH);
    if (bounded) kept.add(bounded);
  }
  return [...kept];
}

/**
 * Only an https link without credentials is kept, in its normalized form (percent-encoded, so no control
 * or bidi character survives in it); anything else becomes '' and the views and notifications fall back to
 * the status page. The views still check the host (`safeStatusLink`): this is the second lock, not the first.
 */
export function boundUrl(url: string): string {
  if (url.length > MAX_URL_LENGTH) return '';
  const parsed = safeHttpsUrl(url);
  return parsed && parsed.href.length <= MAX_URL_LENGTH ? parsed.href : '';
}
