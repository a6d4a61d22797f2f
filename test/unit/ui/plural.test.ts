import { describe, expect, it } from 'vitest';
import { formatCount, plural, pluralKey } from '../../../src/ui/plural';
import { englishT } from '../support/english';

const KEYS = { one: 'optionsWatchShownOne', other: 'optionsWatchShownOther' } as const;

describe('the plural form of a count, by the UI language', () => {
  it.each([
    ['en', 0, 'optionsWatchShownOther'],
    ['en', 1, 'optionsWatchShownOne'],
    ['en-US', 2, 'optionsWatchShownOther'],
    ['de', 1, 'optionsWatchShownOne'],
    ['de', 0, 'optionsWatchShownOther'],
    ['de-AT', 21, 'optionsWatchShownOther'],
    // French says "0 coché" as it says "1 coché".
    ['fr', 0, 'optionsWatchShownOne'],
    ['fr', 1, 'optionsWatchShownOne'],
    ['fr', 2, 'optionsWatchShownOther'],
    // French "many" (whole millions) takes the plural words.
    ['fr', 1_000_000, 'optionsWatchShownOther'],
  ] as const)('%s, %d: %s', (language, count, key) => {
    expect(pluralKey(KEYS, count, language)).toBe(key);
  });

  it('writes counts as the language writes numbers', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'de')).toBe('1.234');
    expect(formatCount(12345, 'fr').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatCount(3, 'fr')).toBe('3');
  });

  it('translates with the chosen key and the substitutions', () => {
    const seen: string[] = [];
    const t = (key: Parameters<typeof englishT>[0], substitutions?: string | string[]) => {
      seen.push(key);
      return englishT(key, substitutions);
    };
    expect(plural(t, 'en', KEYS, 1, ['1', '25'])).toBe('1 of 25 assistants shown');
    expect(seen).toEqual(['optionsWatchShownOne']);
  });
});
