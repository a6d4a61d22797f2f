import { type DiscoverRequest, type DiscoveryAnswer, workerFailed } from '../browser/discovery-request';
import { hasHostPermission } from '../browser/permissions';
import { hostPermissionFor } from '../core/catalog/providers';
// Static: a service worker may not import() at run time.
import { discover } from '../core/discovery/discover';
import { DEFAULT_TIMEOUT_MS, type FetchLike } from '../core/fetch/fetch-text';

/**
 * Finds the platform of a status page the user adds on the options page (the UIs never fetch or parse
 * feeds). The options page asks for the host access in the user's click, then sends this; without that
 * access nothing is fetched. Never rejects: a fault is answered as a typed failure, since a rejection
 * reaches the page as an error that says nothing it could tell the user.
 */
export async function answerDiscovery(request: DiscoverRequest): Promise<DiscoveryAnswer> {
  try {
    const permission = hostPermissionFor(request.pageUrl);
    if (!(await hasHostPermission(permission))) return { ok: false, failure: { kind: 'no_access', permission } };
    const found = await discover(request.pageUrl, { fetch: permittedFetch(), now: Date.now, timeoutMs: DEFAULT_TIMEOUT_MS });
    return found.ok ? found : { ok: false, failure: { kind: 'unreadable', failure: found.failure } };
  } catch (error) {
    console.error('AI Outage Radar: discovery failed', request.pageUrl, error);
    return workerFailed(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The worker's fetch, for one discovery, refusing every address the extension may not read. On a shared
 * host (core/catalog/providers) access covers one path only, and discovery also tries the host's root
 * endpoints: those are not asked for. A refusal fails like the network, and discovery tries the next one.
 */
function permittedFetch(): FetchLike {
  const checked = new Map<string, Promise<boolean>>();
  return async (url, init) => {
    const pattern = hostPermissionFor(url);
    let allowed = checked.get(pattern);
    if (!allowed) {
      allowed = hasHostPermission(pattern).catch(() => false);
      checked.set(pattern, allowed);
    }
    if (!(await allowed)) throw new Error(`no access to ${pattern}`);
    return fetch(url, init);
  };
}
