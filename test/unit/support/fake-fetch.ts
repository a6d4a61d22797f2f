import type { FetchLike } from '../../../src/core/fetch/fetch-text';

export interface FakeAnswer {
  status?: number;
  body?: string;
  contentType?: string;
  /** More response headers, by lower-case name. */
  headers?: Record<string, string>;
  /** Never answers; only the caller's abort signal ends the request. */
  hang?: boolean;
  /** The network itself fails, as fetch does offline. */
  networkError?: boolean;
  /** The headers arrive, then the connection drops while the body is read. */
  cutOff?: boolean;
  /** Followed redirects ended here: the response's `url`. */
  landedAt?: string;
  /**
   * A redirect to a host the extension may not read, as a browser treats it: followed, the request fails like
   * a network fault; not followed (`redirect: 'manual'`), it is an `opaqueredirect`.
   */
  blockedRedirect?: boolean;
}

/** A fetch that answers from a table keyed by URL and records every call; an unknown URL is a network error. */
export function fakeFetch(
  routes: Record<string, FakeAnswer>,
): FetchLike & { calls: { url: string; cache: string; redirect?: string }[] } {
  const calls: { url: string; cache: string; redirect?: string }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, cache: init.cache, ...(init.redirect ? { redirect: init.redirect } : {}) });
    const answer = routes[url];
    if (answer?.blockedRedirect) {
      if (init.redirect !== 'manual') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve({
        ok: false,
        status: 0,
        type: 'opaqueredirect',
        url,
        headers: { get: () => null },
        text: () => Promise.resolve(''),
      });
    }
    if (!answer || answer.networkError) return Promise.reject(new TypeError('Failed to fetch'));
    if (answer.hang) {
      return new Promise((_, reject) => {
        init.signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    const status = answer.status ?? 200;
    const headers: Record<string, string> = { 'content-type': answer.contentType ?? 'application/json', ...answer.headers };
    return Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      url: answer.landedAt ?? url,
      headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
      text: () => (answer.cutOff ? Promise.reject(new TypeError('network error')) : Promise.resolve(answer.body ?? '')),
    });
  };
  return Object.assign(fetch, { calls });
}
