import type { PlatformName } from '../model';
import type { Parser } from './platform';
import { parseStatuspage } from './statuspage';

const PARSERS: Partial<Record<PlatformName, Parser>> = {
  statuspage: parseStatuspage,
};

export function parserFor(platform: PlatformName): Parser | undefined {
  return PARSERS[platform];
}

export const PLATFORM_NAMES = Object.keys(PARSERS) as PlatformName[];

export function isPlatformName(name: string): name is PlatformName {
  return Object.hasOwn(PARSERS, name);
}
