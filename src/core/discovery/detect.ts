import { jsonOf } from '../fetch/body';
import type { PlatformName } from '../model';
import { isBetterstackDocument } from '../platforms/betterstack';
import { looksLikeFeed } from '../platforms/feed/feed';
import { isFlashdutyDocument } from '../platforms/flashduty';
import { isGoogleCloudDocument } from '../platforms/google/cloud';
import { isGoogleWorkspaceDocument } from '../platforms/google/workspace';
import { isIncidentioDocument } from '../platforms/incidentio/incidentio';
import { isInstatusDocument } from '../platforms/instatus';
import { isStatuspageDocument } from '../platforms/statuspage';

/** The JSON platforms, in the order they are asked. */
const JSON_SHAPES: readonly (readonly [PlatformName, (doc: unknown) => boolean])[] = [
  ['google-cloud', isGoogleCloudDocument],
  ['google-workspace', isGoogleWorkspaceDocument],
  ['incidentio', isIncidentioDocument],
  ['betterstack', isBetterstackDocument],
  ['flashduty', isFlashdutyDocument],
  ['instatus', isInstatusDocument],
  ['statuspage', isStatuspageDocument],
];

/**
 * Which platform wrote this body, judged from its content alone; undefined when none fits. A feed is told
 * from its text; any other body is parsed once, and the most specific JSON shapes are asked first: an
 * Instatus summary also has a `page`, and an incident.io page JSON must not be taken for its
 * Statuspage-compatible copy. Better Stack and Flashduty both wrap their answer in `data`, told apart by
 * what is inside it.
 */
export function detectPlatform(body: string): PlatformName | undefined {
  if (looksLikeFeed(body)) return 'feed';
  const doc = jsonOf(body);
  return JSON_SHAPES.find(([, fits]) => fits(doc))?.[0];
}
