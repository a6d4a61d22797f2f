import { optionalString, parseJsonObject } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import type { KnownSeverity } from '../../model';
import { recordsOf } from '../../platforms/json-entries';
import { fail, ok, type Result } from '../../result';
import type { DayRecord, PageHistory, PublishedUptime, TroubleLevel } from '../model';
import { dayKeyText, dayTitles, historyTitle, lastDays, minutesOfSeconds, percentOf, zoneOr } from './values';

/**
 * Atlassian Statuspage's `GET <page>/uptime_showcase?components=<id>,…`, the request a page makes to draw its
 * bars. No capture of it exists; this follows issue 16's description of it: `timelines[id].days[]`, each
 * `{date, outages: {p, m}, related_events}` (`date` a `YYYY-MM-DD` in the page's zone, `p` and `m` seconds
 * of partial and major outage), and the page's own uptime percentages. Where the issue leaves the shape open,
 * this follows what public readers of the request read (their hand-made test payloads, not captures): a
 * timeline's `component.startDate`, and `values[]` of `{component, ninety, thirty}`. Anything else is
 * ignored, and a value this cannot read leaves its day out ("no data") rather than reading it operational.
 *
 * The body states no zone: the caller passes the page's (`page.time_zone` of its status.json), else 'UTC'.
 */
export function parseStatuspageUptime(body: string, pageTimeZone?: string): Result<PageHistory> {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const { timelines, values } = json.value;
  if (!isRecord(timelines)) return fail('bad_payload', 'not a Statuspage uptime_showcase: no "timelines" object');
  return ok({
    timeZone: zoneOr(pageTimeZone),
    records: Object.entries(timelines).flatMap(([id, timeline]) => (isRecord(timeline) ? timelineDays(id, timeline) : [])),
    intervals: [],
    uptimes: recordsOf(values).flatMap(uptimesOf),
  });
}

function timelineDays(componentId: string, timeline: Record<string, unknown>): DayRecord[] {
  const component = isRecord(timeline.component) ? timeline.component : {};
  // Before the component existed nothing was recorded of it: those days are no data, not operational ones.
  const since = dayKeyText(component.startDate);
  const days = recordsOf(timeline.days).flatMap((entry) => dayOf(entry, componentId));
  return lastDays(since === undefined ? days : days.filter((record) => record.day >= since));
}

function dayOf(entry: Record<string, unknown>, componentId: string): DayRecord[] {
  const day = dayKeyText(entry.date);
  const outages = entry.outages ?? {};
  if (day === undefined || !isRecord(outages)) return [];
  const partial = secondsOf(outages.p);
  const major = secondsOf(outages.m);
  if (partial === undefined || major === undefined) return [];
  const minutes: Partial<Record<TroubleLevel, number>> = {};
  if (partial > 0) minutes.partial_outage = minutesOfSeconds(partial);
  if (major > 0) minutes.major_outage = minutesOfSeconds(major);
  const level: KnownSeverity = major > 0 ? 'major_outage' : partial > 0 ? 'partial_outage' : 'operational';
  const titles = dayTitles(recordsOf(entry.related_events).map((event) => historyTitle(event.name)));
  return [
    {
      day,
      level,
      componentId,
      ...(level === 'operational' ? {} : { minutes }),
      ...(titles.length > 0 ? { titles } : {}),
    },
  ];
}

/** Seconds of outage: absent is none; anything but a non-negative number is unreadable. */
function secondsOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The figures the page prints beside its bars, over 90 days and, where given, 30. */
function uptimesOf(value: Record<string, unknown>): PublishedUptime[] {
  const componentId = optionalString(value.component);
  if (!componentId) return [];
  const figures: [unknown, number][] = [
    [value.ninety, 90],
    [value.thirty, 30],
  ];
  return figures.flatMap(([figure, days]) => {
    const percent = percentOf(figure);
    return percent === undefined ? [] : [{ percent, days, componentId }];
  });
}
