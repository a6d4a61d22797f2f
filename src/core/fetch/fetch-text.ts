import type { Failure } from '../result';
import { SECOND_MS } from '../time';
import { hostOf } from '../urls';
import { isChallengePage, looksLikeHtml } from './body';
import { type BodyDigest, digestBody } from './digest';

/** The part of `fetch` the core needs; the worker passes the browser's, the CLI Node's, tests their own. */
export type FetchLike = (
  url: string,
  init: { cache: 'no-cache'; signal: AbortSignal; headers: Record<string, string>; redirect?: 'manual' },
) => Promise<{
  ok: boolean;
  status: number;
  /** `opaqueredirect` for a redirect not followed, in a browser. */
  type?: string;
  /** Where the answer came from after redirects; absent in fakes that do not redirect. */
  url?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface ReadDeps {
  fetch: FetchLike;
  /** Injected clock: epoch milliseconds. */
  now: () => number;
  timeoutMs: number;
  /**
   * A browser fails a redirect to a host the extension may not read like a network fault; with this set, such
   * a failure is asked about once more, without following redirects, to tell the two apart. Node follows
   * every redirect, so the CLI leaves it off.
   */
  probeRedirects?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The validators the answer came with: with either, the browser revalidates the body and a 304 is cheap. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * What one fetch gave: the body as text, with its digest and validators, or why there is none. The digest and
 * validators are optional so that a body handed over by other means (a test, a discovered page) needs none; the
 * poll then digests it itself.
 */
export type FetchedBody = { body: string; digest?: BodyDigest; validators?: Validators } | { failure: Failure };

/**
 * Far above any real status payload (Google Cloud's whole incident history is a few MB), low enough that a
 * runaway body is refused rather than parsed and stored.
 */
export const MAX_BODY_CHARS = 8 * 1024 * 1024;

/** Fetch one URL as text. Never throws: every fault becomes a typed failure. */
export async function fetchText(url: string, deps: ReadDeps): Promise<FetchedBody> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  let answered = false;
  try {
    // no-cache, never no-store: the browser revalidates with the ETag and a 304 costs a few hundred bytes.
    const response = await deps.fetch(url, {
      cache: 'no-cache',
      signal: controller.signal,
      headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.5' },
    });
    answered = true;
    const landed = hostOf(response.url);
    if (landed !== undefined && landed !== hostOf(url)) {
      controller.abort();
      return { failure: { kind: 'redirected', message: `the page redirected to another host (${landed})` } };
    }
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_BODY_CHARS) {
      controller.abort();
      return { failure: tooLarge() };
    }
    const body = await response.text();
    if (body.length > MAX_BODY_CHARS) return { failure: tooLarge() };
    // Body over label: the content says what it is (Hugging Face serves its JSON as text/html), never Content-Type.
    const isHtml = looksLikeHtml(body);
    if (isHtml && isChallengePage(body)) {
      return { failure: { kind: 'challenge', status: response.status, message: 'a bot-check page was served instead of data' } };
    }
    if (!response.ok) {
      const retryAfterMs = retryAfterOf(response.headers.get('retry-after'), deps.now());
      return {
        failure: {
          kind: 'http',
          status: response.status,
          message: `the server answered HTTP ${response.status}`,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        },
      };
    }
    if (isHtml) return { failure: { kind: 'bad_payload', message: 'an HTML page was served instead of data' } };
    // On a 304 the browser hands over its cached body as a 200 with the headers refreshed, so an unchanged body
    // shows here by its validator and its digest, never by its status.
    return { body, digest: digestBody(body), validators: validatorsOf(response.headers) };
  } catch (error) {
    if (timedOut)
      return { failure: { kind: 'timeout', message: `no answer within ${Math.round(deps.timeoutMs / SECOND_MS)} s` } };
    // The server answered, then the connection dropped: the network works, the answer is incomplete.
    if (answered) return { failure: { kind: 'bad_payload', message: `the answer was cut off: ${describe(error)}` } };
    const elsewhere = deps.probeRedirects ? await redirectTarget(url, deps) : undefined;
    if (elsewhere !== undefined) {
      return { failure: { kind: 'redirected', message: `the page redirected to ${elsewhere || 'another host'}` } };
    }
    return { failure: { kind: 'offline', message: `the network failed: ${describe(error)}` } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * After a failed fetch: was it a redirect to a host the extension may not read (the browser then fails the
 * request like a network fault)? Asked again without following, only in that rare case. The host it went to
 * ('' when the browser hides it), or undefined for a real network failure.
 */
async function redirectTarget(url: string, deps: ReadDeps): Promise<string | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    const response = await deps.fetch(url, { cache: 'no-cache', signal: controller.signal, headers: {}, redirect: 'manual' });
    if (response.type === 'opaqueredirect') return '';
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return undefined;
    const target = hostOf(new URL(location, url).href);
    return target !== undefined && target !== hostOf(url) ? target : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

function validatorsOf(headers: { get(name: string): string | null }): Validators {
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function tooLarge(): { kind: 'too_large'; message: string } {
  return { kind: 'too_large', message: `the answer is larger than ${MAX_BODY_CHARS / 1024 / 1024} MB` };
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
export function retryAfterOf(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * SECOND_MS;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
