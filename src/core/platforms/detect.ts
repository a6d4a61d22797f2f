import { isRecord } from '../body';
import type { PlatformName } from '../model';

/** Which platform wrote this body, judged from its content alone; undefined when none fits. */
export function detectPlatform(body: string): PlatformName | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  const hasIndicator = isRecord(doc.status) && typeof doc.status.indicator === 'string';
  const hasStatuspageList = ['components', 'incidents', 'scheduled_maintenances'].some((key) => Array.isArray(doc[key]));
  if (hasIndicator || hasStatuspageList) return 'statuspage';
  return undefined;
}
