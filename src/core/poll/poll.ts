import { hasStatusSource } from '../catalog/providers';
import { type FetchedBody, fetchText, type ReadDeps } from '../fetch/fetch-text';
import type { Provider, ReadError } from '../model';
import type { Failure } from '../result';
import type { SourceOutcome } from './backoff';
import { readFetched, type SourceResult } from './read-source';

export interface PollOptions {
  /** A source still waiting after failures is not fetched: it reads as this failure (see core/poll/backoff). */
  deferred?: (url: string) => Failure | undefined;
  /** Told once per source URL what this poll learnt of it. */
  onOutcome?: (url: string, outcome: SourceOutcome) => void;
}

/**
 * Read every provider in parallel. Each provider tries its sources in order until one reads; a URL
 * shared by several providers (one page, several products) is fetched once per poll. An assistant with
 * no public status source is not polled: it has no state, rather than a made-up one.
 */
export async function pollProviders(
  providers: readonly Provider[],
  deps: ReadDeps,
  options: PollOptions = {},
): Promise<Record<string, SourceResult>> {
  const bodies = new Map<string, Promise<FetchedBody>>();
  const skipped = new Set<string>();
  const fetchOnce = (url: string): Promise<FetchedBody> => {
    let pending = bodies.get(url);
    if (!pending) {
      const failure = options.deferred?.(url);
      if (failure) skipped.add(url);
      pending = failure ? Promise.resolve({ failure }) : fetchText(url, deps);
      bodies.set(url, pending);
    }
    return pending;
  };
  // A URL read for several products counts as read when any of them could read it.
  const outcomes = new Map<string, SourceOutcome>();
  const learnt = (url: string, result: SourceResult, fetched: FetchedBody) => {
    if (skipped.has(url)) outcomes.set(url, { deferred: true });
    else if (result.ok) outcomes.set(url, { read: true });
    else if (!outcomes.has(url))
      outcomes.set(url, { read: false, failure: 'failure' in fetched ? fetched.failure : failureOf(result.error) });
  };

  const entries = await Promise.all(
    providers
      .filter(hasStatusSource)
      .map(async (provider) => [provider.id, await pollProvider(provider, fetchOnce, learnt, deps)] as const),
  );
  for (const [url, outcome] of outcomes) options.onOutcome?.(url, outcome);
  return Object.fromEntries(entries);
}

/** Why a source failed, without the source and time a ReadError adds: what the backoff table keeps. */
function failureOf({ kind, message, status, retryAfterMs }: ReadError): Failure {
  return { kind, message, ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

async function pollProvider(
  provider: Provider,
  fetchOnce: (url: string) => Promise<FetchedBody>,
  learnt: (url: string, result: SourceResult, fetched: FetchedBody) => void,
  deps: ReadDeps,
): Promise<SourceResult> {
  let firstFailure: SourceResult | undefined;
  for (const source of provider.sources) {
    const fetched = await fetchOnce(source.url);
    const result = readFetched(provider, source, fetched, new Date(deps.now()).toISOString());
    learnt(source.url, result, fetched);
    if (result.ok) return result;
    // The first source is the provider's own page: its fault is the one worth telling.
    firstFailure ??= result;
  }
  return (
    firstFailure ?? {
      ok: false,
      error: { kind: 'bad_payload', message: 'no status source is known', source: '', at: new Date(deps.now()).toISOString() },
    }
  );
}
