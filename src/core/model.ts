/** The design's severity words. `unknown` stands apart: it is never better or worse than a reading. */
export type Severity = 'operational' | 'maintenance' | 'degraded' | 'partial_outage' | 'major_outage' | 'unknown';

export type KnownSeverity = Exclude<Severity, 'unknown'>;

export type Category = 'chat' | 'coding' | 'api';

/**
 * The status-page platforms the core can read. `statuspage` also reads incident.io's Statuspage-compatible
 * `/api/v2/*`; `incidentio` is incident.io's own page JSON (`/proxy/<host>`); `feed` is any Atom or RSS status feed.
 */
export type PlatformName =
  | 'statuspage'
  | 'incidentio'
  | 'google-cloud'
  | 'google-workspace'
  | 'feed'
  | 'betterstack'
  | 'instatus'
  | 'flashduty';

/** Where a provider's data comes from. Sources are tried in order; the first that reads wins. */
export interface Source {
  platform: PlatformName;
  url: string;
  /**
   * The body's typical size in KB (1000 bytes), as the real page sends it uncompressed: how heavy a fetch is
   * when the host sends no validator (core/poll/pace). Every built-in source declares it; a page the user
   * added may not, and then the size its last answer had is what counts.
   */
  weightKB?: number;
}

/** An assistant with no public status source is offered as an alternative but never read as healthy. */
export function hasStatusSource(provider: Pick<Provider, 'sources'>): boolean {
  return provider.sources.length > 0;
}

export interface Provider {
  id: string;
  name: string;
  category: Category;
  /** Where the user goes to use the assistant. */
  chatUrl: string;
  /** The human status page; incident links are built on its origin. Absent: no public status page. */
  statusPageUrl?: string;
  /** Tried in order until one reads. Empty for an assistant with no public status source. */
  sources: readonly Source[];
  /**
   * Component ids that matter for this provider; absent means the whole page. Google pages use product
   * ids; feeds that only name components in text use those names.
   */
  componentIds?: readonly string[];
}

export interface IncidentUpdate {
  status: string;
  body: string;
  at: string;
}

export interface Incident {
  id: string;
  title: string;
  /** The platform's own word: investigating, identified, monitoring, resolved, ... */
  status: string;
  impact: Severity;
  startedAt: string;
  updatedAt: string;
  latestUpdate?: IncidentUpdate;
  url: string;
  componentIds: string[];
  /**
   * The page states no severity for this incident (most RSS feeds, Flashduty's feed): `impact` is then the
   * floor, `degraded`, and the incident is shown as "posted, no severity stated", never as a made-up level.
   */
  unstated?: true;
}

export interface Component {
  id: string;
  name: string;
  severity: Severity;
  /** The platform's own word, e.g. degraded_performance. */
  status: string;
  groupId?: string;
}

export interface Maintenance {
  id: string;
  title: string;
  /** The platform's own word: scheduled, in_progress, verifying, completed. */
  status: string;
  scheduledFor?: string;
  scheduledUntil?: string;
  /** Under way now: the page reads `maintenance` while it lasts. */
  inProgress: boolean;
  url: string;
  componentIds: string[];
}

/** What one source said at one moment, normalized. */
export interface Reading {
  severity: KnownSeverity;
  incidents: Incident[];
  components: Component[];
  maintenances: Maintenance[];
  /** Resolved incidents the source still lists, newest first (bounded). */
  recent?: Incident[];
  /** The URL that answered. */
  source: string;
  fetchedAt: string;
  /**
   * The severity stands only on incidents that state none (see `Incident.unstated`): shown as "incident
   * posted" rather than as its floor, and told under the default threshold.
   */
  unstated?: true;
  /**
   * The first instant after `fetchedAt` at which the same body would read otherwise (an incident's announced
   * end, a maintenance window opening or closing): a reading kept for an unchanged body is made again from
   * then on. Absent: the body reads the same at any time.
   */
  changesAt?: string;
  /** What the reading was made from, so that the same body read the same way is not parsed again (core/poll/reuse). */
  basis?: ReadingBasis;
}

/** Digests (core/fetch/digest), not the things themselves: a few characters each in storage. */
export interface ReadingBasis {
  /** The body that was parsed. */
  body: string;
  /** How it was read: the platform, the source, the status page, the components in scope and the build that read it. */
  scope: string;
}

/**
 * `partial_view`: the source answered, but shows too few of the components that matter for this assistant
 * (a capped fallback) to say it is operational.
 */
export type ReadErrorKind =
  | 'timeout'
  | 'offline'
  | 'http'
  | 'challenge'
  | 'bad_payload'
  | 'redirected'
  | 'too_large'
  | 'partial_view';

export interface ReadError {
  kind: ReadErrorKind;
  message: string;
  /** HTTP status, when the server answered with one. */
  status?: number;
  /** How long the server asked us to wait (its Retry-After), in milliseconds. */
  retryAfterMs?: number;
  source: string;
  at: string;
}

export interface ProviderState {
  /** The effective severity: the fresh reading's, or `unknown` when the last poll could not read. */
  severity: Severity;
  /** The last good reading; kept when a later poll fails. */
  reading?: Reading;
  /** Set when the last poll failed; the reading (if any) is then stale. */
  error?: ReadError;
  /** When the current run of failed polls began; absent while the source reads. */
  failingSince?: string;
  checkedAt: string;
}

/** A source that keeps failing is tried less often: how often it failed in a row, and when to try it again. */
export interface SourceBackoff {
  failures: number;
  /** Epoch ms: scheduled polls skip the source until then; a Refresh by the user does not. */
  retryAt: number;
  /** Why it failed last: a skipped source reads as this failure again. */
  failure: { kind: ReadErrorKind; message: string; status?: number; retryAfterMs?: number };
}

/**
 * What the last body a source answered weighed. No time and no content digest here: when it was fetched is its
 * readings' `fetchedAt`, and which body they were read from is their `basis`; so this changes only when the
 * body's size or its validators do, and a quiet poll leaves it as it was.
 */
export interface SourceMemo {
  /** The body's size in UTF-8 bytes, uncompressed. */
  bytes: number;
  /** It came with an ETag or a Last-Modified: the browser revalidates it, and a 304 costs a few hundred bytes. */
  validated: boolean;
  /**
   * Its body was not the one its readings were made from: something changed at this fetch. The next poll reads
   * it again whatever its pace, so that a change is confirmed, and told, one poll later, not one pace later.
   */
  changed?: true;
}

export interface State {
  version: 1;
  checkedAt?: string;
  providers: Record<string, ProviderState>;
  /** By source URL; only sources that are failing now have an entry. */
  backoff?: Record<string, SourceBackoff>;
  /** By source URL: what its last answer weighed, for pacing (core/poll/pace). Only URLs still watched. */
  sources?: Record<string, SourceMemo>;
  /**
   * The last write did not fit the browser's storage quota whole: history was left out to save the
   * readings themselves. The popup says so; the next write that fits whole drops the mark.
   */
  shed?: true;
}

/** Silence notifications for one assistant: until a time, or until one incident is over. */
export interface Snooze {
  providerId: string;
  /** Epoch ms; absent when the snooze lasts until `incidentId` resolves. */
  until?: number;
  incidentId?: string;
}

/** A daily window, in minutes after local midnight; it may cross midnight (22:00 to 07:00). */
export interface QuietHours {
  enabled: boolean;
  startMinutes: number;
  endMinutes: number;
  /** During the window, a major outage still notifies. */
  majorOutagesBreakThrough: boolean;
}

export interface NotificationSettings {
  enabled: boolean;
  /** The least severity that notifies; maintenance is a switch of its own. */
  minSeverity: Exclude<KnownSeverity, 'operational' | 'maintenance'>;
  maintenance: boolean;
  /** One quiet notice when an assistant's page has been unreadable for a long time. */
  unreadable: boolean;
  /**
   * Also when the user's own requests to an assistant keep failing while its page says nothing is wrong
   * (issue 17): off until the user turns it on, and only for the assistants observed (Settings.ownTraffic).
   */
  ownTraffic: boolean;
  /** Assistants the user never wants notifications for. */
  muted: string[];
  snoozes: Snooze[];
  quietHours: QuietHours;
}

/** A status page the user added: watched like a built-in assistant, through what discovery found. */
export interface CustomPage {
  /** `custom:<host>`: never the id of a built-in assistant. */
  id: string;
  name: string;
  category: Category;
  statusPageUrl: string;
  /** Where the assistant is used; the status page when the user gave none. */
  chatUrl: string;
  platform: PlatformName;
  sources: Source[];
}

export interface Settings {
  version: 3;
  /** Watched assistants in the user's order: the order alternatives are offered in, among equals. */
  watched: string[];
  pollMinutes: number;
  notifications: NotificationSettings;
  /** Per assistant, the component ids that matter; absent: the catalog's choice. */
  components: Record<string, string[]>;
  customPages: CustomPage[];
  /** Switch to an already open tab of an assistant (needs the optional "tabs" permission). */
  focusOpenTabs: boolean;
  /**
   * The assistants whose requests, made by the user in their own web app, the radar may observe (issue 17):
   * ids with a traffic scope (core/catalog/traffic). The browser's `webRequest` and the app's host are asked for
   * when one is turned on; none is on until the user turns it on.
   */
  ownTraffic: string[];
}
