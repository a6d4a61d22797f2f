import { optionalString, parseJsonObject } from '../../fetch/body';
import { recordsOf } from '../../platforms/json-entries';
import { fail, ok, type Result } from '../../result';
import { fromComponentStatus } from '../../severity';
import { HISTORY_DAYS, type PageHistory, type PublishedUptime, type TroubleInterval } from '../model';
import { earliestMs, historyTitle, msOfIso, percentOf, troubleInterval, troubleOf } from './values';

/**
 * incident.io's `GET <page>/proxy/<host>/component_impacts?start_at=…&end_at=…`:
 * `component_impacts[]` (`id`, `component_id`, `start_at`, `end_at`, `status` — `degraded_performance`,
 * `partial_outage`, `full_outage` — and `status_page_incident_id`), `component_uptimes[]` (`component_id`,
 * or `status_page_component_group_id` for a group's row, `uptime` as text such as "100.00", and
 * `data_available_since`) and `incident_links[]` (`id`, `name`, `permalink`, `published_at`, `status`).
 * The field names and formats are those of the only real capture, the same data as Groq's page embeds it.
 *
 * The page draws its days in the viewer's zone from these instants and states no zone of its own: 'UTC'.
 */
export function parseIncidentioHistory(body: string): Result<PageHistory> {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const doc = json.value;
  if (!Array.isArray(doc.component_impacts)) {
    return fail('bad_payload', 'not an incident.io component_impacts answer: no "component_impacts" list');
  }
  const titles = new Map<string, string>();
  for (const link of recordsOf(doc.incident_links)) {
    const id = presentText(link.id);
    const title = historyTitle(link.name);
    if (id && title) titles.set(id, title);
  }
  const uptimeRows = recordsOf(doc.component_uptimes);
  const dataSinceMs = earliestMs(uptimeRows.map((row) => msOfIso(presentText(row.data_available_since))));
  return ok({
    timeZone: 'UTC',
    records: [],
    intervals: recordsOf(doc.component_impacts).flatMap((impact) => intervalOf(impact, titles)),
    uptimes: uptimeRows.flatMap(uptimeOf),
    ...(dataSinceMs === undefined ? {} : { dataSinceMs }),
  });
}

/**
 * A value as text, or undefined when absent. The page's embedded copy writes `"$undefined"` where the JSON
 * answer leaves a key out (React's Flight encoding), so that marker is absent too.
 */
function presentText(value: unknown): string | undefined {
  const text = optionalString(value);
  return text === '$undefined' ? undefined : text;
}

function intervalOf(impact: Record<string, unknown>, titles: ReadonlyMap<string, string>): TroubleInterval[] {
  const componentId = presentText(impact.component_id);
  const startMs = msOfIso(impact.start_at);
  const level = troubleOf(fromComponentStatus(impact.status));
  if (!componentId || startMs === undefined || !level) return [];
  const endText = presentText(impact.end_at);
  // No end: still going on. An end that cannot be read still places the trouble on its first day, and no further.
  const endMs = endText === undefined ? undefined : Math.max(startMs, msOfIso(endText) ?? startMs);
  const title = titles.get(presentText(impact.status_page_incident_id) ?? '');
  return [troubleInterval(startMs, endMs, level, title, [componentId])];
}

/** The page's uptime for a component, or a group's over its components, over the window asked (90 days, as the page asks). */
function uptimeOf(row: Record<string, unknown>): PublishedUptime[] {
  const componentId = presentText(row.component_id) ?? presentText(row.status_page_component_group_id);
  const percent = percentOf(row.uptime);
  return componentId && percent !== undefined ? [{ percent, days: HISTORY_DAYS, componentId }] : [];
}
