import { isChallengePage, looksLikeHtml } from './body';
import type { Provider, ReadError, Reading, Source } from './model';
import { parserFor } from './platforms';
import type { Failure } from './result';

/** The part of `fetch` the core needs; the worker passes the browser's, the CLI Node's, tests their own. */
export type FetchLike = (
  url: string,
  init: { cache: 'no-cache'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface ReadDeps {
  fetch: FetchLike;
  /** Injected clock: epoch milliseconds. */
  now: () => number;
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export type SourceResult = { ok: true; reading: Reading } | { ok: false; error: ReadError };

export type FetchedBody = { body: string } | { failure: Failure };

/** Parse what one source answered, on behalf of one provider (its scope, its status page). */
export function readFetched(provider: Provider, source: Source, fetched: FetchedBody, at: string): SourceResult {
  if ('failure' in fetched) return { ok: false, error: { ...fetched.failure, source: source.url, at } };
  const parsed = parserFor(source.platform)(fetched.body, {
    source: source.url,
    statusPageUrl: provider.statusPageUrl ?? new URL(source.url).origin,
    ...(provider.componentIds ? { componentIds: provider.componentIds } : {}),
    fetchedAt: at,
  });
  if (!parsed.ok) return { ok: false, error: { ...parsed.failure, source: source.url, at } };
  return { ok: true, reading: parsed.value };
}

/** Fetch one URL as text. Never throws: every fault becomes a typed failure. */
export async function fetchText(url: string, deps: ReadDeps): Promise<FetchedBody> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  try {
    // no-cache, never no-store: the browser revalidates with the ETag and a 304 costs a few hundred bytes.
    const response = await deps.fetch(url, {
      cache: 'no-cache',
      signal: controller.signal,
      headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.5' },
    });
    const body = await response.text();
    const isHtml = (response.headers.get('content-type') ?? '').includes('text/html') || looksLikeHtml(body);
    if (isHtml && isChallengePage(body)) {
      return { failure: { kind: 'challenge', status: response.status, message: 'a bot-check page was served instead of data' } };
    }
    if (!response.ok) {
      return { failure: { kind: 'http', status: response.status, message: `the server answered HTTP ${response.status}` } };
    }
    if (isHtml) return { failure: { kind: 'bad_payload', message: 'an HTML page was served instead of data' } };
    return { body };
  } catch (error) {
    if (timedOut) return { failure: { kind: 'timeout', message: `no answer within ${Math.round(deps.timeoutMs / 1000)} s` } };
    return { failure: { kind: 'offline', message: `the network failed: ${describe(error)}` } };
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
