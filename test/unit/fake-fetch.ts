import type { FetchLike } from '../../src/core/read-source';

export interface FakeAnswer {
  status?: number;
  body?: string;
  contentType?: string;
  /** Never answers; only the caller's abort signal ends the request. */
  hang?: boolean;
  /** The network itself fails, as fetch does offline. */
  networkError?: boolean;
}

/** A fetch that answers from a table keyed by URL and records every call; an unknown URL is a network error. */
export function fakeFetch(routes: Record<string, FakeAnswer>): FetchLike & { calls: { url: string; cache: string }[] } {
  const calls: { url: string; cache: string }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, cache: init.cache });
    const answer = routes[url];
    if (!answer || answer.networkError) return Promise.reject(new TypeError('Failed to fetch'));
    if (answer.hang) {
      return new Promise((_, reject) => {
        init.signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    const status = answer.status ?? 200;
    return Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      headers: {
        get: (name: string) => (name.toLowerCase() === 'content-type' ? (answer.contentType ?? 'application/json') : null),
      },
      text: () => Promise.resolve(answer.body ?? ''),
    });
  };
  return Object.assign(fetch, { calls });
}
