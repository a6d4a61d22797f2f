import { describe, expect, it } from 'vitest';
import type { DayRecord, PageHistory } from '../../../../../src/core/history/model';
import { parseStatuspageUptime } from '../../../../../src/core/history/parsers/statuspage-uptime';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';
import { expectMutationsRead, HOSTILE_TITLE, historyProblems, NOT_A_HISTORY } from './history-checks';

/** No capture exists: a payload in the shape issue 16 describes (see synthetic-statuspage-uptime-showcase.md). */
const SHOWCASE = readSynthetic('synthetic-statuspage-uptime-showcase.json');

const CLAUDE_AI = 'rwppv331jlwc';
const CLAUDE_API = 'k8w3r06qmzrp';
const CLAUDE_CODE = 'yyzkbfz2thpt';

interface Day {
  date: string;
  outages?: unknown;
  related_events?: unknown;
}
interface Doc {
  timelines: Record<string, { component: Record<string, unknown>; days: Day[] }>;
  values: Record<string, unknown>[];
}

function history(body: string, zone?: string): PageHistory {
  return unwrap(parseStatuspageUptime(body, zone));
}

function edited(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(SHOWCASE) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

function dayOf(parsed: PageHistory, componentId: string, day: string): DayRecord | undefined {
  return parsed.records.find((record) => record.componentId === componentId && record.day === day);
}

function claudeAiDay(doc: Doc, date: string): Day {
  const day = doc.timelines[CLAUDE_AI]?.days.find((entry) => entry.date === date);
  if (!day) throw new Error(`synthetic payload changed: no ${date}`);
  return day;
}

describe('Statuspage uptime_showcase: status.claude.com, 90 days to 2026-09-22 (synthetic)', () => {
  // status.claude.com's status.json says `time_zone: Etc/UTC`; the caller passes it.
  const parsed = history(SHOWCASE, 'Etc/UTC');

  it('has 90 days for each component asked for, in the page’s zone', () => {
    expect(parsed.timeZone).toBe('Etc/UTC');
    for (const id of [CLAUDE_AI, CLAUDE_API, CLAUDE_CODE]) {
      const days = parsed.records.filter((record) => record.componentId === id);
      expect(days, id).toHaveLength(90);
      expect(days[0]?.day).toBe('2026-06-25');
      expect(days.at(-1)?.day).toBe('2026-09-22');
    }
  });

  it('2026-09-22: Claude Code 74 minutes of partial outage, "Elevated errors for multiple models"', () => {
    expect(dayOf(parsed, CLAUDE_CODE, '2026-09-22')).toEqual({
      day: '2026-09-22',
      level: 'partial_outage',
      componentId: CLAUDE_CODE,
      minutes: { partial_outage: 74 },
      titles: ['Elevated errors for multiple models'],
    });
  });

  it('a day with major outage seconds is a major outage, and counts both kinds', () => {
    expect(dayOf(parsed, CLAUDE_AI, '2026-07-30')).toEqual({
      day: '2026-07-30',
      level: 'major_outage',
      componentId: CLAUDE_AI,
      minutes: { partial_outage: 10, major_outage: 30 },
      titles: ['Elevated errors on claude.ai'],
    });
    expect(dayOf(parsed, CLAUDE_API, '2026-07-30')).toEqual({ day: '2026-07-30', level: 'operational', componentId: CLAUDE_API });
  });

  it('publishes the page’s own 90- and 30-day figures', () => {
    expect(parsed.uptimes).toContainEqual({ percent: 99.96, days: 90, componentId: CLAUDE_AI });
    expect(parsed.uptimes).toContainEqual({ percent: 99.9, days: 30, componentId: CLAUDE_AI });
    expect(parsed.uptimes).toHaveLength(6);
    expect(parsed.intervals).toEqual([]);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('reads UTC when the caller knows no zone, or one Intl does not know', () => {
    expect(history(SHOWCASE).timeZone).toBe('UTC');
    expect(history(SHOWCASE, 'Discord/Standard').timeZone).toBe('UTC');
    expect(history(SHOWCASE, 'America/Los_Angeles').timeZone).toBe('America/Los_Angeles');
  });
});

describe('Statuspage uptime_showcase: what the shape leaves open', () => {
  it('an empty timelines object is an empty history', () => {
    expect(history('{"timelines":{}}')).toEqual({ timeZone: 'UTC', records: [], intervals: [], uptimes: [] });
  });

  it('days before the component’s start date are no data, not operational days', () => {
    const parsed = history(
      edited((doc) => {
        const code = doc.timelines[CLAUDE_CODE];
        if (code) code.component.startDate = '2026-09-01';
      }),
    );
    const days = parsed.records.filter((record) => record.componentId === CLAUDE_CODE);
    expect(days).toHaveLength(22);
    expect(days[0]?.day).toBe('2026-09-01');
  });

  it('ignores fields it does not know, and reads a day without outages as operational', () => {
    const parsed = history(
      edited((doc) => {
        Object.assign(doc, {
          components: { [CLAUDE_AI]: '<svg><rect class="uptime-day"/></svg>' },
          page: { id: 'tymt9n04zgry' },
        });
        const day = claudeAiDay(doc, '2026-08-01');
        delete day.outages;
        Object.assign(day, { colour: '#76AD2A' });
      }),
    );
    expect(dayOf(parsed, CLAUDE_AI, '2026-08-01')).toEqual({ day: '2026-08-01', level: 'operational', componentId: CLAUDE_AI });
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    expect(parseStatuspageUptime(body).ok).toBe(false);
  });

  it('refuses a Statuspage v2 document, and timelines that are not an object', () => {
    expect(parseStatuspageUptime(readFixture('statuspage/anthropic-summary-operational-1.json')).ok).toBe(false);
    expect(parseStatuspageUptime('{"timelines":[]}')).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
  });

  it('a day it cannot read is left out (no data), never read operational', () => {
    const parsed = history(
      edited((doc) => {
        claudeAiDay(doc, '2026-08-01').outages = { p: 'lots' };
        claudeAiDay(doc, '2026-08-02').outages = { m: -60 };
        claudeAiDay(doc, '2026-08-03').outages = 'down';
        claudeAiDay(doc, '2026-08-04').date = '2026-13-01';
        claudeAiDay(doc, '2026-08-05').outages = { m: 1e21 };
      }),
    );
    const days = parsed.records.filter((record) => record.componentId === CLAUDE_AI).map((record) => record.day);
    expect(days).toHaveLength(86);
    expect(days).not.toContain('2026-08-01');
    expect(days).not.toContain('2026-08-04');
    expect(dayOf(parsed, CLAUDE_AI, '2026-08-05')?.minutes).toEqual({ major_outage: 1440 });
  });

  it('a hostile event name is cleaned and cut; a day keeps at most three names', () => {
    const parsed = history(
      edited((doc) => {
        claudeAiDay(doc, '2026-08-01').related_events = [1, 2, 3, 4, 5].map((n) => ({
          name: `Event ${n}:${HOSTILE_TITLE}`,
          code: 'x',
        }));
      }),
    );
    const titles = dayOf(parsed, CLAUDE_AI, '2026-08-01')?.titles ?? [];
    expect(titles).toHaveLength(3);
    for (const title of titles) {
      expect(title).toMatch(/^Event \d: Elevated errors x/);
      expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('random edits of the payload: a bounded history or a typed failure', () => {
    expectMutationsRead(parseStatuspageUptime, SHOWCASE, 300);
  });
});
