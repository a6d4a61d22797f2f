import { digestBody } from '../fetch/digest';
import { type FetchedBody, fetchText, type ReadDeps } from '../fetch/fetch-text';
import {
  hasStatusSource,
  type Provider,
  type ReadError,
  type ReadingBasis,
  type Source,
  type SourceMemo,
  type State,
} from '../model';
import type { Failure } from '../result';
import type { SourceOutcome } from './backoff';
import { readFetched, type SourceResult } from './read-source';
import { keptReading, sameReading, scopeDigest } from './reuse';
import { pacedSources } from './sources';

export interface PollOptions {
  /** A source still waiting after failures is not fetched: it reads as this failure (see core/poll/backoff). */
  deferred?: (url: string) => Failure | undefined;
  /** Told once per source URL what this poll learnt of it. */
  onOutcome?: (url: string, outcome: SourceOutcome) => void;
  /**
   * What the last poll left. With it, a body the same as the one a provider's reading was made from is not
   * parsed again (core/poll/reuse). Without (the terminal command, a first poll), every body is parsed. A
   * State shed to fit the storage quota is not used: its readings lack what the bodies say.
   */
  previous?: State;
  /**
   * The poll period, for a scheduled poll: heavy sources without validators are then fetched only when due
   * (core/poll/pace). Absent (a Refresh by the user, the terminal command): every source is fetched.
   */
  pollMs?: number;
  /** The build that reads: a reading another build made is made again (see scopeDigest). */
  reader?: string;
  /** Told once per source URL that answered with a body: what it weighed, for the next poll's pace. */
  onMemo?: (url: string, memo: SourceMemo) => void;
  /** When the poll started, epoch ms, if the caller dates the State by it too; else the clock now. */
  startedAt?: number;
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
  const polled = providers.filter(hasStatusSource);
  // One poll, one time: every reading and error it makes is dated at its start (a poll lasts seconds at most),
  // so that a quiet poll's times are one time (core/state/times).
  const nowMs = options.startedAt ?? deps.now();
  const at = new Date(nowMs).toISOString();
  const reader = options.reader ?? '';
  const previous = options.previous?.shed ? undefined : options.previous;
  const paced =
    previous && options.pollMs !== undefined
      ? pacedSources(polled, { previous, pollMs: options.pollMs, nowMs, reader })
      : new Set<string>();

  // Whether a reading this poll starts from was made from this very body of the URL.
  const readFrom = (url: string, hash: string) =>
    polled.some((provider) => {
      const reading = previous?.providers[provider.id]?.reading;
      return reading?.source === url && reading.basis?.body === hash;
    });
  const bodies = new Map<string, Promise<FetchedBody>>();
  const skipped = new Set<string>();
  const fetchOnce = (url: string): Promise<FetchedBody> => {
    let pending = bodies.get(url);
    if (!pending) {
      const failure = options.deferred?.(url);
      if (failure) skipped.add(url);
      pending = failure ? Promise.resolve({ failure }) : fetchText(url, deps).then((fetched) => withDigest(url, fetched));
      bodies.set(url, pending);
    }
    return pending;
  };
  const withDigest = (url: string, fetched: FetchedBody): FetchedBody => {
    if ('failure' in fetched) return fetched;
    const digest = fetched.digest ?? digestBody(fetched.body);
    const validated = fetched.validators?.etag !== undefined || fetched.validators?.lastModified !== undefined;
    const changed = !readFrom(url, digest.hash);
    options.onMemo?.(url, { bytes: digest.bytes, validated, ...(changed ? { changed: true } : {}) });
    return { ...fetched, digest };
  };
  // A URL read for several products counts as read when any of them could read it.
  const outcomes = new Map<string, SourceOutcome>();
  const learnt = (url: string, result: SourceResult, fetched: FetchedBody) => {
    if (skipped.has(url)) outcomes.set(url, { deferred: true });
    else if (result.ok) outcomes.set(url, { read: true });
    else if (!outcomes.has(url))
      outcomes.set(url, { read: false, failure: 'failure' in fetched ? fetched.failure : failureOf(result.error) });
  };

  const readSource = async (provider: Provider, source: Source): Promise<SourceResult> => {
    const scope = scopeDigest(provider, source, reader);
    const before = previous?.providers[provider.id];
    // pacedSources only leaves a URL alone when every provider listing it may keep its reading.
    const kept = paced.has(source.url) ? keptReading(before, source, scope, nowMs) : undefined;
    if (kept) {
      // Not fetched, so nothing was learnt: not a read, not a failure; backoff leaves it as it was.
      outcomes.set(source.url, { deferred: true });
      return { ok: true, reading: kept, paced: true };
    }
    const fetched = await fetchOnce(source.url);
    const basis = 'failure' in fetched ? undefined : { body: fetched.digest?.hash ?? digestBody(fetched.body).hash, scope };
    const same = basis && sameReading(before, basis, nowMs);
    // The same body read the same way reads the same: the reading stands, fetched now.
    const result: SourceResult = same
      ? { ok: true, reading: { ...same, fetchedAt: at } }
      : withBasis(readFetched(provider, source, fetched, at), basis);
    learnt(source.url, result, fetched);
    return result;
  };

  const entries = await Promise.all(
    polled.map(async (provider) => [provider.id, await pollProvider(provider, readSource, at)] as const),
  );
  for (const [url, outcome] of outcomes) options.onOutcome?.(url, outcome);
  return Object.fromEntries(entries);
}

function withBasis(result: SourceResult, basis: ReadingBasis | undefined): SourceResult {
  return result.ok && basis ? { ok: true, reading: { ...result.reading, basis } } : result;
}

/** Why a source failed, without the source and time a ReadError adds: what the backoff table keeps. */
function failureOf({ kind, message, status, retryAfterMs }: ReadError): Failure {
  return { kind, message, ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

async function pollProvider(
  provider: Provider,
  readSource: (provider: Provider, source: Source) => Promise<SourceResult>,
  at: string,
): Promise<SourceResult> {
  let firstFailure: SourceResult | undefined;
  for (const source of provider.sources) {
    const result = await readSource(provider, source);
    if (result.ok) return result;
    // The first source is the provider's own page: its fault is the one worth telling.
    firstFailure ??= result;
  }
  return (
    firstFailure ?? {
      ok: false,
      error: { kind: 'bad_payload', message: 'no status source is known', source: '', at },
    }
  );
}
