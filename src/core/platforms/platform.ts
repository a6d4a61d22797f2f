import { stringOr } from '../fetch/body';
import type { Component, Incident, Maintenance, Reading, Severity } from '../model';
import type { Result } from '../result';
import { cutText } from '../text-hygiene';

export interface ParseContext {
  /** The URL that answered, recorded on the Reading. */
  source: string;
  /** The human status page; incident links are built on its origin, never on a URL from the payload. */
  statusPageUrl: string;
  /** Component ids the provider cares about; absent reads the whole page. */
  componentIds?: readonly string[];
  fetchedAt: string;
}

/**
 * What one payload says about the whole page, before it is read for one provider. Each platform's parser
 * produces this; `readingFrom` then applies the provider's scope and the design's severity rule, the same
 * way for every platform.
 */
export interface PageSnapshot {
  /** The page's own overall word, when it has one (Statuspage indicator, Instatus page status, ...). */
  pageSeverity?: Severity;
  /**
   * The page's own summary word already weighs its monitors (Better Stack's `aggregate_state`): a whole-page
   * reading takes it instead of its worst component. A provider scoped to components still reads those.
   */
  pageWordDecides?: true;
  /** What this kind of payload can tell: a status.json lists neither components nor incidents. */
  lists: { components: boolean; incidents: boolean };
  components: Component[];
  /** Open incidents only. */
  incidents: Incident[];
  /** Maintenances not yet finished (scheduled or in progress). */
  maintenances: Maintenance[];
  /** Resolved incidents, newest first. */
  recent: Incident[];
  /** The first instant after `fetchedAt` at which this body would read otherwise (see `Reading.changesAt`). */
  changesAt?: string;
}

export type SnapshotParser = (body: string, context: ParseContext) => Result<PageSnapshot>;

export type Parser = (body: string, context: ParseContext) => Result<Reading>;

/** Feed text is untrusted and unbounded; these caps keep storage and the popup small. */
export const MAX_TITLE_LENGTH = 300;
export const MAX_BODY_LENGTH = 2_000;
export const MAX_RECENT_INCIDENTS = 5;

/** Trimmed, and cut between code points: a cut through a surrogate pair would leave half an emoji. */
export function clip(text: string, max: number): string {
  return cutText(text.trim(), max);
}

/** A payload's title: its text when it is a string, else empty; trimmed and clipped to the cap. */
export function titleText(value: unknown): string {
  return clip(stringOr(value, ''), MAX_TITLE_LENGTH);
}

/** A payload's update text, as `titleText` is its title. */
export function bodyText(value: unknown): string {
  return clip(stringOr(value, ''), MAX_BODY_LENGTH);
}

/** A component as every platform lists it: its name clipped (its id when it has none), a group only when it has one. */
export function componentEntry(fields: {
  id: string;
  name: unknown;
  severity: Severity;
  status: string;
  groupId: string | undefined;
}): Component {
  const { id, name, severity, status, groupId } = fields;
  return { id, name: clip(stringOr(name, id), MAX_TITLE_LENGTH), severity, status, ...(groupId ? { groupId } : {}) };
}

/** The incident's page on the status page's own host; the status page itself when the id cannot be a path. */
export function incidentUrl(statusPageUrl: string, id: string): string {
  try {
    return new URL(`/incidents/${encodeURIComponent(id)}`, statusPageUrl).href;
  } catch {
    // A lone surrogate in an id makes encodeURIComponent throw; a bad base makes URL throw.
    return statusPageUrl;
  }
}

/**
 * The earliest of `instants` (epoch ms) after `now`, as an ISO time: the moment a body that names these times
 * reads otherwise (`PageSnapshot.changesAt`). Undefined when none is ahead, or `now` cannot be read.
 */
export function firstAfter(instants: readonly number[], now: number): string | undefined {
  let first = Number.POSITIVE_INFINITY;
  for (const instant of instants) if (instant > now && instant < first) first = instant;
  return Number.isFinite(first) && Number.isFinite(now) ? new Date(first).toISOString() : undefined;
}

export function emptySnapshot(lists: PageSnapshot['lists']): PageSnapshot {
  return { lists, components: [], incidents: [], maintenances: [], recent: [] };
}
