import { describe, expect, it } from 'vitest';
import {
  emptyOwnRecord,
  type OwnRecord,
  ownStrip,
  recordPoll,
  UNSEEN_DAY_MINUTES,
} from '../../../../../src/core/history/own/own-record';
import { readStoredOwnRecord } from '../../../../../src/core/history/own/stored-own-record';
import { MINUTE_MS } from '../../../../../src/core/time';
import { OUTAGE, QUIET, type Seen, stateSeeing } from './seen-states';

const POLL_MS = 2 * MINUTE_MS;
const ZONE = 'Europe/Berlin';
/** 2026-10-08 10:00 in Berlin (UTC+2). */
const MORNING = Date.parse('2026-10-08T08:00:00Z');

/** Polls every 2 minutes from `fromMs`, each seeing `seen`, as the worker would record them. */
function polls(record: OwnRecord, seen: Record<string, Seen>, fromMs: number, count: number): OwnRecord {
  let next = record;
  for (let poll = 0; poll < count; poll += 1) {
    const nowMs = fromMs + poll * POLL_MS;
    next = recordPoll(next, stateSeeing(seen), { nowMs, timeZone: ZONE, pollMs: POLL_MS, previousMs: nowMs - POLL_MS });
  }
  return next;
}

function today(record: OwnRecord, id: string, nowMs = MORNING) {
  return ownStrip(record, id, nowMs, ZONE).at(-1);
}

describe('the radar’s own record of what it saw', () => {
  it('an outage that lasts is on the day, with its minutes and the incident’s title', () => {
    expect(OUTAGE.severity).toBe('partial_outage');
    const record = polls(emptyOwnRecord(), { claude: OUTAGE }, MORNING, 30);
    // The first poll that sees it stands for the poll period before it: 30 polls are an hour.
    const day = today(record, 'claude', MORNING + 29 * POLL_MS);
    expect(day).toMatchObject({ day: '2026-10-08', level: 'partial_outage', minutes: { partial_outage: 60 } });
    expect(day?.titles).toEqual(OUTAGE.incidents.map((incident) => incident.title).slice(0, 3));
    expect(day?.titles.length).toBeGreaterThan(0);
  });

  it('a poll that sees what the last one saw changes nothing, so nothing is written, in an outage too', () => {
    const opened = polls(emptyOwnRecord(), { claude: OUTAGE, chatgpt: QUIET }, MORNING, 1);
    expect(polls(opened, { claude: OUTAGE, chatgpt: QUIET }, MORNING + POLL_MS, 20)).toBe(opened);
    const ended = polls(opened, { claude: QUIET, chatgpt: QUIET }, MORNING + 21 * POLL_MS, 1);
    expect(ended).not.toBe(opened);
    expect(ended.providers.claude?.days['2026-10-08']?.minutes.partial_outage).toBe(42);
  });

  it('a quiet poll changes nothing, so nothing is written; a quiet day is operational', () => {
    const first = polls(emptyOwnRecord(), { claude: QUIET }, MORNING, 1);
    const after = polls(first, { claude: QUIET }, MORNING + POLL_MS, 20);
    expect(after).toBe(first);
    expect(today(after, 'claude')?.level).toBe('operational');
    expect(JSON.stringify(after).length).toBeLessThan(120);
  });

  it('days before the radar watched, and days it did not run, are no data, never operational', () => {
    const yesterday = polls(emptyOwnRecord(), { claude: QUIET }, MORNING - 24 * 60 * MINUTE_MS, 1);
    // Closed the day after; open again two days after.
    const later = polls(yesterday, { claude: QUIET }, MORNING + 24 * 60 * MINUTE_MS, 1);
    const strip = ownStrip(later, 'claude', MORNING + 24 * 60 * MINUTE_MS, ZONE);
    expect(strip).toHaveLength(90);
    expect(strip.slice(-3).map((day) => [day.day, day.level])).toEqual([
      ['2026-10-07', 'operational'],
      ['2026-10-08', 'no_data'],
      ['2026-10-09', 'operational'],
    ]);
    expect(strip[0]?.level).toBe('no_data');
    expect(ownStrip(later, 'chatgpt', MORNING, ZONE).every((day) => day.level === 'no_data')).toBe(true);
  });

  it('a page it could not read for an hour is not called operational; a short spell is only noted', () => {
    const short = polls(emptyOwnRecord(), { claude: 'unreadable' }, MORNING, 3);
    expect(today(short, 'claude', MORNING + 2 * POLL_MS)).toMatchObject({ level: 'operational', uncheckedMinutes: 6 });
    const long = polls(emptyOwnRecord(), { claude: 'unreadable' }, MORNING, UNSEEN_DAY_MINUTES / 2);
    expect(today(long, 'claude', MORNING + (UNSEEN_DAY_MINUTES / 2 - 1) * POLL_MS)).toMatchObject({
      level: 'no_data',
      uncheckedMinutes: UNSEEN_DAY_MINUTES,
    });
  });

  it('a sleep between polls is not counted as seen', () => {
    const before = polls(emptyOwnRecord(), { claude: OUTAGE }, MORNING, 1);
    const woke = recordPoll(before, stateSeeing({ claude: OUTAGE }), {
      nowMs: MORNING + 5 * 60 * MINUTE_MS,
      timeZone: ZONE,
      pollMs: POLL_MS,
      previousMs: MORNING,
    });
    // The two minutes before the sleep; the five hours asleep are not counted, the outage runs on from waking.
    expect(today(woke, 'claude', MORNING + 5 * 60 * MINUTE_MS)?.minutes.partial_outage).toBe(2);
    expect(today(woke, 'claude', MORNING + 5 * 60 * MINUTE_MS + 10 * MINUTE_MS)?.minutes.partial_outage).toBe(12);
  });

  it('an outage across midnight is on both days of the user’s calendar', () => {
    const lateEvening = Date.parse('2026-10-08T21:32:00Z'); // 23:32 in Berlin, standing for 23:30 on
    const record = polls(emptyOwnRecord(), { claude: OUTAGE }, lateEvening, 30);
    const strip = ownStrip(record, 'claude', lateEvening + 29 * POLL_MS, ZONE);
    expect(strip.slice(-2).map((day) => [day.day, day.minutes.partial_outage])).toEqual([
      ['2026-10-08', 30],
      ['2026-10-09', 30],
    ]);
  });

  it('stays bounded: older days are dropped, unwatched assistants forgotten', () => {
    let record = emptyOwnRecord();
    for (let day = 0; day < 120; day += 1) {
      const morning = MORNING + day * 24 * 60 * MINUTE_MS;
      record = polls(record, { claude: OUTAGE, chatgpt: OUTAGE }, morning, 1);
      record = polls(record, { claude: QUIET, chatgpt: QUIET }, morning + POLL_MS, 1);
    }
    expect(Object.keys(record.providers.claude?.days ?? {})).toHaveLength(90);
    expect(record.checkedDays).toHaveLength(90);
    const dropped = polls(record, { claude: OUTAGE }, MORNING + 120 * 24 * 60 * MINUTE_MS, 1);
    expect(Object.keys(dropped.providers)).toEqual(['claude']);
    expect(JSON.stringify(dropped).length).toBeLessThan(90 * 200);
  });
});

describe('the stored record', () => {
  it('reads back what was written', () => {
    const record = polls(emptyOwnRecord(), { claude: OUTAGE, chatgpt: 'unreadable' }, MORNING, 5);
    expect(readStoredOwnRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('a bad stored value is said and replaced by an empty record, never thrown', () => {
    const problems: string[] = [];
    const record = polls(emptyOwnRecord(), { claude: OUTAGE }, MORNING, 1);
    const broken = JSON.parse(JSON.stringify(record));
    broken.providers.claude.open.level = 'sunny';
    expect(readStoredOwnRecord(broken, (problem) => problems.push(problem))).toEqual(emptyOwnRecord());
    expect(readStoredOwnRecord('garbage', (problem) => problems.push(problem))).toEqual(emptyOwnRecord());
    expect(problems).toHaveLength(2);
    expect(readStoredOwnRecord(undefined)).toEqual(emptyOwnRecord());
  });
});
