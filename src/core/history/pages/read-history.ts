import { fetchText, type ReadDeps } from '../../fetch/fetch-text';
import { type Failure, fail, ok, type Result } from '../../result';
import { DAY_MS } from '../../time';
import type { PageHistory } from '../model';
import { parseBetterstackHistory } from '../parsers/betterstack';
import { parseFeedHistory } from '../parsers/feed';
import { parseFlashdutyHistory } from '../parsers/flashduty';
import { parseGoogleHistory } from '../parsers/google';
import { parseIncidentList } from '../parsers/incident-list';
import { parseIncidentioHistory } from '../parsers/incidentio';
import { parseStatuspageUptime } from '../parsers/statuspage-uptime';
import type { HistoryFormat, HistoryPlan, HistoryRequest } from './plan';

/**
 * How far back each format can be trusted. `window`: the answer covers the whole strip (summed days, or every
 * interval of the asked window, or, for Google, every incident the dashboard ever had). A cut list holds only the
 * latest items: the days before its oldest are not known to be quiet, and read "no data" (dataSinceMs).
 */
type Coverage = { kind: 'window' } | { kind: 'cut'; whenAtLeast: number };

interface FormatReader {
  parse(body: string): Result<PageHistory>;
  coverage: Coverage;
}

/** Statuspage's /api/v2/incidents.json returns the 50 latest incidents: fewer, and the list is the page's whole past. */
const INCIDENT_LIST_PAGE = 50;

const READERS: Record<HistoryFormat, FormatReader> = {
  // The body states no zone; the catalog's Statuspage pages are set to Etc/UTC (their captured status.json).
  'statuspage-uptime': { parse: (body) => parseStatuspageUptime(body), coverage: { kind: 'window' } },
  'incident-list': { parse: parseIncidentList, coverage: { kind: 'cut', whenAtLeast: INCIDENT_LIST_PAGE } },
  'incidentio-impacts': { parse: parseIncidentioHistory, coverage: { kind: 'window' } },
  betterstack: { parse: parseBetterstackHistory, coverage: { kind: 'window' } },
  'flashduty-structure': { parse: parseFlashdutyHistory, coverage: { kind: 'window' } },
  'google-workspace': { parse: (body) => parseGoogleHistory(body, 'google-workspace'), coverage: { kind: 'window' } },
  'google-cloud': { parse: (body) => parseGoogleHistory(body, 'google-cloud'), coverage: { kind: 'window' } },
  // A feed's length is the platform's choice and never stated: it is always taken as cut.
  feed: { parse: parseFeedHistory, coverage: { kind: 'cut', whenAtLeast: 1 } },
};

/**
 * A parsed history with its coverage applied: what a cut list does not reach is no data. A feed with no
 * incident in it reaches no day at all (its items may be notices, or the feed may keep only the latest few):
 * it says nothing of the past, and the strip is the radar's own record.
 */
function covered(history: PageHistory, coverage: Coverage, nowMs: number): PageHistory {
  if (coverage.kind === 'window' || history.intervals.length < coverage.whenAtLeast) {
    return coverage.kind === 'cut' && coverage.whenAtLeast <= 1 && history.intervals.length === 0
      ? // Known from tomorrow on: not even today is the feed's to say, and the fold marks every day "no data".
        { ...history, dataSinceMs: nowMs + DAY_MS }
      : history;
  }
  const oldest = Math.min(...history.intervals.map((interval) => interval.startMs));
  const dataSinceMs = Math.max(oldest, history.dataSinceMs ?? oldest);
  return { ...history, dataSinceMs };
}

/** An answer with nothing to draw from: a page not yet on the showcase answers an empty one for unknown ids. */
function isEmpty(history: PageHistory, format: HistoryFormat): boolean {
  return format === 'statuspage-uptime' ? history.records.length === 0 : false;
}

export interface ReadHistory {
  request: HistoryRequest;
  history: PageHistory;
}

async function readOne(request: HistoryRequest, deps: ReadDeps): Promise<Result<ReadHistory>> {
  const fetched = await fetchText(request.url, deps);
  if ('failure' in fetched) return { ok: false, failure: fetched.failure };
  const reader = READERS[request.format];
  const parsed = reader.parse(fetched.body);
  if (!parsed.ok) return parsed;
  if (isEmpty(parsed.value, request.format)) return fail('bad_payload', 'the page answered no days for these components');
  return ok({ request, history: covered(parsed.value, reader.coverage, deps.now()) });
}

/** Only a page that does not serve this form yet is asked the next; a fault of the network is not retried elsewhere. */
function triesNext(failure: Failure): boolean {
  return (failure.kind === 'http' && (failure.status === 404 || failure.status === 410)) || failure.kind === 'bad_payload';
}

/**
 * A page's history, from the first of its requests that serves one. Never throws: every fault is a typed
 * failure, and the caller keeps the history it had.
 */
export async function readPageHistory(plan: HistoryPlan, deps: ReadDeps): Promise<Result<ReadHistory>> {
  let last: Failure = { kind: 'bad_payload', message: 'this page keeps no history the radar can read' };
  for (const request of plan.requests) {
    const read = await readOne(request, deps);
    if (read.ok) return read;
    last = read.failure;
    if (!triesNext(read.failure)) break;
  }
  return { ok: false, failure: last };
}
