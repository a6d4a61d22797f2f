import { isRecord } from '../fetch/body';
import type { PlatformName } from '../model';
import { looksLikeBetterstack } from '../platforms/betterstack';
import { looksLikeFeed } from '../platforms/feed/feed';
import { looksLikeFlashduty } from '../platforms/flashduty';
import { looksLikeGoogleCloud } from '../platforms/google/cloud';
import { looksLikeGoogleWorkspace } from '../platforms/google/workspace';
import { looksLikeIncidentio } from '../platforms/incidentio/incidentio';
import { looksLikeInstatus } from '../platforms/instatus';

/**
 * Which platform wrote this body, judged from its content alone; undefined when none fits. The most
 * specific shapes are asked first: an Instatus summary also has a `page`, and an incident.io page JSON
 * must not be taken for its Statuspage-compatible copy. Better Stack and Flashduty both wrap their answer in
 * `data`, told apart by what is inside it.
 */
export function detectPlatform(body: string): PlatformName | undefined {
  if (looksLikeFeed(body)) return 'feed';
  if (looksLikeGoogleCloud(body)) return 'google-cloud';
  if (looksLikeGoogleWorkspace(body)) return 'google-workspace';
  if (looksLikeIncidentio(body)) return 'incidentio';
  if (looksLikeBetterstack(body)) return 'betterstack';
  if (looksLikeFlashduty(body)) return 'flashduty';
  if (looksLikeInstatus(body)) return 'instatus';
  if (looksLikeStatuspage(body)) return 'statuspage';
  return undefined;
}

function looksLikeStatuspage(body: string): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return false;
  }
  if (!isRecord(doc)) return false;
  const hasIndicator = isRecord(doc.status) && typeof doc.status.indicator === 'string';
  const hasStatuspageList = ['components', 'incidents', 'scheduled_maintenances'].some((key) => Array.isArray(doc[key]));
  return hasIndicator || hasStatuspageList;
}
