import { optionalString, parseJsonObject } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import { severityOf } from '../../platforms/flashduty';
import { idText, recordsOf } from '../../platforms/json-entries';
import { fail, ok, type Result } from '../../result';
import { HISTORY_DAYS, type PageHistory, type PublishedUptime, type TroubleInterval } from '../model';
import { earliestMs, historyTitle, msOfSeconds, percentOf, troubleInterval, troubleOf } from './values';

/**
 * Flashduty's `summary/structure` (`{request_id, data}`, the 90 days behind status.deepseek.com's bars):
 * `component_impacts[]` (`component_id`, `section_id`, `change_id`, `start_at_seconds`, `end_at_seconds`,
 * `status`), `section_impacts[]` (the same per section), `component_uptimes[]` and `section_uptimes[]`
 * (`uptime`, a number, and `available_since_seconds`), and `linked_changes[]` (`id`, `title`).
 *
 * Component impacts become intervals. Each also names its section, so that a provider scoped to a section
 * (the live parser gives a component its section as groupId) reads its components' trouble; section impacts
 * restate those same impacts and are not read again.
 *
 * No zone is given, and impacts are instants, so the page's days are not known from this body: 'UTC'.
 */
export function parseFlashdutyHistory(body: string): Result<PageHistory> {
  const json = parseJsonObject(body);
  if (!json.ok) return json;
  const { data } = json.value;
  if (!isRecord(data) || !Array.isArray(data.component_impacts)) {
    return fail('bad_payload', 'not a Flashduty summary/structure: no "data.component_impacts" list');
  }
  const titles = new Map<string, string>();
  for (const change of recordsOf(data.linked_changes)) {
    const id = idText(change.id);
    const title = historyTitle(change.title);
    if (id && title) titles.set(id, title);
  }
  const uptimeRows = [...recordsOf(data.component_uptimes), ...recordsOf(data.section_uptimes)];
  const dataSinceMs = earliestMs(uptimeRows.map((row) => msOfSeconds(row.available_since_seconds)));
  return ok({
    timeZone: 'UTC',
    records: [],
    intervals: recordsOf(data.component_impacts).flatMap((impact) => intervalOf(impact, titles)),
    uptimes: uptimeRows.flatMap(uptimeOf),
    ...(dataSinceMs === undefined ? {} : { dataSinceMs }),
  });
}

function intervalOf(impact: Record<string, unknown>, titles: ReadonlyMap<string, string>): TroubleInterval[] {
  const componentId = optionalString(impact.component_id);
  const startMs = msOfSeconds(impact.start_at_seconds);
  const status = optionalString(impact.status);
  const level = troubleOf(severityOf(status ?? ''));
  if (!componentId || startMs === undefined || !level) return [];
  const sectionId = optionalString(impact.section_id);
  // No end (or 0, which the page writes for "not yet") is an impact still going on.
  const endMs = msOfSeconds(impact.end_at_seconds);
  const title = titles.get(idText(impact.change_id) ?? '');
  return [troubleInterval(startMs, endMs, level, title, sectionId ? [componentId, sectionId] : [componentId])];
}

/** The 90-day uptime the page prints for a component or a section. */
function uptimeOf(row: Record<string, unknown>): PublishedUptime[] {
  const componentId = optionalString(row.component_id) ?? optionalString(row.section_id);
  const percent = percentOf(row.uptime);
  return componentId && percent !== undefined ? [{ percent, days: HISTORY_DAYS, componentId }] : [];
}
