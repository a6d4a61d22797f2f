import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from '../../../src/options/timeOfDay';

/** Intl puts a narrow no-break space before AM/PM: compare as a person reads it. */
const read = (minutes: number, language: string) => formatTimeOfDay(minutes, language).replace(/\s/g, ' ');

describe('a time of day as the language writes it', () => {
  it.each([
    [22 * 60, 'en-US', '10:00 PM'],
    [7 * 60, 'en-US', '7:00 AM'],
    [0, 'en', '12:00 AM'],
    [12 * 60, 'en', '12:00 PM'],
    [23 * 60 + 59, 'en-US', '11:59 PM'],
    [7 * 60, 'en-GB', '07:00'],
    [22 * 60, 'de', '22:00'],
    [7 * 60 + 5, 'de-DE', '07:05'],
    [0, 'de', '00:00'],
    [6 * 60 + 15, 'fr', '06:15'],
    [23 * 60 + 30, 'fr-FR', '23:30'],
  ] as const)('%d minutes after midnight in %s: %s', (minutes, language, expected) => {
    expect(read(minutes, language)).toBe(expected);
  });

  it('is the wall-clock time whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(read(22 * 60, 'de')).toBe('22:00');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
