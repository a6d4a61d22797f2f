import type { FetchLike } from '../core/fetch/fetch-text';

/**
 * A fetch that remembers whether anything answered. The core turns every fault into a typed failure, and
 * discovery reports only that no platform answered; this tells "the page said nothing readable" apart from
 * "the page was never reached", which is the network's fault, not the page's.
 */
export interface WatchedFetch {
  fetch: FetchLike;
  /** How many requests were made. */
  calls(): number;
  /** Whether any request got an answer, even an error page. */
  answered(): boolean;
  /** The latest network fault: a request that failed before any answer (a timeout is not one: it is aborted). */
  fault(): unknown;
}

export function watchFetch(fetch: FetchLike): WatchedFetch {
  let calls = 0;
  let answered = false;
  let fault: unknown;
  const watched: FetchLike = async (url, init) => {
    calls += 1;
    try {
      const response = await fetch(url, init);
      answered = true;
      return response;
    } catch (error) {
      if (!init.signal.aborted) fault = error;
      throw error;
    }
  };
  return { fetch: watched, calls: () => calls, answered: () => answered, fault: () => fault };
}

/**
 * Why a request failed, in the system's own words: Node's fetch says only "fetch failed" and puts the
 * reason (getaddrinfo ENOTFOUND host, connect ECONNREFUSED …) in its `cause`.
 */
export function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    // A refused connection tried on several addresses is an AggregateError with no message, only a code.
    if (cause.message) return cause.message;
    if ('code' in cause && typeof cause.code === 'string') return cause.code;
  }
  return error instanceof Error ? error.message : String(error);
}
