import type { PlatformName } from '../model';
import { parseBetterstack } from './betterstack';
import { parseFeed } from './feed/feed';
import { parseFlashduty } from './flashduty';
import { parseGoogleCloud } from './google/cloud';
import { parseGoogleWorkspace } from './google/workspace';
import { parseIncidentio } from './incidentio/incidentio';
import { parseInstatus } from './instatus';
import type { Parser } from './platform';
import { parseStatuspage } from './statuspage';

const PARSERS: Record<PlatformName, Parser> = {
  statuspage: parseStatuspage,
  incidentio: parseIncidentio,
  'google-cloud': parseGoogleCloud,
  'google-workspace': parseGoogleWorkspace,
  feed: parseFeed,
  betterstack: parseBetterstack,
  instatus: parseInstatus,
  flashduty: parseFlashduty,
};

export function parserFor(platform: PlatformName): Parser {
  return PARSERS[platform];
}

export { isPlatformName, PLATFORM_NAMES } from './names';
