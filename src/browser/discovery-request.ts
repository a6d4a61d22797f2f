import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { Discovery } from '../core/discovery/discover';
import { isRecord } from '../core/fetch/fields';
import { PLATFORM_NAMES } from '../core/platforms/names';
import type { Failure } from '../core/result';
import { ERROR_KINDS } from '../core/state/stored-state';
import { firstProblem } from '../core/stored-schema';
import { safeHttpsUrl } from '../core/urls';

export type { Discovery };

/** Find which platform serves a status page the user adds: the worker reads it, the UIs never fetch feeds. */
export interface DiscoverRequest {
  type: 'discover';
  /** https only: the worker reads no other scheme. */
  pageUrl: string;
}

export function isDiscoverRequest(message: unknown): message is DiscoverRequest {
  return (
    isRecord(message) &&
    message.type === 'discover' &&
    typeof message.pageUrl === 'string' &&
    safeHttpsUrl(message.pageUrl) !== undefined
  );
}

/** Why the worker found nothing to watch at the address. */
export type DiscoveryFailure =
  /** Discovery ran: no endpoint read as a platform, as core/discovery/discover tells it. */
  | { kind: 'unreadable'; failure: Failure }
  /** The extension may not read the page's host (this match pattern): nothing was fetched. */
  | { kind: 'no_access'; permission: string }
  /** The worker failed, or its answer was lost or does not fit: no word about the page itself. */
  | { kind: 'worker_failed'; message: string };

export type DiscoveryAnswer = { ok: true; value: Discovery } | { ok: false; failure: DiscoveryFailure };

const TEXT = v.string();
const HTTPS_URL = v.pipe(
  TEXT,
  v.check((url) => safeHttpsUrl(url) !== undefined),
);
const PLATFORM = v.picklist(PLATFORM_NAMES);
const DISCOVERY = v.object({
  platform: PLATFORM,
  statusPageUrl: HTTPS_URL,
  // A page with nothing to read would be watched as unknown for ever.
  sources: v.pipe(v.array(v.object({ platform: PLATFORM, url: HTTPS_URL })), v.minLength(1)),
});
const FAILURE = v.object({
  kind: v.picklist(ERROR_KINDS),
  message: TEXT,
  status: v.exactOptional(v.number()),
  retryAfterMs: v.exactOptional(v.number()),
});
/** What the worker answers, read back as strictly as anything from storage: it crossed a process boundary. */
const DISCOVERY_ANSWER = v.variant('ok', [
  v.object({ ok: v.literal(true), value: DISCOVERY }),
  v.object({
    ok: v.literal(false),
    failure: v.variant('kind', [
      v.object({ kind: v.literal('unreadable'), failure: FAILURE }),
      v.object({ kind: v.literal('no_access'), permission: TEXT }),
      v.object({ kind: v.literal('worker_failed'), message: TEXT }),
    ]),
  }),
]);

export function workerFailed(message: string): DiscoveryAnswer {
  return { ok: false, failure: { kind: 'worker_failed', message } };
}

/**
 * Ask the worker to discover the page's platform. Call it once the host access is granted: the worker
 * reads only hosts the extension may read. Never rejects: a lost or malformed answer is a `worker_failed`
 * failure, so the caller keeps its state and tells the user.
 */
export async function requestDiscovery(pageUrl: string): Promise<DiscoveryAnswer> {
  const request: DiscoverRequest = { type: 'discover', pageUrl };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(request);
  } catch (error) {
    return workerFailed(`the worker did not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  const read = v.safeParse(DISCOVERY_ANSWER, answer);
  return read.success ? read.output : workerFailed(`the worker's answer does not fit: ${firstProblem(read.issues)}`);
}
