import type { KnownSeverity } from '../model';

/**
 * The past of a status page, as the 90-day strip and the reliability ranking read it. Platforms publish it in
 * two forms: days already summed (Better Stack's `status_history`, Statuspage's `uptime_showcase`, Flashduty's
 * structure) and intervals (incident.io's component impacts, incident lists, the radar's own readings). Both end
 * as `HistoryDay`s in the page's own calendar.
 */

/** How many days the strip shows, and the most any history keeps. */
export const HISTORY_DAYS = 90;

/** A day's mark: the worst level seen that day, or that nothing is known of it. */
export type DayLevel = KnownSeverity | 'no_data';

/** The levels whose minutes are counted: everything but operational. */
export type TroubleLevel = Exclude<KnownSeverity, 'operational'>;

/** A calendar day, `YYYY-MM-DD`, in the time zone of the page that reported it. */
export type DayKey = string;

/** A stretch of trouble on some components, from a platform's history or from the radar's own readings. */
export interface TroubleInterval {
  startMs: number;
  /** Absent while it is still going on: it runs to "now" when folded. */
  endMs?: number;
  level: TroubleLevel;
  /** The incident's title, when the platform gives one (untrusted text, shown as text). */
  title?: string;
  /** The components it touched, when known; scoping keeps only an assistant's own. */
  componentIds?: readonly string[];
}

/** A day as a platform summed it, before scoping and folding. */
export interface DayRecord {
  day: DayKey;
  /** The platform's own word for the day, mapped; `operational` when it says nothing went wrong. */
  level: KnownSeverity;
  /** Minutes by level, when the platform gives durations (Better Stack seconds, Statuspage `outages`). */
  minutes?: Partial<Record<TroubleLevel, number>>;
  titles?: readonly string[];
  /** The component this day belongs to, when the platform reports per component. */
  componentId?: string;
}

/** Uptime as the platform itself publishes it; never computed from incident counts. */
export interface PublishedUptime {
  /** 0 to 100. */
  percent: number;
  /** Days it covers, as the platform says (90 when it says nothing else). */
  days: number;
  componentId?: string;
}

/** What one history endpoint said, parsed, before it is tied to an assistant. */
export interface PageHistory {
  /** The IANA zone the page's days are in ("UTC" when it does not say). */
  timeZone: string;
  records: readonly DayRecord[];
  intervals: readonly TroubleInterval[];
  uptimes: readonly PublishedUptime[];
  /** The first moment the platform has data for, when it says (incident.io `data_available_since`). */
  dataSinceMs?: number;
}

/** One day of an assistant's strip. */
export interface HistoryDay {
  day: DayKey;
  level: DayLevel;
  /** Minutes of trouble by level, where the source gives durations; empty otherwise. */
  minutes: Partial<Record<TroubleLevel, number>>;
  /** Up to MAX_DAY_TITLES incident titles, worst first, for the day's label. */
  titles: readonly string[];
  /** The radar's own record only: minutes it could not read the page that day (it never guesses them). */
  uncheckedMinutes?: number;
  /** Trouble the radar sees is still going on: the day's minutes are so far, not the day's whole. */
  ongoing?: true;
  /** The user's own requests to the assistant failed that day (issue 17, where the user turned it on). */
  ownFailures?: true;
}

/** At most this many titles are kept a day: a day is a few bytes, and a label names the worst. */
export const MAX_DAY_TITLES = 3;
