import { describe, expect, it } from 'vitest';
import type { PageHistory } from '../../../../../src/core/history/model';
import { parseIncidentioHistory } from '../../../../../src/core/history/parsers/incidentio';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';
import { expectMutationsRead, HOSTILE_TITLE, historyProblems, NOT_A_HISTORY } from './history-checks';

/** The JSON answer, made from the real capture below (see synthetic-incidentio-component-impacts.md). */
const ANSWER = readSynthetic('synthetic-incidentio-component-impacts.json');
/** groqstatus.com's page, as it embeds the same data (Flight's `"$undefined"` where the JSON leaves a key out). */
const EMBEDDED = readFixture('incidentio/groq-page-flight-data-component-impacts-uptimes-links-excerpt-1.json');

const GPT_OSS_20B = '01K6Y7AE9BFXCCZGAP08KRFX0C';
const LLAMA_70B = '01K6Y7AE9BWXJATX45RHX9SQEV';
const API = '01K053E2FAKWKEYHXEV7WAHJBM';
const GROUP = '01K6Y71HSF8N3MNV95AZSV7EG8';

interface Doc {
  component_impacts: Record<string, unknown>[];
  component_uptimes: Record<string, unknown>[];
  incident_links: Record<string, unknown>[];
}

function history(body: string): PageHistory {
  return unwrap(parseIncidentioHistory(body));
}

function edited(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(ANSWER) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

describe('incident.io component_impacts: groqstatus.com, 2026-09-29', () => {
  const parsed = history(ANSWER);

  it('the 2026-07-01 data center failure: two degraded models, each for as long as the page says', () => {
    expect(parsed.intervals).toEqual([
      {
        startMs: Date.parse('2026-07-01T23:01:22.483Z'),
        endMs: Date.parse('2026-07-01T23:48:05.21Z'),
        level: 'degraded',
        title: 'Data Center Failure Impacting Capacity',
        componentIds: [GPT_OSS_20B],
      },
      {
        startMs: Date.parse('2026-07-01T23:01:22.483Z'),
        endMs: Date.parse('2026-07-01T23:27:14.291Z'),
        level: 'degraded',
        title: 'Data Center Failure Impacting Capacity',
        componentIds: [LLAMA_70B],
      },
    ]);
  });

  it('publishes the uptime strings as percentages, for components and groups alike', () => {
    expect(parsed.uptimes).toHaveLength(23);
    expect(parsed.uptimes.every((uptime) => uptime.percent === 100 && uptime.days === 90)).toBe(true);
    expect(parsed.uptimes[0]).toEqual({ percent: 100, days: 90, componentId: API });
    expect(parsed.uptimes).toContainEqual({ percent: 100, days: 90, componentId: GROUP });
  });

  it('has data since the page’s oldest component, 2024-11-20; the page states no zone, so UTC', () => {
    expect(parsed.dataSinceMs).toBe(Date.parse('2024-11-20T01:00:22Z'));
    expect(parsed.timeZone).toBe('UTC');
    expect(parsed.records).toEqual([]);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('reads the page’s embedded copy the same way, its "$undefined" markers as absent keys', () => {
    expect(history(EMBEDDED)).toEqual(parsed);
  });
});

describe('incident.io: what no capture shows', () => {
  it('an impact with no end is still going on; partial and full outages read as such', () => {
    const parsed = history(
      edited((doc) => {
        const [first, second] = doc.component_impacts;
        if (!first || !second) throw new Error('capture changed');
        delete first.end_at;
        first.status = 'full_outage';
        second.status = 'partial_outage';
      }),
    );
    expect(parsed.intervals.map(({ level, endMs }) => ({ level, endMs }))).toEqual([
      { level: 'major_outage', endMs: undefined },
      { level: 'partial_outage', endMs: Date.parse('2026-07-01T23:27:14.291Z') },
    ]);
    expect('endMs' in (parsed.intervals[0] ?? {})).toBe(false);
  });

  it('an impact whose incident has no link has no title; an unknown word is trouble at the floor', () => {
    const parsed = history(
      edited((doc) => {
        doc.incident_links = [];
        for (const impact of doc.component_impacts) impact.status = 'on_fire';
      }),
    );
    expect(parsed.intervals.map((interval) => [interval.level, interval.title])).toEqual([
      ['degraded', undefined],
      ['degraded', undefined],
    ]);
  });

  it('an empty window is an empty history', () => {
    expect(history('{"component_impacts":[],"component_uptimes":[],"incident_links":[]}')).toEqual({
      timeZone: 'UTC',
      records: [],
      intervals: [],
      uptimes: [],
    });
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    expect(parseIncidentioHistory(body).ok).toBe(false);
  });

  it('refuses incident.io’s page JSON, which holds the present, not the past', () => {
    expect(parseIncidentioHistory(readFixture('incidentio/openai-proxy-summary-ongoing-incident-1.json'))).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload' },
    });
  });

  it('leaves out what it cannot place or read', () => {
    const parsed = history(
      edited((doc) => {
        doc.component_impacts = [
          { component_id: GPT_OSS_20B, start_at: 'not a date', status: 'degraded_performance' },
          { start_at: '2026-07-01T23:01:22.483Z', status: 'degraded_performance' },
          { component_id: GPT_OSS_20B, start_at: '2026-07-01T23:01:22.483Z', end_at: 'soon', status: 'degraded_performance' },
        ];
        doc.component_uptimes = [
          { component_id: API, uptime: '100.5' },
          { component_id: API, uptime: '99.9%' },
          { component_id: API, uptime: '-1' },
          { uptime: '99.00' },
        ];
      }),
    );
    // An end it cannot read: the trouble is placed on its first day, and no further.
    expect(parsed.intervals).toEqual([
      {
        startMs: Date.parse('2026-07-01T23:01:22.483Z'),
        endMs: Date.parse('2026-07-01T23:01:22.483Z'),
        level: 'degraded',
        componentIds: [GPT_OSS_20B],
      },
    ]);
    expect(parsed.uptimes).toEqual([]);
  });

  it('a hostile incident name is cleaned and cut', () => {
    const parsed = history(
      edited((doc) => {
        for (const link of doc.incident_links) link.name = HOSTILE_TITLE;
      }),
    );
    const [title] = parsed.intervals.map((interval) => interval.title);
    expect(title?.startsWith('Elevated errors')).toBe(true);
    expect(title?.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('random edits of the answer: a bounded history or a typed failure', () => {
    expectMutationsRead(parseIncidentioHistory, ANSWER, 1_000);
  });
});
