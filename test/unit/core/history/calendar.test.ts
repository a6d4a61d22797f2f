import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayKeyOf,
  dayLengthMs,
  lastDayKeys,
  minutesByDay,
  nextDayKey,
  startOfDayMs,
} from '../../../../src/core/history/calendar';
import { DAY_MS, HOUR_MS } from '../../../../src/core/time';

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

describe('where a page’s day begins and how long it is', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', 23],
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00Z', 25],
    ['Europe/Berlin', '2026-03-08', '2026-03-07T23:00:00Z', 24],
    ['Europe/Berlin', '2026-11-01', '2026-10-31T23:00:00Z', 24],
    ['America/Los_Angeles', '2026-03-08', '2026-03-08T08:00:00Z', 23],
    ['America/Los_Angeles', '2026-11-01', '2026-11-01T07:00:00Z', 25],
    ['America/Los_Angeles', '2026-03-29', '2026-03-29T07:00:00Z', 24],
    ['America/Los_Angeles', '2026-10-25', '2026-10-25T07:00:00Z', 24],
    ['Asia/Kolkata', '2026-10-25', '2026-10-24T18:30:00Z', 24],
    ['Pacific/Chatham', '2026-04-05', '2026-04-04T10:15:00Z', 25],
    ['Australia/Lord_Howe', '2026-10-04', '2026-10-03T13:30:00Z', 23.5],
    // Chile moves its clocks at midnight: 00:00 never happens that day, which begins at 01:00 (-03).
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z', 23],
  ])('%s: %s begins at %s and is %d hours long', (zone, day, start, hours) => {
    expect(new Date(startOfDayMs(day, zone)).toISOString()).toBe(new Date(start).toISOString());
    expect(dayLengthMs(day, zone)).toBe(hours * HOUR_MS);
  });

  it('an unknown zone, and an empty one, is UTC', () => {
    expect(startOfDayMs('2026-10-25', 'Mars/Olympus')).toBe(Date.parse('2026-10-25T00:00:00Z'));
    expect(startOfDayMs('2026-10-25', '')).toBe(Date.parse('2026-10-25T00:00:00Z'));
    expect(dayLengthMs('2026-10-25', 'Not a zone')).toBe(DAY_MS);
    expect(lastDayKeys(Date.parse('2026-10-25T23:30:00Z'), 'Mars/Olympus', 2)).toEqual(['2026-10-24', '2026-10-25']);
  });

  it('a key that is no date begins at no time, and does not throw', () => {
    expect(startOfDayMs('yesterday', 'UTC')).toBeNaN();
  });

  it('the next day crosses months and leap days', () => {
    expect(nextDayKey('2028-02-28')).toBe('2028-02-29');
    expect(nextDayKey('2028-02-29')).toBe('2028-03-01');
    expect(nextDayKey('2026-12-31')).toBe('2027-01-01');
  });

  it('the start of a day is its first instant, in any zone, on any day', () => {
    const zones = [...ZONES, 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Tehran', 'Pacific/Apia'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-01-01') }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const day = dayKeyOf(ms, zone);
          const start = startOfDayMs(day, zone);
          expect(dayKeyOf(start, zone)).toBe(day);
          expect(dayKeyOf(start - 1, zone) < day).toBe(true);
          expect(start).toBeLessThanOrEqual(ms);
          expect(startOfDayMs(nextDayKey(day), zone)).toBeGreaterThan(ms);
        },
      ),
    );
  });
});
