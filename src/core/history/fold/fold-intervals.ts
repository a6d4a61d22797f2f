import { worst } from '../../severity';
import { MINUTE_MS } from '../../time';
import { dayKeyOf } from '../calendar';
import type { HistoryDay, TroubleInterval, TroubleLevel } from '../model';
import {
  dayMinutes,
  type FoldOptions,
  type FoldWindow,
  isTroubleLevel,
  noDataDay,
  pickTitles,
  type TitleSeen,
  wholeMinutes,
  windowOf,
} from './fold-day';

export interface IntervalFoldOptions extends FoldOptions {
  /** The first moment the page has data for: the days before its day are not known to be quiet. */
  dataSinceMs?: number;
}

/** An interval cut to the window; `startMs === endMs` is an instant, which still marks its day. */
interface Span {
  startMs: number;
  endMs: number;
  level: TroubleLevel;
  title?: string;
}

/** Bad input (a reversed interval, NaN, a level no one knows) is dropped, never thrown on: it is feed data. */
function clip(interval: TroubleInterval, fromMs: number, nowMs: number): Span | undefined {
  const { startMs, level } = interval;
  const endMs = interval.endMs ?? nowMs;
  if (!isTroubleLevel(level) || Number.isNaN(startMs) || Number.isNaN(endMs) || endMs < startMs) return undefined;
  const from = Math.max(startMs, fromMs);
  const to = Math.min(endMs, nowMs);
  if (to < from) return undefined;
  // Cut to a point, [start, end) still holds it only if it begins there: one that ends as the range opens does not.
  if (to === from && !(startMs <= from && (from < endMs || startMs === endMs))) return undefined;
  return { startMs: from, endMs: to, level, ...(interval.title !== undefined ? { title: interval.title } : {}) };
}

/** The span's share of each day it touches, by index; an instant has a share of 0 on its one day. */
function shares(span: Pick<Span, 'startMs' | 'endMs'>, range: FoldWindow): { index: number; ms: number }[] {
  const touched: { index: number; ms: number }[] = [];
  range.keys.forEach((_, index) => {
    const dayStart = range.bounds[index] ?? Number.NaN;
    const dayEnd = range.bounds[index + 1] ?? Number.NaN;
    const ms = Math.min(span.endMs, dayEnd) - Math.max(span.startMs, dayStart);
    const instantHere = span.startMs === span.endMs && dayStart <= span.startMs && span.startMs < dayEnd;
    if (ms > 0 || instantHere) touched.push({ index, ms: Math.max(0, ms) });
  });
  return touched;
}

/** Two incidents of one level at once are one stretch of that level: the union, so minutes never count twice. */
function union(spans: readonly Span[]): Pick<Span, 'startMs' | 'endMs'>[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const merged: Pick<Span, 'startMs' | 'endMs'>[] = [];
  for (const { startMs, endMs } of sorted) {
    const last = merged.at(-1);
    if (last && startMs <= last.endMs) last.endMs = Math.max(last.endMs, endMs);
    else merged.push({ startMs, endMs });
  }
  return merged;
}

/** The strip from intervals, oldest day first, in `timeZone`'s calendar: each day's worst level and its minutes. */
export function foldIntervals(intervals: readonly TroubleInterval[], options: IntervalFoldOptions): HistoryDay[] {
  const range = windowOf(options);
  const fromMs = range.bounds[0] ?? options.nowMs;
  const spans = intervals.flatMap((interval) => clip(interval, fromMs, options.nowMs) ?? []);
  const levels = range.keys.map(() => new Set<TroubleLevel>());
  const msByLevel = range.keys.map(() => new Map<TroubleLevel, number>());
  const titles = range.keys.map((): TitleSeen[] => []);
  for (const level of new Set(spans.map((span) => span.level))) {
    for (const stretch of union(spans.filter((span) => span.level === level))) {
      for (const { index, ms } of shares(stretch, range)) {
        levels[index]?.add(level);
        msByLevel[index]?.set(level, (msByLevel[index]?.get(level) ?? 0) + ms);
      }
    }
  }
  for (const span of spans) {
    if (span.title === undefined) continue;
    for (const { index } of shares(span, range))
      titles[index]?.push({ title: span.title, level: span.level, order: span.startMs });
  }
  const since = options.dataSinceMs;
  const sinceDay = since !== undefined && Number.isFinite(since) ? dayKeyOf(since, options.timeZone) : undefined;
  return range.keys.map((day, index): HistoryDay => {
    if (sinceDay !== undefined && day < sinceDay) return noDataDay(day);
    const minutes: HistoryDay['minutes'] = {};
    for (const [level, ms] of msByLevel[index] ?? []) minutes[level] = wholeMinutes(ms / MINUTE_MS, dayMinutes(range, index));
    return { day, level: worst(levels[index] ?? []), minutes, titles: pickTitles(titles[index] ?? []) };
  });
}
