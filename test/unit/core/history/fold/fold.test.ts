import { describe, expect, it } from 'vitest';
import { foldIntervals, foldRecords, mergeStrips } from '../../../../../src/core/history/fold/fold';
import type { DayRecord, HistoryDay, TroubleInterval } from '../../../../../src/core/history/model';
import { DAY_MS, MINUTE_MS } from '../../../../../src/core/time';

const BERLIN = 'Europe/Berlin';
const LOS_ANGELES = 'America/Los_Angeles';
/** 2026-10-10 12:00 in Berlin (UTC+2 until the 25th). */
const NOW = Date.parse('2026-10-10T10:00:00Z');
const at = (iso: string) => Date.parse(iso);

function dayOf(strip: readonly HistoryDay[], key: string): HistoryDay | undefined {
  return strip.find((day) => day.day === key);
}

function outage(startIso: string, endIso: string | undefined, level: TroubleInterval['level'], title?: string): TroubleInterval {
  return {
    startMs: at(startIso),
    level,
    ...(endIso !== undefined ? { endMs: at(endIso) } : {}),
    ...(title !== undefined ? { title } : {}),
  };
}

describe('folding intervals into days', () => {
  it('an outage from 23:30 to 00:30 in the page’s zone marks both days, 30 minutes each', () => {
    const intervals = [outage('2026-10-08T21:30:00Z', '2026-10-08T22:30:00Z', 'major_outage', 'API down')];
    const strip = foldIntervals(intervals, { nowMs: NOW, timeZone: BERLIN });
    expect(dayOf(strip, '2026-10-08')).toEqual({
      day: '2026-10-08',
      level: 'major_outage',
      minutes: { major_outage: 30 },
      titles: ['API down'],
    });
    expect(dayOf(strip, '2026-10-09')).toEqual({
      day: '2026-10-09',
      level: 'major_outage',
      minutes: { major_outage: 30 },
      titles: ['API down'],
    });
    expect(dayOf(strip, '2026-10-07')?.level).toBe('operational');
    expect(dayOf(strip, '2026-10-10')?.level).toBe('operational');
  });

  it('the same instants in another zone fall on one day', () => {
    const intervals = [outage('2026-10-08T21:30:00Z', '2026-10-08T22:30:00Z', 'major_outage')];
    const utc = foldIntervals(intervals, { nowMs: NOW, timeZone: 'UTC' });
    expect(dayOf(utc, '2026-10-08')).toMatchObject({ level: 'major_outage', minutes: { major_outage: 60 } });
    expect(dayOf(utc, '2026-10-09')).toMatchObject({ level: 'operational', minutes: {} });
    const shanghai = foldIntervals(intervals, { nowMs: NOW, timeZone: 'Asia/Shanghai' }); // 05:30 to 06:30
    expect(dayOf(shanghai, '2026-10-09')).toMatchObject({ level: 'major_outage', minutes: { major_outage: 60 } });
    expect(dayOf(shanghai, '2026-10-08')?.level).toBe('operational');
  });

  it('an open interval runs to now, across midnight too', () => {
    const strip = foldIntervals([outage('2026-10-09T20:00:00Z', undefined, 'partial_outage')], { nowMs: NOW, timeZone: BERLIN });
    // 22:00 to midnight, then midnight to noon, in Berlin.
    expect(dayOf(strip, '2026-10-09')?.minutes).toEqual({ partial_outage: 120 });
    expect(dayOf(strip, '2026-10-10')?.minutes).toEqual({ partial_outage: 720 });
    // An end after now is cut at now as well: what comes has not happened.
    const planned = foldIntervals([outage('2026-10-10T09:00:00Z', '2026-10-10T18:00:00Z', 'maintenance')], {
      nowMs: NOW,
      timeZone: BERLIN,
    });
    expect(dayOf(planned, '2026-10-10')?.minutes).toEqual({ maintenance: 60 });
  });

  it('overlapping partial outages 10:00–11:00 and 10:30–11:30 are 90 minutes, not 120', () => {
    const intervals = [
      outage('2026-10-09T08:00:00Z', '2026-10-09T09:00:00Z', 'partial_outage', 'Errors in chat'),
      outage('2026-10-09T08:30:00Z', '2026-10-09T09:30:00Z', 'partial_outage', 'Slow uploads'),
    ];
    const day = dayOf(foldIntervals(intervals, { nowMs: NOW, timeZone: BERLIN }), '2026-10-09');
    expect(day?.minutes).toEqual({ partial_outage: 90 });
    expect(day?.titles).toEqual(['Errors in chat', 'Slow uploads']);
  });

  it('a maintenance and a major outage on one day read major outage, each with its minutes, the worst titled first', () => {
    const intervals = [
      outage('2026-10-09T04:00:00Z', '2026-10-09T06:00:00Z', 'maintenance', 'Database upgrade'),
      outage('2026-10-09T12:00:00Z', '2026-10-09T12:45:00Z', 'major_outage', 'Claude is down'),
    ];
    const day = dayOf(foldIntervals(intervals, { nowMs: NOW, timeZone: BERLIN }), '2026-10-09');
    expect(day).toEqual({
      day: '2026-10-09',
      level: 'major_outage',
      minutes: { maintenance: 120, major_outage: 45 },
      titles: ['Claude is down', 'Database upgrade'],
    });
  });

  it('a day keeps three distinct titles, worst level first', () => {
    const intervals = [
      outage('2026-10-09T01:00:00Z', '2026-10-09T02:00:00Z', 'degraded', 'Slow'),
      outage('2026-10-09T03:00:00Z', '2026-10-09T04:00:00Z', 'degraded', 'Slow'),
      outage('2026-10-09T05:00:00Z', '2026-10-09T06:00:00Z', 'maintenance', 'Upgrade'),
      outage('2026-10-09T07:00:00Z', '2026-10-09T08:00:00Z', 'partial_outage', 'Errors'),
      outage('2026-10-09T09:00:00Z', '2026-10-09T10:00:00Z', 'major_outage', 'Down'),
    ];
    expect(dayOf(foldIntervals(intervals, { nowMs: NOW, timeZone: BERLIN }), '2026-10-09')?.titles).toEqual([
      'Down',
      'Errors',
      'Slow',
    ]);
  });

  it.each([
    [BERLIN, '2026-03-29', '2026-03-28T22:00:00Z', '2026-03-30T00:00:00Z', 23 * 60],
    [BERLIN, '2026-10-25', '2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z', 25 * 60],
    [LOS_ANGELES, '2026-03-08', '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z', 23 * 60],
    [LOS_ANGELES, '2026-11-01', '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z', 25 * 60],
  ])('%s on %s: an outage all day long is the day’s own length', (timeZone, key, start, end, minutes) => {
    const strip = foldIntervals([outage(start, end, 'major_outage')], { nowMs: at(end) + 3 * DAY_MS, timeZone, days: 7 });
    expect(dayOf(strip, key)?.minutes).toEqual({ major_outage: minutes });
  });

  it('the days around Berlin’s autumn change share the outage at the right midnights', () => {
    const strip = foldIntervals([outage('2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z', 'degraded')], {
      nowMs: at('2026-10-27T00:00:00Z'),
      timeZone: BERLIN,
    });
    expect(strip.slice(-4).map((day) => [day.day, day.minutes.degraded])).toEqual([
      ['2026-10-24', 10 * 60], // 14:00 (UTC+2) to midnight
      ['2026-10-25', 25 * 60],
      ['2026-10-26', 13 * 60], // midnight (UTC+1) to 13:00
      ['2026-10-27', undefined],
    ]);
  });

  it('a zone Intl does not know folds as UTC, without throwing', () => {
    const intervals = [outage('2026-10-08T21:30:00Z', '2026-10-08T22:30:00Z', 'major_outage')];
    const unknown = foldIntervals(intervals, { nowMs: NOW, timeZone: 'Mars/Olympus' });
    expect(unknown).toEqual(foldIntervals(intervals, { nowMs: NOW, timeZone: 'UTC' }));
    expect(dayOf(unknown, '2026-10-08')?.minutes).toEqual({ major_outage: 60 });
  });

  it('the days before the page has data are no_data; from its day on, a quiet day is operational', () => {
    const strip = foldIntervals([outage('2026-10-01T10:00:00Z', '2026-10-01T11:00:00Z', 'partial_outage')], {
      nowMs: NOW,
      timeZone: BERLIN,
      days: 10,
      dataSinceMs: at('2026-10-05T15:00:00Z'),
    });
    expect(strip.map((day) => day.level)).toEqual([
      'no_data', // 10-01: before the data began, even with an interval on it
      'no_data',
      'no_data',
      'no_data',
      'operational', // 10-05
      'operational',
      'operational',
      'operational',
      'operational',
      'operational',
    ]);
    expect(strip[0]).toEqual({ day: '2026-10-01', level: 'no_data', minutes: {}, titles: [] });
  });

  it('trouble of under a minute shows as a minute; an instant marks its day', () => {
    const strip = foldIntervals(
      [
        { startMs: at('2026-10-09T10:00:00Z'), endMs: at('2026-10-09T10:00:20Z'), level: 'degraded' },
        { startMs: at('2026-10-08T10:00:00Z'), endMs: at('2026-10-08T10:00:00Z'), level: 'partial_outage', title: 'Blip' },
      ],
      { nowMs: NOW, timeZone: BERLIN },
    );
    expect(dayOf(strip, '2026-10-09')).toMatchObject({ level: 'degraded', minutes: { degraded: 1 } });
    expect(dayOf(strip, '2026-10-08')).toMatchObject({
      level: 'partial_outage',
      minutes: { partial_outage: 1 },
      titles: ['Blip'],
    });
  });

  it('bad or out-of-window intervals are left out, never thrown on', () => {
    const nowDay = (strip: HistoryDay[]) => strip.filter((day) => day.level !== 'operational');
    const bad: TroubleInterval[] = [
      { startMs: at('2026-10-09T10:00:00Z'), endMs: at('2026-10-09T09:00:00Z'), level: 'major_outage' }, // reversed
      { startMs: Number.NaN, endMs: at('2026-10-09T09:00:00Z'), level: 'major_outage' },
      { startMs: at('2026-10-09T09:00:00Z'), endMs: Number.NaN, level: 'major_outage' },
      { startMs: NOW + MINUTE_MS, level: 'major_outage' }, // starts after now
      { startMs: at('2026-01-01T00:00:00Z'), endMs: at('2026-01-02T00:00:00Z'), level: 'major_outage' }, // before the strip
    ];
    expect(nowDay(foldIntervals(bad, { nowMs: NOW, timeZone: BERLIN }))).toEqual([]);
    // One that ends as the window opens touches none of it; one that began long before and goes on covers it all.
    const strip = foldIntervals(
      [
        { startMs: at('2026-10-06T00:00:00Z'), endMs: at('2026-10-07T22:00:00Z'), level: 'major_outage' },
        { startMs: at('2025-01-01T00:00:00Z'), level: 'degraded' },
      ],
      { nowMs: NOW, timeZone: BERLIN, days: 3 },
    );
    expect(strip.map((day) => [day.day, day.level, day.minutes])).toEqual([
      ['2026-10-08', 'degraded', { degraded: 1440 }],
      ['2026-10-09', 'degraded', { degraded: 1440 }],
      ['2026-10-10', 'degraded', { degraded: 720 }],
    ]);
  });
});

describe('folding days a platform summed', () => {
  const record = (day: string, level: DayRecord['level'], extra: Partial<DayRecord> = {}): DayRecord => ({
    day,
    level,
    ...extra,
  });

  it('records of one day merge: the worst level, minutes added up, titles of all; a day without one is no_data', () => {
    const records = [
      record('2026-10-09', 'degraded', { componentId: 'api', minutes: { degraded: 30 }, titles: ['Slow API'] }),
      record('2026-10-09', 'partial_outage', {
        componentId: 'chat',
        minutes: { degraded: 15, partial_outage: 20 },
        titles: ['Chat errors'],
      }),
      record('2026-10-09', 'operational', { componentId: 'console' }),
      record('2026-10-10', 'operational'),
    ];
    expect(foldRecords(records, { nowMs: NOW, timeZone: BERLIN, days: 3 })).toEqual([
      { day: '2026-10-08', level: 'no_data', minutes: {}, titles: [] },
      {
        day: '2026-10-09',
        level: 'partial_outage',
        minutes: { degraded: 45, partial_outage: 20 },
        titles: ['Chat errors', 'Slow API'],
      },
      { day: '2026-10-10', level: 'operational', minutes: {}, titles: [] },
    ]);
  });

  it('minutes summed over components never pass a day; bad numbers are nothing; minutes of a level raise the day to it', () => {
    const records = [
      record('2026-10-09', 'major_outage', { componentId: 'a', minutes: { major_outage: 1000 } }),
      record('2026-10-09', 'major_outage', { componentId: 'b', minutes: { major_outage: 1000, degraded: -5 } }),
      record('2026-10-10', 'operational', { minutes: { degraded: 0.2, partial_outage: Number.NaN } }),
      record('2026-10-25', 'major_outage', { minutes: { major_outage: 1490 } }),
      record('2026-12-01', 'major_outage'), // after today: not on the strip
    ];
    const strip = foldRecords(records, { nowMs: NOW, timeZone: BERLIN, days: 3 });
    expect(dayOf(strip, '2026-10-09')?.minutes).toEqual({ major_outage: 1440 });
    expect(dayOf(strip, '2026-10-10')).toMatchObject({ level: 'degraded', minutes: { degraded: 1 } });
    expect(strip.map((day) => day.day)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
    // Berlin's 25-hour day holds 25 hours of minutes.
    const autumn = foldRecords(records, { nowMs: at('2026-10-25T12:00:00Z'), timeZone: BERLIN, days: 1 });
    expect(autumn[0]?.minutes).toEqual({ major_outage: 1490 });
  });

  it('the titles are the same whatever order the components came in', () => {
    const records = [
      record('2026-10-09', 'degraded', { titles: ['B', 'A'] }),
      record('2026-10-09', 'degraded', { titles: ['C'] }),
      record('2026-10-09', 'major_outage', { titles: ['Z'] }),
    ];
    const forward = foldRecords(records, { nowMs: NOW, timeZone: BERLIN, days: 2 });
    expect(forward[0]?.titles).toEqual(['Z', 'A', 'B']);
    expect(foldRecords([...records].reverse(), { nowMs: NOW, timeZone: BERLIN, days: 2 })).toEqual(forward);
  });
});

describe('merging the strip of summed days with the strip of intervals', () => {
  const day = (
    key: string,
    level: HistoryDay['level'],
    minutes: HistoryDay['minutes'] = {},
    titles: string[] = [],
  ): HistoryDay => ({
    day: key,
    level,
    minutes,
    titles,
  });

  it('each day the worse of the two; no_data yields to what the other knows; minutes are the longer, not the sum', () => {
    const records = [
      day('2026-10-08', 'no_data'),
      day('2026-10-09', 'degraded', { degraded: 40 }, ['Slow']),
      day('2026-10-10', 'operational'),
      day('2026-10-11', 'no_data'),
    ];
    const intervals = [
      day('2026-10-08', 'partial_outage', { partial_outage: 10 }, ['Errors']),
      day('2026-10-09', 'partial_outage', { degraded: 30, partial_outage: 5 }, ['Errors']),
      day('2026-10-10', 'operational'),
      day('2026-10-11', 'no_data'),
    ];
    expect(mergeStrips(records, intervals)).toEqual([
      day('2026-10-08', 'partial_outage', { partial_outage: 10 }, ['Errors']),
      day('2026-10-09', 'partial_outage', { degraded: 40, partial_outage: 5 }, ['Errors', 'Slow']),
      day('2026-10-10', 'operational'),
      day('2026-10-11', 'no_data'),
    ]);
    expect(mergeStrips(intervals, records).map((merged) => merged.level)).toEqual(
      mergeStrips(records, intervals).map((merged) => merged.level),
    );
  });

  it('keeps the first strip’s days, and the longer count of minutes unread', () => {
    const merged = mergeStrips(
      [{ ...day('2026-10-09', 'operational'), uncheckedMinutes: 5 }],
      [{ ...day('2026-10-09', 'degraded', { degraded: 3 }), uncheckedMinutes: 12 }, day('2026-10-10', 'major_outage')],
    );
    expect(merged).toEqual([{ ...day('2026-10-09', 'degraded', { degraded: 3 }), uncheckedMinutes: 12 }]);
  });
});
