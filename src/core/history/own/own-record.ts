import type { KnownSeverity, State } from '../../model';
import { isKnown, rank } from '../../severity';
import { sameStoredValue } from '../../stored-schema';
import { boundText } from '../../text-hygiene';
import { DAY_MS, MINUTE_MS } from '../../time';
import { dayKeyOf, lastDayKeys, minutesByDay } from '../calendar';
import { noDataDay } from '../fold/fold-day';
import { type DayKey, HISTORY_DAYS, type HistoryDay, MAX_DAY_TITLES, type TroubleLevel } from '../model';

/**
 * What the radar itself saw, a day at a time, so that a page without any history endpoint still gets a strip
 * from the day the radar started watching it. It is written only when something changes: trouble begins or
 * ends (an episode opens or closes), a new title, a new day. A poll that sees what the last one saw writes
 * nothing, even in the middle of an outage: the open episode's minutes are counted up to now when read.
 */
export interface OwnDay {
  worst: KnownSeverity;
  minutes: Partial<Record<TroubleLevel, number>>;
  /** Minutes the page could not be read. */
  unchecked?: number;
  titles?: string[];
}

/** Trouble going on since `startMs` (or a page unreadable since then), not yet added to its days. */
export interface OwnEpisode {
  level: TroubleLevel | 'unchecked';
  startMs: number;
  titles?: string[];
}

export interface OwnProviderRecord {
  since: DayKey;
  days: Record<DayKey, OwnDay>;
  open?: OwnEpisode;
}

export interface OwnRecord {
  version: 1;
  /** The days the radar ran at all, in the user's zone: a day missing here is one it could not check. */
  checkedDays: DayKey[];
  providers: Record<string, OwnProviderRecord>;
}

export function emptyOwnRecord(): OwnRecord {
  return { version: 1, checkedDays: [], providers: {} };
}

/** A title is for a label: a long one is cut, as the popup would cut it anyway. */
const MAX_TITLE_LENGTH = 120;
const DAY_MINUTES = DAY_MS / MINUTE_MS;
/**
 * A day on which the page could not be read this long, and nothing wrong was seen otherwise, is not called
 * operational: the radar did not see enough of it. A shorter spell (a timeout or two) leaves the day as seen,
 * its label saying how long the page was unreadable.
 */
export const UNSEEN_DAY_MINUTES = 60;

export interface PollMoment {
  nowMs: number;
  /** The user's zone: the strip of a page without history is the user's calendar, not the page's. */
  timeZone: string;
  pollMs: number;
  /** The poll before this one. Longer ago than two polls, the radar was asleep or closed in between. */
  previousMs?: number;
}

function levelSeen(severity: State['providers'][string]['severity']): OwnEpisode['level'] | undefined {
  if (!isKnown(severity)) return 'unchecked';
  return severity === 'operational' ? undefined : severity;
}

function withTitles(kept: readonly string[] | undefined, titles: readonly string[]): string[] | undefined {
  const next = [...(kept ?? [])];
  for (const title of titles) {
    const bounded = boundText(title, MAX_TITLE_LENGTH);
    if (bounded && !next.includes(bounded) && next.length < MAX_DAY_TITLES) next.push(bounded);
  }
  return next.length > 0 ? next : undefined;
}

/** The days with an episode's minutes added, from its start to `endMs`. */
function addEpisode(days: Record<DayKey, OwnDay>, episode: OwnEpisode, endMs: number, timeZone: string): Record<DayKey, OwnDay> {
  const next = { ...days };
  for (const { day, minutes } of minutesByDay(episode.startMs, endMs, timeZone)) {
    const before: OwnDay = next[day] ?? { worst: 'operational', minutes: {} };
    const added: OwnDay = { ...before, minutes: { ...before.minutes } };
    // Trouble of under a minute still shows on its day.
    const whole = Math.max(1, Math.round(minutes));
    if (episode.level === 'unchecked') added.unchecked = Math.min(DAY_MINUTES, (added.unchecked ?? 0) + whole);
    else {
      added.minutes[episode.level] = Math.min(DAY_MINUTES, (added.minutes[episode.level] ?? 0) + whole);
      if (rank(episode.level) > rank(added.worst)) added.worst = episode.level;
      const titles = withTitles(added.titles, episode.titles ?? []);
      if (titles) added.titles = titles;
    }
    next[day] = added;
  }
  return next;
}

function pruned(days: Record<DayKey, OwnDay>, oldest: DayKey): Record<DayKey, OwnDay> {
  return Object.fromEntries(Object.entries(days).filter(([key]) => key >= oldest));
}

function recordProvider(
  before: OwnProviderRecord | undefined,
  provider: State['providers'][string],
  moment: PollMoment,
  oldest: DayKey,
): OwnProviderRecord {
  const { nowMs, pollMs, previousMs, timeZone } = moment;
  const asleep = previousMs !== undefined && nowMs - previousMs > 2 * pollMs;
  // The trouble seen now began at most one poll ago; after a sleep, only now is known.
  const seenFrom = asleep || previousMs === undefined ? nowMs : Math.max(previousMs, nowMs - pollMs);
  const level = levelSeen(provider.severity);
  const titles = level && level !== 'unchecked' ? (provider.reading?.incidents.map((incident) => incident.title) ?? []) : [];
  let days = before?.days ?? {};
  let open = before?.open;
  if (open && (open.level !== level || asleep)) {
    days = addEpisode(days, open, asleep && previousMs !== undefined ? previousMs : seenFrom, timeZone);
    open = undefined;
  }
  if (level && !open) open = { level, startMs: seenFrom };
  if (open && open.level !== 'unchecked') {
    const grown = withTitles(open.titles, titles);
    if (grown && grown.length !== (open.titles?.length ?? 0)) open = { ...open, titles: grown };
  }
  const since = before && before.since >= oldest ? before.since : before ? oldest : dayKeyOf(nowMs, timeZone);
  return { since, days: pruned(days, oldest), ...(open ? { open } : {}) };
}

/**
 * The record after one poll. Returns the same object when nothing changed, so that the caller writes nothing;
 * a provider no longer watched is forgotten, days older than the strip are dropped.
 */
export function recordPoll(record: OwnRecord, state: State, moment: PollMoment): OwnRecord {
  const today = dayKeyOf(moment.nowMs, moment.timeZone);
  const [oldest = today] = lastDayKeys(moment.nowMs, moment.timeZone, HISTORY_DAYS);
  const providers: OwnRecord['providers'] = {};
  for (const [id, provider] of Object.entries(state.providers)) {
    providers[id] = recordProvider(record.providers[id], provider, moment, oldest);
  }
  const checkedDays = record.checkedDays.filter((key) => key >= oldest);
  if (!checkedDays.includes(today)) checkedDays.push(today);
  const next: OwnRecord = { version: 1, checkedDays, providers };
  return sameStoredValue(next, record) ? record : next;
}

export interface OwnStripOptions {
  /**
   * Where an episode still open is counted to; `nowMs` when absent. The view the popup draws counts it to the
   * last full hour, so that a poll in an outage does not rewrite the view to add two minutes (background/history).
   */
  openCountedToMs?: number;
}

/** One provider's strip from the radar's own record, oldest day first, in the user's zone. */
export function ownStrip(
  record: OwnRecord,
  providerId: string,
  nowMs: number,
  timeZone: string,
  options: OwnStripOptions = {},
): HistoryDay[] {
  const watched = record.providers[providerId];
  const checked = new Set(record.checkedDays);
  const open = watched?.open;
  // The open episode counts up to now, as if it closed then. Counted to an earlier moment, it counts at least
  // its first minute, so that its day is marked as soon as it is seen (under a minute shows as one, as elsewhere).
  const counted = options.openCountedToMs;
  const openEnd = counted === undefined || !open ? nowMs : Math.max(Math.min(nowMs, counted), open.startMs + MINUTE_MS);
  const days = open && watched ? addEpisode(watched.days, open, openEnd, timeZone) : (watched?.days ?? {});
  const ongoingFrom = open && open.level !== 'unchecked' ? dayKeyOf(open.startMs, timeZone) : undefined;
  return lastDayKeys(nowMs, timeZone, HISTORY_DAYS).map((key): HistoryDay => {
    if (!watched || key < watched.since || !checked.has(key)) return noDataDay(key);
    const seen = days[key];
    if (!seen) return { day: key, level: 'operational', minutes: {}, titles: [] };
    const unseen = seen.worst === 'operational' && (seen.unchecked ?? 0) >= UNSEEN_DAY_MINUTES;
    return {
      day: key,
      level: unseen ? 'no_data' : seen.worst,
      minutes: seen.minutes,
      titles: seen.titles ?? [],
      ...(seen.unchecked ? { uncheckedMinutes: seen.unchecked } : {}),
      ...(ongoingFrom !== undefined && key >= ongoingFrom && !unseen ? { ongoing: true as const } : {}),
    };
  });
}
