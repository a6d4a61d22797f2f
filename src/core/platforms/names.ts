import type { PlatformName } from '../model';

/**
 * The platform names alone, apart from their parsers: the popup and the options page check stored and
 * imported names with these, and must not load every parser (and the XML reader) to do it.
 */
export const PLATFORM_NAMES: readonly PlatformName[] = [
  'statuspage',
  'incidentio',
  'google-cloud',
  'google-workspace',
  'feed',
  'betterstack',
  'instatus',
  'flashduty',
];

export function isPlatformName(name: string): name is PlatformName {
  return (PLATFORM_NAMES as readonly string[]).includes(name);
}
