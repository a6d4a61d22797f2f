import { isRecord } from '../core/fetch/body';

/**
 * The status page a saved payload names for itself, when it is a web address: Statuspage's `page.url`, or
 * the bare host of a Flashduty summary's `data.page.custom_domain`.
 */
export function statusPageOf(body: string): string | undefined {
  try {
    const doc: unknown = JSON.parse(body);
    if (!isRecord(doc)) return undefined;
    if (isRecord(doc.page)) return originOf(doc.page.url);
    return isRecord(doc.data) && isRecord(doc.data.page) ? originOfHost(doc.data.page.custom_domain) : undefined;
  } catch {
    return undefined;
  }
}

function originOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
}

/** A host name alone, nothing more: `status.deepseek.com`, not a path, a port or credentials. */
function originOfHost(host: unknown): string | undefined {
  if (typeof host !== 'string' || host === '') return undefined;
  const parsed = new URL(`https://${host}`);
  return parsed.host === host.toLowerCase() && parsed.pathname === '/' ? parsed.origin : undefined;
}
