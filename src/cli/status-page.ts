import { isRecord } from '../core/body';

/** The status page a saved payload names for itself (Statuspage's `page.url`), when it is a web address. */
export function statusPageOf(body: string): string | undefined {
  try {
    const doc: unknown = JSON.parse(body);
    const url = isRecord(doc) && isRecord(doc.page) ? doc.page.url : undefined;
    if (typeof url !== 'string') return undefined;
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
