import { optionalString } from '../../fetch/body';
import { type Entry, parseJsonArray, readEntry } from '../../platforms/google/incidents';
import { recordsOf } from '../../platforms/json-entries';
import type { ParseContext } from '../../platforms/platform';
import { fail, ok, type Result } from '../../result';
import type { PageHistory, TroubleInterval } from '../model';
import { historyTitle, msOfIso, troubleInterval, troubleOf } from './values';

/**
 * Google's `incidents.json` (Workspace's www.google.com/appsstatus/dashboard/incidents.json, Cloud's
 * status.cloud.google.com/incidents.json): the body the live poll reads, one list of every incident since the
 * dashboard began. Each entry is read by the live reader (platforms/google/incidents.ts `readEntry`): the same
 * start (`begin`, else `created`), level (the worse of `status_impact` and the latest update's word, lifted by
 * `severity`), title (the description's first paragraph) and product ids (`affected_products` and
 * `service_key`, what scope.GEMINI_APP and scope.GEMINI_API name). Only `end`, which a reading uses only to
 * tell open from closed, is read here from the entry itself.
 *
 * Every entry is an interval, repeated ids too: the live reading keeps one copy of an id (an edited list,
 * Checkmk's capture, repeats one with other dates), but each copy says when some trouble was, and the fold
 * takes the union of overlapping trouble, so nothing counts twice.
 *
 * An entry whose words read only AVAILABLE (its impact, and its latest update) says the product was not
 * impaired, and is left out, as an incident list's impact `none` is. An impact the live parser does not know
 * is trouble at the floor, as an open incident without a stated impact reads.
 *
 * No zone: the payload writes its instants with `+00:00` and names no zone (the staff's texts say
 * "US/Pacific", but that is prose, not a field the dashboard draws by), so 'UTC'.
 */

/** readEntry builds incident links on it, which history does not keep; with no clock, only a missing `end` is open. */
const CONTEXT: ParseContext = { source: '', statusPageUrl: 'https://status.invalid/', fetchedAt: '' };

const DASHBOARDS = { 'google-workspace': 'Google Workspace', 'google-cloud': 'Google Cloud' } as const;

export function parseGoogleHistory(body: string, platform: 'google-workspace' | 'google-cloud'): Result<PageHistory> {
  const list = parseJsonArray(body);
  if (!list.ok) return list;
  // The list holds the dashboard's whole past, years of it: an empty one is a broken answer, not a quiet 90 days.
  if (list.value.length === 0) return fail('bad_payload', `an empty ${DASHBOARDS[platform]} incident list`);
  const entries = recordsOf(list.value).flatMap((raw) => readEntry(raw, CONTEXT).map((entry) => ({ raw, entry })));
  if (entries.length === 0) {
    return fail('bad_payload', `no entry of the list is a ${DASHBOARDS[platform]} incident (an id and a start)`);
  }
  return ok({
    timeZone: 'UTC',
    records: [],
    intervals: entries.flatMap(({ raw, entry }) => intervalOf(raw, entry)),
    uptimes: [],
  });
}

function intervalOf(raw: Record<string, unknown>, { incident, ongoing }: Entry): TroubleInterval[] {
  const startMs = msOfIso(incident.startedAt);
  const level = troubleOf(incident.impact);
  if (startMs === undefined || !level) return [];
  // Closed, but an `end` that cannot be read: the trouble is placed on its first day, and no further.
  const endMs = ongoing ? undefined : Math.max(startMs, msOfIso(raw.end) ?? startMs);
  // With no description the live title falls back to the product's name or the id, which say nothing of what happened.
  const title = optionalString(raw.external_desc) === undefined ? undefined : historyTitle(incident.title);
  return [troubleInterval(startMs, endMs, level, title, incident.componentIds)];
}
