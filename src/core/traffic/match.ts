import { TRAFFIC_SCOPES, type TrafficScope } from '../catalog/traffic';
import { parseUrl } from '../urls';

/**
 * Which assistant a request belongs to, among those the user turned it on for; undefined for any other. Only
 * the address is read, here and only here, and it is never kept: the caller keeps the assistant's id alone.
 */
export function providerOfRequest(url: string, enabled: ReadonlySet<string>): string | undefined {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'https:') return undefined;
  const scope = TRAFFIC_SCOPES.find((candidate) => candidate.host === parsed.hostname && enabled.has(candidate.providerId));
  return scope && inScope(scope, parsed.pathname) ? scope.providerId : undefined;
}

function inScope(scope: TrafficScope, path: string): boolean {
  return scope.paths === undefined || scope.paths.some((pattern) => pattern.test(path));
}
