import { hasStatusSource, type Provider, type ProviderState, type ReadErrorKind, type Severity, type State } from '../model';
import { isAffected } from '../severity';
import { MINUTE_MS } from '../time';

export interface ProviderRow {
  provider: Provider;
  /** Absent before the first poll that included this provider. */
  state?: ProviderState;
  severity: Severity;
  /**
   * What a glance (the badge) shows for it: its severity, except while its page has failed only briefly
   * (see `isBriefFailure`), when it is shown as its last good reading was.
   */
  glanceSeverity: Severity;
  /** How long its page has been unreadable, in ms, when it is failing and the times can be read. */
  unreadableForMs?: number;
}

/** The rows as a glance (the toolbar badge) counts them: by `glanceSeverity`. */
export interface Glance {
  /** Not operational at a glance, worst first, could-not-check last. */
  attention: ProviderRow[];
  affectedCount: number;
  unknownCount: number;
  maintenanceCount: number;
}

export interface Overview {
  /** Not operational, worst first: outages, then maintenance, then could-not-check. */
  attention: ProviderRow[];
  operational: ProviderRow[];
  /** Watched assistants with no public status page: never counted, never shown as operational. */
  unmonitored: Provider[];
  affectedCount: number;
  unknownCount: number;
  maintenanceCount: number;
  /** What the badge counts: brief failures shown as their last good reading. */
  glance: Glance;
  /**
   * Every polled page failed with a network error in the latest poll: the connection looks down, which
   * says nothing about the assistants.
   */
  connectionDown: boolean;
}

/**
 * A page that has failed for less than this long, and in fewer than `BRIEF_FAILURE_POLLS` polls in a row,
 * is a blip: a single 503 or a dropped request among twenty pages is common and says nothing, and letting
 * it turn the badge's all-clear or count into "?" would make "?" mean nothing. Ten minutes is five polls at
 * the default interval, short enough that a page that stays unreadable is soon said to be so.
 */
export const BRIEF_FAILURE_MS = 10 * MINUTE_MS;

/**
 * At fast intervals ten minutes is many polls: from the third failed fetch in a row (the backoff table
 * counts them) the failure is no blip either. When the count is not known, the time alone decides.
 */
export const BRIEF_FAILURE_POLLS = 3;

/** Network faults: the request never got an answer, so nothing is known of the server. */
const NETWORK_FAULTS: ReadonlySet<ReadErrorKind> = new Set(['offline', 'timeout']);

const ATTENTION_ORDER: readonly Severity[] = ['major_outage', 'partial_outage', 'degraded', 'maintenance', 'unknown'];

/** What the popup shows, in the order it shows it, and what the badge counts. */
export function overviewOf(state: State, watched: readonly Provider[]): Overview {
  const rows = watched.filter(hasStatusSource).map((provider) => rowOf(provider, state));
  const glanceAttention = worstFirst(rows, (row) => row.glanceSeverity);
  return {
    attention: worstFirst(rows, (row) => row.severity),
    operational: rows.filter((row) => row.severity === 'operational'),
    unmonitored: watched.filter((provider) => !hasStatusSource(provider)),
    ...countsOf(rows, (row) => row.severity),
    glance: { attention: glanceAttention, ...countsOf(rows, (row) => row.glanceSeverity) },
    connectionDown: connectionDown(rows, state),
  };
}

function rowOf(provider: Provider, state: State): ProviderRow {
  const providerState = state.providers[provider.id];
  if (!providerState) return { provider, severity: 'unknown', glanceSeverity: 'unknown' };
  const unreadableForMs = unreadableFor(providerState);
  return {
    provider,
    state: providerState,
    severity: providerState.severity,
    glanceSeverity: glanceSeverityOf(providerState, state),
    ...(unreadableForMs === undefined ? {} : { unreadableForMs }),
  };
}

/** A brief failure shows as its last good reading; a page never read, or failing for a while, is unknown. */
function glanceSeverityOf(providerState: ProviderState, state: State): Severity {
  if (!providerState.error) return providerState.severity;
  const lastGood = providerState.reading;
  return lastGood && isBriefFailure(providerState, state) ? lastGood.severity : 'unknown';
}

/**
 * Failing for less than `BRIEF_FAILURE_MS` and, where the backoff table counts the failed fetches of the
 * page, in fewer than `BRIEF_FAILURE_POLLS` in a row. Times that cannot be read make no blip.
 */
export function isBriefFailure(providerState: ProviderState, state: State): boolean {
  const failingFor = unreadableFor(providerState);
  if (failingFor === undefined || failingFor >= BRIEF_FAILURE_MS) return false;
  const source = providerState.error?.source;
  const failedPolls = source === undefined ? undefined : state.backoff?.[source]?.failures;
  return failedPolls === undefined || failedPolls < BRIEF_FAILURE_POLLS;
}

/** From the start of the current run of failures to the latest poll; undefined while the page reads. */
function unreadableFor(providerState: ProviderState): number | undefined {
  const error = providerState.error;
  if (!error) return undefined;
  const elapsed = Date.parse(providerState.checkedAt) - Date.parse(providerState.failingSince ?? error.at);
  return Number.isFinite(elapsed) ? Math.max(0, elapsed) : undefined;
}

/**
 * Every watched page polled in the latest poll failed without an answer. One page answering (even with an
 * error) shows the network works, so a single unreachable host never reads as the connection. A scheduled
 * poll leaves some pages for later (heavy ones at their own pace, those waiting out a retry): they keep their
 * last reading, which says nothing of the connection now, so only the pages this poll asked are judged.
 */
function connectionDown(rows: readonly ProviderRow[], state: State): boolean {
  const polled = rows.flatMap((row) => row.state ?? []);
  const asked =
    state.checkedAt === undefined ? polled : polled.filter((providerState) => providerState.checkedAt === state.checkedAt);
  // Two pages failing alike say it is the connection; one says so only when it is all there is to ask.
  const enough = asked.length >= 2 || (asked.length > 0 && asked.length === polled.length);
  return (
    enough && asked.every((providerState) => providerState.error !== undefined && NETWORK_FAULTS.has(providerState.error.kind))
  );
}

/** Not operational, worst first; equals keep the user's order. */
function worstFirst(rows: readonly ProviderRow[], severity: (row: ProviderRow) => Severity): ProviderRow[] {
  return rows
    .filter((row) => severity(row) !== 'operational')
    .map((row, order) => ({ row, order }))
    .sort((a, b) => ATTENTION_ORDER.indexOf(severity(a.row)) - ATTENTION_ORDER.indexOf(severity(b.row)) || a.order - b.order)
    .map((entry) => entry.row);
}

function countsOf(
  rows: readonly ProviderRow[],
  severity: (row: ProviderRow) => Severity,
): Pick<Glance, 'affectedCount' | 'unknownCount' | 'maintenanceCount'> {
  return {
    affectedCount: rows.filter((row) => isAffected(severity(row))).length,
    unknownCount: rows.filter((row) => severity(row) === 'unknown').length,
    maintenanceCount: rows.filter((row) => severity(row) === 'maintenance').length,
  };
}
