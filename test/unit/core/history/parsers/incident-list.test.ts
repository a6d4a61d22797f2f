import { describe, expect, it } from 'vitest';
import type { PageHistory, TroubleInterval } from '../../../../../src/core/history/model';
import { parseIncidentList } from '../../../../../src/core/history/parsers/incident-list';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';
import { expectMutationsRead, HOSTILE_TITLE, historyProblems, NOT_A_HISTORY } from './history-checks';

const CURSOR = readFixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json');
const GITHUB = readFixture('statuspage/github-v2-incidents-excerpt-5-of-50-1.json');
const OPENAI = readFixture('incidentio/openai-v2-incidents-compat-full-1.json');

interface Doc {
  incidents: Record<string, unknown>[];
}

function history(body: string): PageHistory {
  return unwrap(parseIncidentList(body));
}

function edited(body: string, edit: (doc: Doc) => void): string {
  const doc = JSON.parse(body) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

function titled(parsed: PageHistory, title: string): TroubleInterval[] {
  return parsed.intervals.filter((interval) => interval.title === title);
}

const at = (iso: string) => Date.parse(iso);

describe('incidents.json: status.cursor.com, its whole list of 50', () => {
  const parsed = history(CURSOR);

  it('every incident is an interval, its level from its impact', () => {
    expect(parsed.intervals).toHaveLength(50);
    const count = (level: string) => parsed.intervals.filter((interval) => interval.level === level).length;
    expect([count('degraded'), count('partial_outage'), count('major_outage')]).toEqual([36, 12, 2]);
    expect(parsed.intervals.every((interval) => interval.endMs !== undefined)).toBe(true);
  });

  it('the critical incident of 2026-09-03: 13:41 to its resolution at 17:07, on the five components it names', () => {
    expect(parsed.intervals).toContainEqual({
      startMs: at('2026-09-03T13:41:00.000Z'),
      endMs: at('2026-09-03T17:07:00.828Z'),
      level: 'major_outage',
      title: 'Investigating service degradation',
      componentIds: ['k0trcq273dr6', '2x2chyqwmkzl', 'mwv1g9sc7kdh', 'rflc60xp5jp2', 'sm5wkcnqkvr9'],
    });
  });

  it('an incident resolved before the time it says it started is an instant, not a negative span', () => {
    const resolvedEarly = parsed.intervals.find((interval) => interval.startMs === at('2026-09-07T13:35:48.348Z'));
    expect(resolvedEarly).toEqual({
      startMs: at('2026-09-07T13:35:48.348Z'),
      endMs: at('2026-09-07T13:35:48.348Z'),
      level: 'degraded',
      title: 'Investigating service degradation — CLI, Cloud Agents, and IDE',
    });
  });

  it('the days are the page’s, Etc/UTC; an incident list has no days or uptimes of its own', () => {
    expect(parsed.timeZone).toBe('Etc/UTC');
    expect(parsed.records).toEqual([]);
    expect(parsed.uptimes).toEqual([]);
    expect(historyProblems(parsed)).toEqual([]);
  });
});

describe('incidents.json: githubstatus.com (an excerpt of 5)', () => {
  const parsed = history(GITHUB);

  it('the major "Degradation with Gemini 3.8 Flash" is a partial outage of Copilot’s model providers, 07:20 to 17:48', () => {
    expect(titled(parsed, 'Degradation with Gemini 3.8 Flash')).toEqual([
      {
        startMs: at('2026-09-16T07:20:59.972Z'),
        endMs: at('2026-09-16T17:48:49.246Z'),
        level: 'partial_outage',
        title: 'Degradation with Gemini 3.8 Flash',
        componentIds: ['cnnb39dkkk82'],
      },
    ]);
  });

  it('an incident that names no component has no componentIds: scoping decides, not the parser', () => {
    const [disruption] = titled(parsed, 'Disruption with some GitHub services');
    expect(disruption).toBeDefined();
    expect(disruption && 'componentIds' in disruption).toBe(false);
    expect(titled(parsed, 'Some SSH connections using deploy keys are failing')[0]?.level).toBe('major_outage');
  });
});

describe('incidents.json: status.openai.com (incident.io’s compatible copy, 25 incidents)', () => {
  const parsed = history(OPENAI);

  it('leaves out the 7 incidents of impact none: the page says they touched no service', () => {
    expect(parsed.intervals).toHaveLength(18);
    expect(titled(parsed, 'Elevated Error Rates on GPT-6 Astra Pro')).toEqual([]);
  });

  it('"Issues with Codex" (trimmed), critical: a major outage from 22:58 to 23:54 on 2026-09-25', () => {
    expect(titled(parsed, 'Issues with Codex')).toEqual([
      {
        startMs: at('2026-09-25T22:58:48Z'),
        endMs: at('2026-09-25T23:54:41Z'),
        level: 'major_outage',
        title: 'Issues with Codex',
      },
    ]);
  });

  it('starts where incident.io back-dated the first update, an hour before the incident was created', () => {
    expect(titled(parsed, 'We are seeing elevated error rates across API models')).toEqual([
      {
        startMs: at('2026-09-17T20:20:00Z'),
        endMs: at('2026-09-17T21:50:36Z'),
        level: 'degraded',
        title: 'We are seeing elevated error rates across API models',
      },
    ]);
  });

  it('incident.io’s copy states no zone: UTC', () => {
    expect(parsed.timeZone).toBe('UTC');
  });
});

describe('incidents.json: what the captures do not show', () => {
  const edit = (change: (incidents: Record<string, unknown>[]) => void) =>
    history(edited(GITHUB, (doc) => change(doc.incidents)));

  it('an unresolved incident is open: it runs to now when folded', () => {
    const parsed = edit(([first]) => {
      Object.assign(first ?? {}, { status: 'investigating', resolved_at: null });
    });
    const [open] = titled(parsed, 'Elevated rate of errors for OpenAI models provided by Copilot');
    expect(open).toEqual({
      startMs: at('2026-09-17T20:59:02.067Z'),
      level: 'degraded',
      title: 'Elevated rate of errors for OpenAI models provided by Copilot',
      componentIds: ['cnnb39dkkk82'],
    });
  });

  it('a finished or running maintenance is maintenance; one still to come is not history yet', () => {
    const parsed = edit(([first, second, third]) => {
      Object.assign(first ?? {}, {
        impact: 'maintenance',
        status: 'completed',
        scheduled_for: '2026-09-17T20:00:00.000Z',
        scheduled_until: '2026-09-17T22:00:00.000Z',
      });
      Object.assign(second ?? {}, { impact: 'maintenance', status: 'in_progress', scheduled_for: '2026-09-16T07:00:00.000Z' });
      Object.assign(third ?? {}, { impact: 'maintenance', status: 'scheduled', scheduled_for: '2099-01-01T00:00:00.000Z' });
    });
    const maintenance = parsed.intervals.filter((interval) => interval.level === 'maintenance');
    expect(maintenance).toEqual([
      {
        startMs: at('2026-09-16T07:20:59.972Z'),
        level: 'maintenance',
        title: 'Degradation with Gemini 3.8 Flash',
        componentIds: ['cnnb39dkkk82'],
      },
      {
        startMs: at('2026-09-17T20:59:02.067Z'),
        endMs: at('2026-09-17T21:49:01.417Z'),
        level: 'maintenance',
        title: 'Elevated rate of errors for OpenAI models provided by Copilot',
        componentIds: ['cnnb39dkkk82'],
      },
    ]);
    expect(parsed.intervals).toHaveLength(4);
  });

  it('an impact the page does not state is trouble at the floor; an incident listed twice counts once', () => {
    const parsed = edit((incidents) => {
      const [first] = incidents;
      if (first) delete first.impact;
      incidents.push(structuredClone(incidents[1] ?? {}));
    });
    expect(titled(parsed, 'Elevated rate of errors for OpenAI models provided by Copilot')[0]?.level).toBe('degraded');
    expect(titled(parsed, 'Degradation with Gemini 3.8 Flash')).toHaveLength(1);
  });

  it('an empty list is an empty history', () => {
    expect(history('{"page":{"time_zone":"America/Los_Angeles"},"incidents":[]}')).toEqual({
      timeZone: 'America/Los_Angeles',
      records: [],
      intervals: [],
      uptimes: [],
    });
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    expect(parseIncidentList(body).ok).toBe(false);
  });

  it('refuses a status.json, which lists no incidents, and incidents that are not a list', () => {
    expect(parseIncidentList(readFixture('statuspage/github-v2-status-operational-1.json')).ok).toBe(false);
    expect(parseIncidentList('{"incidents":{"id":"x"}}')).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
  });

  it('leaves out an incident without a readable start; a hostile name is cleaned and cut', () => {
    const parsed = history(
      edited(GITHUB, (doc) => {
        const [first, second] = doc.incidents;
        Object.assign(first ?? {}, { started_at: 'soon', created_at: null, incident_updates: [] });
        Object.assign(second ?? {}, { name: HOSTILE_TITLE });
        Object.assign(doc, { page: { time_zone: 'x'.repeat(10_000) } });
      }),
    );
    expect(parsed.intervals).toHaveLength(4);
    expect(parsed.timeZone).toBe('UTC');
    const hostile = parsed.intervals.find((interval) => interval.startMs === at('2026-09-16T07:20:59.972Z'));
    expect(hostile?.title?.startsWith('Elevated errors')).toBe(true);
    expect(hostile?.title?.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('random edits of a real list: a bounded history or a typed failure', () => {
    expectMutationsRead(parseIncidentList, GITHUB, 300);
  });
});
