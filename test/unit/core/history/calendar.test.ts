import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKeyOf, lastDayKeys, minutesByDay } from '../../../../src/core/history/calendar';
import { DAY_MS } from '../../../../src/core/time';

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham', 'Asia/Shanghai'];

describe('calendar days in a page’s zone', () => {
  it('one instant is a different day in different zones', () => {
    const lateEvening = Date.parse('2026-10-08T22:30:00Z');
    expect(dayKeyOf(lateEvening, 'UTC')).toBe('2026-10-08');
    expect(dayKeyOf(lateEvening, 'Europe/Berlin')).toBe('2026-10-09');
    expect(dayKeyOf(lateEvening, 'America/Los_Angeles')).toBe('2026-10-08');
  });

  it('a zone Intl does not know is read as UTC, never thrown', () => {
    expect(dayKeyOf(Date.parse('2026-10-08T23:30:00Z'), 'Mars/Olympus')).toBe('2026-10-08');
  });

  it('the 90 days across a DST change are 90 consecutive days ending today', () => {
    const afterChange = Date.parse('2026-11-02T07:30:00Z'); // 2026-11-01 23:30 in Los Angeles, after its change
    const days = lastDayKeys(afterChange, 'America/Los_Angeles');
    expect(days).toHaveLength(90);
    expect(days.at(-1)).toBe('2026-11-01');
    expect(days.at(-2)).toBe('2026-10-31');
    expect(days[0]).toBe('2026-08-04');
  });

  it('always consecutive days, oldest first, ending with the day now falls on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-01-01') }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 120 }),
        (nowMs, zone, count) => {
          const days = lastDayKeys(nowMs, zone, count);
          expect(days).toHaveLength(count);
          expect(days.at(-1)).toBe(dayKeyOf(nowMs, zone));
          for (let index = 1; index < days.length; index += 1) {
            expect(Date.parse(`${days[index]}T00:00:00Z`) - Date.parse(`${days[index - 1]}T00:00:00Z`)).toBe(DAY_MS);
          }
        },
      ),
    );
  });

  it('splits trouble at the zone’s midnights; a DST day is 25 hours long', () => {
    const from = Date.parse('2026-10-08T21:30:00Z'); // 23:30 in Berlin
    expect(minutesByDay(from, from + 60 * 60_000, 'Europe/Berlin')).toEqual([
      { day: '2026-10-08', minutes: 30 },
      { day: '2026-10-09', minutes: 30 },
    ]);
    expect(minutesByDay(from, from + 60 * 60_000, 'UTC')).toEqual([{ day: '2026-10-08', minutes: 60 }]);
    const dstDay = minutesByDay(Date.parse('2026-10-24T22:00:00Z'), Date.parse('2026-10-25T23:00:00Z'), 'Europe/Berlin');
    expect(dstDay).toEqual([{ day: '2026-10-25', minutes: 25 * 60 }]);
  });

  it('an interval of years walks only the strip’s days', () => {
    const parts = minutesByDay(0, Date.parse('2026-10-08T12:00:00Z'), 'UTC');
    expect(parts.length).toBeLessThanOrEqual(92);
    expect(parts.at(-1)).toEqual({ day: '2026-10-08', minutes: 12 * 60 });
  });
});
