import { parseJsonObject } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import { isBetterstackDocument, severityOf } from '../../platforms/betterstack';
import { idText, recordsOf } from '../../platforms/json-entries';
import { fail, ok, type Result } from '../../result';
import { isKnown, worst } from '../../severity';
import { dayKeyOf } from '../calendar';
import { type DayKey, type DayRecord, HISTORY_DAYS, type PageHistory, type PublishedUptime, type TroubleLevel } from '../model';
import { railsZone } from './rails-zones';
import { dayKeyText, dayTitles, historyTitle, lastDays, minutesOfSeconds, msOfIso, percentOf, zoneOr } from './values';

/**
 * Better Stack's `index.json` already carries the past: each `status_page_resource` has `status_history[]`,
 * one `{day, status, downtime_duration, maintenance_duration}` a day for 90 days (durations in seconds), and
 * `availability`, the page's own uptime as a fraction. The days are the page's: `data.attributes.timezone`,
 * a Rails zone name. Records are per resource, keyed by its JSON:API id, the id the live parser gives the
 * resource as a component (platforms/betterstack.ts), so that a provider's componentIds scope both alike.
 *
 * The status reports name the trouble: each report's title goes on the days it spans, on the resources it
 * affects. They are not made intervals: the days already hold their minutes, and an interval would count
 * them a second time.
 */

/*
 * Days are read on the scale platforms/betterstack.ts reads resources with (`downtime` is major). `not_monitored`
 * and any word it does not know give no record: that day reads "no data", since the page says it did not watch
 * it (Jobs' first 16 days on status.huggingface.co).
 */

export function parseBetterstackHistory(body: string): Result<PageHistory> {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const { data, included } = json.value;
  // The isRecord checks repeat isBetterstackDocument's for the type checker, which cannot see into it.
  if (!isBetterstackDocument(json.value) || !isRecord(data) || !isRecord(data.attributes)) {
    return fail('bad_payload', 'not a Better Stack status page: no "data" of type status_page');
  }
  if (included !== undefined && included !== null && !Array.isArray(included)) {
    return fail('bad_payload', '"included" is not a list');
  }
  const timeZone = pageZone(data.attributes.timezone);
  const entries = recordsOf(included);
  const resources = entries.filter((entry) => entry.type === 'status_page_resource');
  const spans = reportSpans(
    entries.filter((entry) => entry.type === 'status_report'),
    timeZone,
  );
  return ok({
    timeZone,
    records: resources.flatMap((resource) => resourceDays(resource, spans)),
    intervals: [],
    uptimes: resources.flatMap(availabilityOf),
  });
}

/**
 * The page's zone: a Rails name mapped to IANA, or an IANA name as it is. A zone neither (or none) reads
 * UTC: Better Stack then says nothing of the calendar its days are in, and UTC is what its API writes times in.
 */
function pageZone(name: unknown): string {
  return zoneOr(railsZone(name) ?? name);
}

interface ReportSpan {
  title: string;
  from: DayKey;
  to: DayKey;
}

/** By resource id, the reports that affected it, as the span of days each covers in the page's zone. */
function reportSpans(reports: Record<string, unknown>[], timeZone: string): Map<string, ReportSpan[]> {
  const spans = new Map<string, ReportSpan[]>();
  for (const report of reports) {
    const attributes = isRecord(report.attributes) ? report.attributes : {};
    const title = historyTitle(attributes.title);
    const start = msOfIso(attributes.starts_at);
    if (title === undefined || start === undefined) continue;
    // A manual report keeps `ends_at: null` even once resolved; its title then names its first day, and the
    // days after speak for themselves through their own status.
    const end = Math.max(start, msOfIso(attributes.ends_at) ?? start);
    const span = { title, from: dayKeyOf(start, timeZone), to: dayKeyOf(end, timeZone) };
    for (const affected of recordsOf(attributes.affected_resources)) {
      const id = idText(affected.status_page_resource_id);
      if (id) spans.set(id, [...(spans.get(id) ?? []), span]);
    }
  }
  return spans;
}

function resourceDays(resource: Record<string, unknown>, spans: Map<string, ReportSpan[]>): DayRecord[] {
  const id = idText(resource.id);
  if (!id) return [];
  const attributes = isRecord(resource.attributes) ? resource.attributes : {};
  const reports = spans.get(id) ?? [];
  return lastDays(recordsOf(attributes.status_history).flatMap((entry) => dayOf(entry, id, reports)));
}

function dayOf(entry: Record<string, unknown>, componentId: string, reports: readonly ReportSpan[]): DayRecord[] {
  const day = dayKeyText(entry.day);
  const word = severityOf(entry.status);
  if (day === undefined || !isKnown(word)) return [];
  // Better Stack counts a degraded day's trouble as downtime too; on any other day, downtime is the outage it says.
  const downLevel: TroubleLevel = word === 'degraded' ? 'degraded' : 'major_outage';
  const counted = (
    [
      [downLevel, minutesOfSeconds(entry.downtime_duration)],
      ['maintenance', minutesOfSeconds(entry.maintenance_duration)],
    ] as const
  ).filter(([, minutes]) => minutes > 0);
  const minutes: Partial<Record<TroubleLevel, number>> = {};
  for (const [level, count] of counted) minutes[level] = count;
  const titles = dayTitles(reports.filter((span) => span.from <= day && day <= span.to).map((span) => span.title));
  return [
    {
      day,
      // Never better than the minutes it counts: a day that says operational but counts downtime had some.
      level: worst([word, ...counted.map(([level]) => level)]),
      componentId,
      ...(counted.length > 0 ? { minutes } : {}),
      ...(titles.length > 0 ? { titles } : {}),
    },
  ];
}

/** `availability` is a fraction (0.998884, or the integer 1) over the days `status_history` shows. */
function availabilityOf(resource: Record<string, unknown>): PublishedUptime[] {
  const id = idText(resource.id);
  const attributes = isRecord(resource.attributes) ? resource.attributes : {};
  const fraction = attributes.availability;
  // Rounded to what the page prints and a little more: 0.998884 * 100 is 99.88839999999999 in floating point.
  const percent = typeof fraction === 'number' ? percentOf(Math.round(fraction * 1e8) / 1e6) : undefined;
  return id && percent !== undefined ? [{ percent, days: HISTORY_DAYS, componentId: id }] : [];
}
