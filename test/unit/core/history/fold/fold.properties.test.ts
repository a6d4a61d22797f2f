import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKeyOf, dayLengthMs, nextDayKey, startOfDayMs } from '../../../../../src/core/history/calendar';
import { foldIntervals } from '../../../../../src/core/history/fold/fold';
import type { HistoryDay, TroubleInterval, TroubleLevel } from '../../../../../src/core/history/model';
import { rank } from '../../../../../src/core/severity';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../../../src/core/time';

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham', 'Asia/Shanghai'];
const LEVELS: TroubleLevel[] = ['maintenance', 'degraded', 'partial_outage', 'major_outage'];

interface Case {
  nowMs: number;
  timeZone: string;
  days: number;
  intervals: TroubleInterval[];
}

/** Intervals around the window, some open, some reversed, some starting after now or ending long before. */
function intervalsNear(nowMs: number, days: number) {
  return fc.array(
    fc.record({
      startMs: fc.integer({ min: nowMs - (days + 3) * DAY_MS, max: nowMs + HOUR_MS }),
      length: fc.oneof(
        fc.integer({ min: -HOUR_MS, max: 3 * DAY_MS }),
        fc.integer({ min: 0, max: 2 * MINUTE_MS }),
        fc.constant(undefined),
      ),
      level: fc.constantFrom(...LEVELS),
      title: fc.option(fc.constantFrom('API down', 'Slow chat', 'Upgrade', 'Errors'), { nil: undefined }),
    }),
    { maxLength: 12 },
  );
}

function toInterval(raw: { startMs: number; length: number | undefined; level: TroubleLevel; title: string | undefined }) {
  const interval: TroubleInterval = { startMs: raw.startMs, level: raw.level };
  if (raw.length !== undefined) interval.endMs = raw.startMs + raw.length;
  if (raw.title !== undefined) interval.title = raw.title;
  return interval;
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    nowMs: fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2030-01-01') }),
    timeZone: fc.constantFrom(...ZONES),
    days: fc.integer({ min: 1, max: 100 }),
  })
  .chain(({ nowMs, timeZone, days }) =>
    intervalsNear(nowMs, days).map((raw) => ({ nowMs, timeZone, days, intervals: raw.map(toInterval) })),
  );

function fold({ nowMs, timeZone, days, intervals }: Case): HistoryDay[] {
  return foldIntervals(intervals, { nowMs, timeZone, days });
}

/** What an interval covers of the window, computed apart from the fold: [start, end) cut to the window and now. */
function covered(interval: TroubleInterval, windowStart: number, nowMs: number): [number, number] | undefined {
  const end = Math.min(interval.endMs ?? nowMs, nowMs);
  const start = Math.max(interval.startMs, windowStart);
  return end > start && (interval.endMs ?? nowMs) >= interval.startMs ? [start, end] : undefined;
}

function unionLength(stretches: [number, number][]): number {
  let total = 0;
  let reached = Number.NEGATIVE_INFINITY;
  for (const [start, end] of [...stretches].sort((a, b) => a[0] - b[0])) {
    if (end > reached) total += end - Math.max(start, reached);
    reached = Math.max(reached, end);
  }
  return total;
}

const levelRank = (level: HistoryDay['level']) => (level === 'no_data' ? -1 : rank(level));

describe('folding any intervals, in any real zone', () => {
  it('the strip has exactly `days` consecutive days, oldest first, ending with today', () => {
    fc.assert(
      fc.property(cases, (input) => {
        const strip = fold(input);
        expect(strip).toHaveLength(input.days);
        expect(strip.at(-1)?.day).toBe(dayKeyOf(input.nowMs, input.timeZone));
        for (let index = 1; index < strip.length; index += 1) {
          expect(strip[index]?.day).toBe(nextDayKey(strip[index - 1]?.day ?? ''));
        }
      }),
    );
  });

  it('no level has more minutes on a day than the day is long', () => {
    fc.assert(
      fc.property(cases, (input) => {
        for (const day of fold(input)) {
          const length = dayLengthMs(day.day, input.timeZone) / MINUTE_MS;
          for (const level of LEVELS) expect(day.minutes[level] ?? 0).toBeLessThanOrEqual(length);
        }
      }),
    );
  });

  it('a level’s minutes over the strip are the length of the union of its intervals, give or take a minute a day', () => {
    fc.assert(
      fc.property(cases, (input) => {
        const strip = fold(input);
        const windowStart = startOfDayMs(strip[0]?.day ?? '', input.timeZone);
        for (const level of LEVELS) {
          const stretches = input.intervals
            .filter((interval) => interval.level === level)
            .flatMap((interval) => {
              const stretch = covered(interval, windowStart, input.nowMs);
              return stretch ? [stretch] : [];
            });
          const expected = unionLength(stretches) / MINUTE_MS;
          const counted = strip.filter((day) => day.minutes[level] !== undefined);
          const total = counted.reduce((sum, day) => sum + (day.minutes[level] ?? 0), 0);
          expect(Math.abs(total - expected)).toBeLessThanOrEqual(counted.length);
          if (expected >= 1) expect(total).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('a day is never better than an interval that overlaps it', () => {
    fc.assert(
      fc.property(cases, (input) => {
        for (const day of fold(input)) {
          const dayStart = startOfDayMs(day.day, input.timeZone);
          const dayEnd = startOfDayMs(nextDayKey(day.day), input.timeZone);
          for (const interval of input.intervals) {
            if (covered(interval, dayStart, Math.min(dayEnd, input.nowMs))) {
              expect(levelRank(day.level)).toBeGreaterThanOrEqual(rank(interval.level));
              expect(day.minutes[interval.level]).toBeGreaterThan(0);
            }
          }
        }
      }),
    );
  });

  it('adding an interval never makes any day better', () => {
    fc.assert(
      fc.property(
        cases.chain((input) => intervalsNear(input.nowMs, input.days).map((extra) => ({ input, extra: extra.map(toInterval) }))),
        ({ input, extra }) => {
          const before = fold(input);
          const after = fold({ ...input, intervals: [...input.intervals, ...extra] });
          after.forEach((day, index) => {
            expect(levelRank(day.level)).toBeGreaterThanOrEqual(levelRank(before[index]?.level ?? 'no_data'));
            for (const level of LEVELS)
              expect(day.minutes[level] ?? 0).toBeGreaterThanOrEqual(before[index]?.minutes[level] ?? 0);
          });
        },
      ),
    );
  });

  it('the order the page listed its intervals in changes nothing', () => {
    fc.assert(
      fc.property(
        cases.chain((input) =>
          fc
            .shuffledSubarray(input.intervals, { minLength: input.intervals.length, maxLength: input.intervals.length })
            .map((shuffled) => ({ input, shuffled })),
        ),
        ({ input, shuffled }) => {
          expect(fold({ ...input, intervals: shuffled })).toEqual(fold(input));
        },
      ),
    );
  });
});
