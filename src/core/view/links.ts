import type { Provider } from '../model';
import { safeHttpsUrl } from '../urls';

/** Statuspage's own short-link host, used in its notifications and feeds. */
const SHORTLINK_HOSTS = new Set(['stspg.io']);

/**
 * A link from a feed opens only if it is https and points at the provider's status page (or the
 * platform's short-link host): feed text must never send the user anywhere else.
 */
export function safeStatusLink(url: string, provider: Provider): string | undefined {
  const parsed = safeHttpsUrl(url);
  if (!parsed || !provider.statusPageUrl) return undefined;
  const statusHost = new URL(provider.statusPageUrl).host;
  return parsed.host === statusHost || SHORTLINK_HOSTS.has(parsed.host) ? parsed.href : undefined;
}
