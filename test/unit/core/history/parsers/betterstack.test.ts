import { describe, expect, it } from 'vitest';
import type { DayRecord, PageHistory } from '../../../../../src/core/history/model';
import { parseBetterstackHistory } from '../../../../../src/core/history/parsers/betterstack';
import { RAILS_ZONE_NAMES, railsZone } from '../../../../../src/core/history/parsers/rails-zones';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';
import { expectHistoryOrFailure, expectMutationsRead, HOSTILE_TITLE, historyProblems, NOT_A_HISTORY } from './history-checks';

const HUGGING_FACE = readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json');
const TOGETHER = readFixture('betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json');

// status.huggingface.co's resources, by their JSON:API ids (the ids the live parser gives its components).
const HUB = '84641';
const GIT = '84642';
const ENDPOINTS_UI = '8379104';
const ENDPOINTS_API = '8379105';
const AWS_CDN = '8810148';
const GOOGLE_CDN = '8810143';
const JOBS = '8951453';

interface Doc {
  data: { attributes: Record<string, unknown> };
  included: { id: string; type: string; attributes: Record<string, unknown> }[];
}

function history(body: string): PageHistory {
  return unwrap(parseBetterstackHistory(body));
}

function edited(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(HUGGING_FACE) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

function entry(doc: Doc, type: string, id: string): Doc['included'][number] {
  const found = doc.included.find((item) => item.type === type && item.id === id);
  if (!found) throw new Error(`fixture changed: no ${type} ${id}`);
  return found;
}

function dayOf(parsed: PageHistory, componentId: string, day: string): DayRecord | undefined {
  return parsed.records.find((record) => record.componentId === componentId && record.day === day);
}

describe('Better Stack status_history: status.huggingface.co, 90 days of 8 resources', () => {
  const parsed = history(HUGGING_FACE);

  it('reads the days in the page’s own zone, Rails’ "Eastern Time (US & Canada)"', () => {
    expect(parsed.timeZone).toBe('America/New_York');
  });

  it('has 90 days for every monitored resource, 2026-06-21 to 2026-09-18', () => {
    for (const id of [HUB, GIT, ENDPOINTS_UI, ENDPOINTS_API, '306621', AWS_CDN, GOOGLE_CDN]) {
      const days = parsed.records.filter((record) => record.componentId === id);
      expect(days, id).toHaveLength(90);
      expect(days[0]?.day).toBe('2026-06-21');
      expect(days.at(-1)?.day).toBe('2026-09-18');
    }
  });

  it('leaves out the 16 days Jobs was not monitored: they are no data, not operational days', () => {
    const jobs = parsed.records.filter((record) => record.componentId === JOBS);
    expect(jobs).toHaveLength(74);
    expect(jobs[0]?.day).toBe('2026-07-07');
  });

  it('the 2026-07-16 AWS outage: Hugging Face Hub down 131 minutes, named by its report', () => {
    expect(dayOf(parsed, HUB, '2026-07-16')).toEqual({
      day: '2026-07-16',
      level: 'major_outage',
      componentId: HUB,
      minutes: { major_outage: 131 },
      titles: ['Hub unavailable'],
    });
    // The same report affected Git Hosting and the Endpoints UI; AWS CDN was down that day without a report.
    expect(dayOf(parsed, GIT, '2026-07-16')).toMatchObject({ minutes: { major_outage: 128 }, titles: ['Hub unavailable'] });
    expect(dayOf(parsed, ENDPOINTS_UI, '2026-07-16')?.titles).toEqual(['Hub unavailable']);
    expect(dayOf(parsed, AWS_CDN, '2026-07-16')).toEqual({
      day: '2026-07-16',
      level: 'major_outage',
      componentId: AWS_CDN,
      minutes: { major_outage: 44 },
    });
  });

  it('a degraded day counts its downtime as degraded: AWS CDN, Singapore, 8 hours on 2026-08-07', () => {
    expect(dayOf(parsed, AWS_CDN, '2026-08-07')).toEqual({
      day: '2026-08-07',
      level: 'degraded',
      componentId: AWS_CDN,
      minutes: { degraded: 480 },
      titles: ['Elevated error rate - AWS CDN (Singapore)'],
    });
  });

  it('maintenance days count their maintenance minutes, named by the maintenance report', () => {
    expect(dayOf(parsed, HUB, '2026-09-16')).toMatchObject({
      level: 'maintenance',
      minutes: { maintenance: 120 },
      titles: ['Scheduled maintenance: Hub'],
    });
    // 1,687 seconds: 28 minutes.
    expect(dayOf(parsed, ENDPOINTS_API, '2026-07-30')).toMatchObject({ level: 'maintenance', minutes: { maintenance: 28 } });
  });

  it('a downtime of under three minutes still counts: Hub on 2026-08-06 (160 s)', () => {
    expect(dayOf(parsed, HUB, '2026-08-06')?.minutes).toEqual({ major_outage: 3 });
  });

  it('an operational day has no minutes and no title', () => {
    expect(dayOf(parsed, GOOGLE_CDN, '2026-07-16')).toEqual({ day: '2026-07-16', level: 'operational', componentId: GOOGLE_CDN });
    expect(parsed.records.filter((record) => record.componentId === GOOGLE_CDN && record.level !== 'operational')).toEqual([]);
  });

  it('publishes each resource’s availability as a percentage, never one made up', () => {
    expect(parsed.uptimes).toHaveLength(8);
    expect(parsed.uptimes).toContainEqual({ percent: 99.8884, days: 90, componentId: HUB });
    // Written as the integer 1.
    expect(parsed.uptimes).toContainEqual({ percent: 100, days: 90, componentId: GOOGLE_CDN });
  });

  it('gives no intervals (the days hold the minutes) and keeps the model’s bounds', () => {
    expect(parsed.intervals).toEqual([]);
    expect(parsed.dataSinceMs).toBeUndefined();
    expect(historyProblems(parsed)).toEqual([]);
  });
});

describe('Better Stack status_history: status.together.ai (reduced by its recorder)', () => {
  it('reads "Pacific Time (US & Canada)" and its two resources’ 90 days', () => {
    const parsed = history(TOGETHER);
    expect(parsed.timeZone).toBe('America/Los_Angeles');
    expect(new Set(parsed.records.map((record) => record.componentId))).toEqual(new Set(['8475065', '8475068']));
    expect(parsed.records).toHaveLength(180);
  });
});

describe('the page’s zone', () => {
  it('every Rails zone name maps to a zone Intl knows', () => {
    expect(RAILS_ZONE_NAMES.length).toBeGreaterThan(140);
    for (const name of RAILS_ZONE_NAMES) {
      const zone = railsZone(name);
      expect(zone, name).toBeDefined();
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone }), name).not.toThrow();
    }
  });

  it('takes an IANA name as it is, and reads UTC for a name nobody knows, or none', () => {
    const zoneOf = (timezone: unknown) =>
      history(
        edited((doc) => {
          doc.data.attributes.timezone = timezone;
        }),
      ).timeZone;
    expect(zoneOf('Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOf('Mars/Olympus Mons')).toBe('UTC');
    expect(zoneOf(null)).toBe('UTC');
    expect(zoneOf('x'.repeat(100_000))).toBe('UTC');
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    const result = parseBetterstackHistory(body);
    expect(result.ok).toBe(false);
  });

  it('refuses a page whose included is not a list, and another platform’s body', () => {
    expect(parseBetterstackHistory(edited((doc) => Object.assign(doc, { included: {} })))).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload' },
    });
    expect(parseBetterstackHistory(readFixture('statuspage/github-v2-incidents-excerpt-5-of-50-1.json')).ok).toBe(false);
  });

  it('a day it cannot read is left out; absurd durations are capped at a day', () => {
    const parsed = history(
      edited((doc) => {
        const hub = entry(doc, 'status_page_resource', HUB);
        hub.attributes.status_history = [
          { day: '2026-02-31', status: 'downtime', downtime_duration: 60 },
          { day: 20260701, status: 'downtime' },
          { day: '2026-07-01', status: 'on fire', downtime_duration: 60 },
          { day: '2026-07-02', status: 'downtime', downtime_duration: 1e21, maintenance_duration: -5 },
          { day: '2026-07-03', status: 'operational', downtime_duration: 'soon' },
          'not a day',
        ];
      }),
    );
    expect(parsed.records.filter((record) => record.componentId === HUB)).toEqual([
      { day: '2026-07-02', level: 'major_outage', componentId: HUB, minutes: { major_outage: 1440 } },
      { day: '2026-07-03', level: 'operational', componentId: HUB },
    ]);
  });

  it('keeps the last 90 days of a resource that sends more', () => {
    const parsed = history(
      edited((doc) => {
        const hub = entry(doc, 'status_page_resource', HUB);
        const start = Date.parse('2026-01-01T12:00:00Z');
        hub.attributes.status_history = Array.from({ length: 400 }, (_, n) => ({
          day: new Date(start + n * 86_400_000).toISOString().slice(0, 10),
          status: 'operational',
        }));
      }),
    );
    const hub = parsed.records.filter((record) => record.componentId === HUB);
    expect(hub).toHaveLength(90);
    expect(hub.at(-1)?.day).toBe('2027-02-04');
  });

  it('a hostile report title is cleaned and cut; an availability out of range is not published', () => {
    const parsed = history(
      edited((doc) => {
        entry(doc, 'status_report', '965809').attributes.title = HOSTILE_TITLE;
        entry(doc, 'status_page_resource', HUB).attributes.availability = 7;
        entry(doc, 'status_page_resource', GIT).attributes.availability = '0.99';
      }),
    );
    const [title] = dayOf(parsed, HUB, '2026-07-16')?.titles ?? [];
    expect(title?.startsWith('Elevated errors')).toBe(true);
    expect(title?.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(historyProblems(parsed)).toEqual([]);
    expect(parsed.uptimes.map((uptime) => uptime.componentId)).not.toContain(HUB);
    expect(parsed.uptimes.map((uptime) => uptime.componentId)).not.toContain(GIT);
  });

  it('the hostile Better Stack corpus file reads bounded', () => {
    expectHistoryOrFailure(parseBetterstackHistory, readSynthetic('synthetic-hostile-betterstack-index.json'));
  });

  it('random edits of the real page: a bounded history or a typed failure', () => {
    expectMutationsRead(parseBetterstackHistory, TOGETHER, 300);
  });
});
