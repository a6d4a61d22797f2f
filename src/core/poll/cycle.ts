import type { ReadDeps } from '../fetch/fetch-text';
import type { Provider, SourceMemo, State } from '../model';
import { foldResults } from '../state/fold';
import { deferredFailure, nextBackoff, type SourceOutcome } from './backoff';
import { pollProviders } from './poll';
import type { SourceResult } from './read-source';
import { nextSources } from './sources';

export interface CycleOptions {
  /**
   * A scheduled poll (the alarm's) lets failing sources wait (core/poll/backoff) and heavy sources without
   * validators keep their pace (core/poll/pace); a manual one (the user's Refresh) fetches every source now.
   */
  scheduled: boolean;
  /** The poll period the alarm keeps. */
  pollMs: number;
  /** The build that reads (see scopeDigest). */
  reader: string;
  /** For the backoff's jitter. */
  random: () => number;
}

/**
 * One poll from the State before to the State after: the watched providers read (bodies the same as last time
 * not parsed again, paced sources left alone), the readings folded in, the backoff and the sources' memos
 * carried forward for the URLs still watched. `results` says what this poll made of each provider.
 */
export async function pollIntoState(
  previous: State,
  providers: readonly Provider[],
  deps: ReadDeps,
  options: CycleOptions,
): Promise<{ next: State; results: Record<string, SourceResult> }> {
  const startedAt = deps.now();
  const table = options.scheduled ? previous.backoff : undefined;
  const outcomes = new Map<string, SourceOutcome>();
  const memos = new Map<string, SourceMemo>();
  const results = await pollProviders(providers, deps, {
    deferred: (url) => deferredFailure(table, url, startedAt),
    onOutcome: (url, outcome) => outcomes.set(url, outcome),
    previous,
    ...(options.scheduled ? { pollMs: options.pollMs } : {}),
    reader: options.reader,
    onMemo: (url, memo) => memos.set(url, memo),
    // The same instant as the State's checkedAt below: a quiet poll's times are then one time (core/state/times).
    startedAt,
  });
  const next: State = {
    // Dated as its readings are, at its start (see pollProviders); waits are counted from its end.
    ...foldResults(previous, results, new Date(startedAt).toISOString()),
    backoff: nextBackoff(previous.backoff, outcomes, deps.now(), options.random),
    sources: nextSources(previous.sources, memos, providers),
  };
  return { next, results };
}
