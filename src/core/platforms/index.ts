import type { PlatformName } from '../model';
import type { Parser } from './platform';
import { parseStatuspage } from './statuspage';

export const PARSERS: Record<PlatformName, Parser> = {
  statuspage: parseStatuspage,
};

export const PLATFORM_NAMES = Object.keys(PARSERS) as PlatformName[];

export function isPlatformName(name: string): name is PlatformName {
  return Object.hasOwn(PARSERS, name);
}
