import type { HistoryDay, PublishedUptime } from '../../core/history/model';
import type { AssistantHistory } from '../../core/history/view/view';
import type { Translate } from '../../core/i18n';
import { MINUTES_AN_HOUR } from '../../core/time';
import type { ReliabilityFigure } from '../../core/view/reliability';
import { OUTAGE_MINUTES } from '../../core/view/reliability-order';
import { formatCount, type PluralKeys, plural } from '../../ui/plural';

/**
 * The history's words: a day's label, a reliability figure, the published uptime and where the days come
 * from. Pure functions of the data and the language, so that the components stay small and the tests can
 * read the same words the screen shows.
 */

/** A day key is a calendar date, not an instant: it is formatted at noon UTC, in UTC, so no zone shifts it. */
function dayMs(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/** "Jul 16", "16. Juli", "16 juil.", as the language writes a short date. */
export function shortDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(dayMs(day));
}

function longDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(dayMs(day));
}

/** "42 min", "2 h", "2 h 10 min": whole minutes, the form a status page writes a duration in. */
export function durationText(minutes: number, t: Translate, language: string): string {
  const whole = Math.round(minutes);
  if (whole < MINUTES_AN_HOUR) return t('historyDurationMinutes', formatCount(whole, language));
  const hours = formatCount(Math.floor(whole / MINUTES_AN_HOUR), language);
  const rest = whole % MINUTES_AN_HOUR;
  return rest === 0 ? t('historyDurationHours', hours) : t('historyDurationHoursMinutes', [hours, formatCount(rest, language)]);
}

/**
 * What one mark says: "Jul 16: Major outage, 2 h 11 min — Hub unavailable". The minutes are the day's worst
 * level's, when the source gives them; unchecked minutes (the radar's own record) are said as such, never
 * counted as good or bad time; the first title is the worst incident's (the folds keep them worst first).
 */
export function dayLabel(day: HistoryDay, t: Translate, language: string): string {
  const level = day.level === 'no_data' ? t('historyDayNoData') : t(`severity_${day.level}`);
  let label = t('historyDay', [shortDate(day.day, language), level]);
  const minutes = day.level === 'no_data' || day.level === 'operational' ? undefined : day.minutes[day.level];
  if (minutes !== undefined && minutes > 0) label = t('historyDayTime', [label, durationText(minutes, t, language)]);
  if (day.uncheckedMinutes) label = t('historyDayUnchecked', [label, durationText(day.uncheckedMinutes, t, language)]);
  // Its minutes are those up to the view's last hour: said as "so far", never as the day's whole.
  if (day.ongoing) label = t('historyDayOngoing', label);
  // The user's own requests are their own word, beside the page's: said after it, never in its place.
  if (day.ownFailures) label = t('historyDayOwnFailures', label);
  const [title] = day.titles;
  return title ? t('historyDayTitle', [label, title]) : label;
}

function count(t: Translate, language: string, keys: PluralKeys, value: number): string {
  return plural(t, language, keys, value, [formatCount(value, language)]);
}

/**
 * A reliability figure labelled with what it counts: minutes only when every trouble day gave them
 * (`counts`), otherwise days with incidents; days nothing is known of are said, never read as good days.
 */
export function figureText(figure: ReliabilityFigure, t: Translate, language: string): string {
  if (figure.noDataDays >= figure.window) return t('historyNoDataYet');
  const parts: string[] = [];
  if (figure.counts === 'days') {
    parts.push(count(t, language, { one: 'historyIncidentDaysOne', other: 'historyIncidentDaysOther' }, figure.troubleDays));
  } else if (figure.outageDays > 0) {
    parts.push(count(t, language, { one: 'historyOutageDaysOne', other: 'historyOutageDaysOther' }, figure.outageDays));
    const outage = OUTAGE_MINUTES.reduce((sum, level) => sum + (figure.minutes[level] ?? 0), 0);
    // An outage day may give only its degraded minutes: then no outage time is claimed at all.
    if (outage > 0) parts.push(t('historyOutageTime', durationText(outage, t, language)));
  } else if (figure.troubleDays > 0) {
    parts.push(t('historyNoOutage'));
    const degraded = figure.minutes.degraded ?? 0;
    if (degraded > 0) parts.push(t('historyDegradedTime', durationText(degraded, t, language)));
  } else {
    parts.push(t('historyNoIncidents'));
  }
  if (figure.noDataDays > 0) {
    parts.push(count(t, language, { one: 'historyNoDataDaysOne', other: 'historyNoDataDaysOther' }, figure.noDataDays));
  }
  return parts.join(' · ');
}

/**
 * The page's own uptime, the lowest it publishes for the assistant's components, or undefined when it
 * publishes none: the radar never works one out. Cut, not rounded, so that 99.996 is never shown as 100 %.
 */
export function uptimeText(uptimes: readonly PublishedUptime[], t: Translate, language: string): string | undefined {
  const lowest = uptimes.reduce<PublishedUptime | undefined>(
    (low, uptime) => (low === undefined || uptime.percent < low.percent ? uptime : low),
    undefined,
  );
  if (!lowest) return undefined;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
    Math.floor(lowest.percent * 100) / 10_000,
  );
  const days = formatCount(lowest.days, language);
  return uptimes.length > 1
    ? t('historyUptimeLowest', [percent, days, formatCount(uptimes.length, language)])
    : t('historyUptime', [percent, days]);
}

/** Where the days come from: the page's history, the radar's own record (since its first known day), or both. */
export function basisText(history: AssistantHistory, t: Translate, language: string): string {
  if (history.basis === 'page') return t('historyFromPage');
  if (history.basis === 'page+own') return t('historyFromBoth');
  const first = history.days.find((day) => day.level !== 'no_data');
  return first ? t('historyFromOwn', longDate(first.day, language)) : t('historyFromOwnEmpty');
}
