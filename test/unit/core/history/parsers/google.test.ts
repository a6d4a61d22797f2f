import { describe, expect, it } from 'vitest';
import { GEMINI_API, GEMINI_APP } from '../../../../../src/core/catalog/scopes';
import type { PageHistory } from '../../../../../src/core/history/model';
import { parseGoogleHistory } from '../../../../../src/core/history/parsers/google';
import { MAX_TITLE_LENGTH } from '../../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { hostileBody } from '../../../support/hostile-corpus';
import { unwrap } from '../../../support/unwrap';
import { expectHistoryOrFailure, expectMutationsRead, HOSTILE_TITLE, historyProblems, NOT_A_HISTORY } from './history-checks';

const WORKSPACE = readFixture('google/workspace-appsstatus-incidents-reduced-3-resolved-1.json');
const CLOUD = readFixture('google/gcloud-incidents-edited-checkmk-1.json');

const GOOGLE_CHAT = 'Ht9Vx5PFzDPHYvrnrvSk';
const SECRET_MANAGER = 'kzGfErQK3HzkFhptoeHH';
const CLOUD_SQL = 'hV87iK5DcEXKgWU2kDri';

const at = Date.parse;

function workspace(body: string): PageHistory {
  return unwrap(parseGoogleHistory(body, 'google-workspace'));
}

function cloud(body: string): PageHistory {
  return unwrap(parseGoogleHistory(body, 'google-cloud'));
}

/** A real list with its entries edited. */
function edited(body: string, edit: (entries: Record<string, unknown>[]) => void): string {
  const entries = JSON.parse(body) as Record<string, unknown>[];
  edit(entries);
  return JSON.stringify(entries);
}

describe('Google Workspace incidents.json, 2026-09-15 (3 incidents, all ended)', () => {
  const parsed = workspace(WORKSPACE);

  it('each incident from begin to end, at the live level, titled by its description’s first paragraph', () => {
    expect(parsed.intervals).toEqual([
      {
        startMs: at('2026-09-11T13:00:00Z'),
        endMs: at('2026-09-11T20:22:00Z'),
        level: 'degraded',
        // "**Summary:**" is a label: the title is the sentence after it.
        title: 'Mitigated intermittent elevated error rates with Gemini 3.1 Pro models on Gemini Web and Gemini App.',
        componentIds: GEMINI_APP,
      },
      {
        startMs: at('2025-09-29T17:53:00Z'),
        endMs: at('2025-09-29T18:42:00Z'),
        level: 'degraded',
        title: "We're investigating reports of an issue with Gemini. We will provide more information shortly.",
        componentIds: GEMINI_APP,
      },
      {
        startMs: at('2026-08-28T17:50:00Z'),
        endMs: at('2026-08-28T20:34:00Z'),
        level: 'degraded',
        title:
          'Google Chat users are experiencing an issue where they receive notifications for new messages, but the actual messages fail to appear in their chat application unless the user refreshes their view.',
        componentIds: [GOOGLE_CHAT],
      },
    ]);
  });

  it('SERVICE_INFORMATION with a last update AVAILABLE is degraded, as the live parser reads it', () => {
    // The end's `AVAILABLE` is the state after the fix; the impact word still says what users saw.
    expect(parsed.intervals.every((interval) => interval.level === 'degraded')).toBe(true);
  });

  it('states no zone, so UTC; no days, no uptimes', () => {
    expect(parsed.timeZone).toBe('UTC');
    expect(parsed.records).toEqual([]);
    expect(parsed.uptimes).toEqual([]);
    expect(parsed.dataSinceMs).toBeUndefined();
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('reads the same under either dashboard’s name: one format', () => {
    expect(cloud(WORKSPACE)).toEqual(parsed);
  });
});

describe('Google Cloud incidents.json, Checkmk’s edited capture (one id three times)', () => {
  const parsed = cloud(CLOUD);

  it('every entry is an interval, the repeated id too; the open one has no end', () => {
    expect(parsed.intervals).toEqual([
      {
        // No `end`: open. DISRUPTION, then an OUTAGE update, at medium: the worse word, partial outage.
        startMs: at('2022-07-19T14:17:00Z'),
        level: 'partial_outage',
        title: 'Secret Manager experienced service unavailability in europe-west2',
        componentIds: [SECRET_MANAGER],
      },
      {
        startMs: at('2022-07-09T14:17:00Z'),
        endMs: at('2022-07-10T15:47:00Z'),
        level: 'degraded',
        title: 'Secret Manager experienced service unavailability in europe-west2',
        componentIds: [SECRET_MANAGER, CLOUD_SQL],
      },
      {
        startMs: at('2022-07-19T14:17:00Z'),
        endMs: at('2022-07-19T15:47:00Z'),
        level: 'degraded',
        // The description's line break is a space in a title.
        title: 'Secret Manager experienced service unavailability in europe-west1',
        componentIds: [SECRET_MANAGER],
      },
    ]);
    expect('endMs' in (parsed.intervals[0] ?? {})).toBe(false);
    expect(parsed.timeZone).toBe('UTC');
  });
});

describe('open incidents (synthetic, no capture shows one with updates)', () => {
  it('Workspace: Gemini still under way at 19:48, and a Chat outage beside it', () => {
    const parsed = workspace(readSynthetic('synthetic-google-workspace-gemini-ongoing.json'));
    expect(parsed.intervals).toEqual([
      {
        startMs: at('2025-09-29T17:53:00Z'),
        level: 'degraded',
        title: "We're investigating reports of an issue with Gemini. We will provide more information shortly.",
        componentIds: GEMINI_APP,
      },
      {
        startMs: at('2025-09-29T19:30:00Z'),
        level: 'major_outage',
        title: 'Google Chat users cannot send or receive messages.',
        componentIds: [GOOGLE_CHAT],
      },
    ]);
  });

  it('Cloud: the open Vertex Gemini API disruption at high is a partial outage, on the id GEMINI_API scopes on', () => {
    const parsed = cloud(readSynthetic('synthetic-google-cloud-gemini-api-ongoing.json'));
    expect(parsed.intervals).toEqual([
      {
        startMs: at('2026-10-07T21:10:00Z'),
        level: 'partial_outage',
        title: 'Multiple Gemini models on Vertex AI are returning elevated 429 and 500 errors',
        componentIds: GEMINI_API,
      },
      {
        startMs: at('2026-10-07T23:02:00Z'),
        level: 'major_outage',
        title: 'Cloud SQL instances in europe-west1 are unreachable',
        componentIds: [CLOUD_SQL],
      },
      {
        startMs: at('2026-10-02T08:40:00Z'),
        endMs: at('2026-10-02T10:05:00Z'),
        level: 'degraded',
        title: 'Elevated latency for Gemini 2.5 Flash on Vertex AI',
        componentIds: GEMINI_API,
      },
    ]);
  });
});

describe('what no capture shows', () => {
  it('no `begin`: it starts when created; an `end` it cannot read places it on its first day, no further', () => {
    const parsed = workspace(
      edited(WORKSPACE, ([first, second]) => {
        delete first?.begin;
        Object.assign(second ?? {}, { end: 'soon' });
      }),
    );
    expect(parsed.intervals.slice(0, 2).map(({ startMs, endMs }) => ({ startMs, endMs }))).toEqual([
      // Created (20:45:19) after its end (20:22): an instant, never a negative span.
      { startMs: at('2026-09-11T20:45:19Z'), endMs: at('2026-09-11T20:45:19Z') },
      { startMs: at('2025-09-29T17:53:00Z'), endMs: at('2025-09-29T17:53:00Z') },
    ]);
  });

  it('an entry whose words all read AVAILABLE is no trouble; an unknown word is trouble at the floor', () => {
    const parsed = workspace(
      edited(WORKSPACE, ([first, second]) => {
        Object.assign(first ?? {}, { status_impact: 'AVAILABLE' });
        Object.assign(second ?? {}, { status_impact: 'SERVICE_ON_FIRE', updates: [], most_recent_update: null });
      }),
    );
    expect(parsed.intervals.map(({ startMs, level }) => ({ startMs, level }))).toEqual([
      { startMs: at('2025-09-29T17:53:00Z'), level: 'degraded' },
      { startMs: at('2026-08-28T17:50:00Z'), level: 'degraded' },
    ]);
  });

  it('no description: no title (the live fallback names the product, not what happened)', () => {
    const parsed = workspace(
      edited(WORKSPACE, ([first]) => {
        Object.assign(first ?? {}, { external_desc: '' });
      }),
    );
    expect(parsed.intervals[0]).toEqual({
      startMs: at('2026-09-11T13:00:00Z'),
      endMs: at('2026-09-11T20:22:00Z'),
      level: 'degraded',
      componentIds: GEMINI_APP,
    });
  });
});

describe('bad input: a typed failure or a bounded history, never a throw', () => {
  it.each(NOT_A_HISTORY)('refuses %j', (body) => {
    expect(parseGoogleHistory(body, 'google-workspace')).toMatchObject({ ok: false });
  });

  it('refuses a list of which no entry is an incident, and an object', () => {
    expect(parseGoogleHistory('[1, "x", {"id": "a"}, null]', 'google-cloud')).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload', message: expect.stringContaining('Google Cloud') },
    });
    expect(parseGoogleHistory('{"incidents": []}', 'google-workspace')).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload' },
    });
  });

  it('leaves out an entry without an id or a readable start, and keeps the rest', () => {
    const parsed = workspace(
      edited(WORKSPACE, (entries) => {
        delete entries[0]?.id;
        Object.assign(entries[1] ?? {}, { begin: 'yesterday', created: 42 });
      }),
    );
    expect(parsed.intervals.map((interval) => interval.componentIds)).toEqual([[GOOGLE_CHAT]]);
  });

  it('the hostile Workspace corpus file: three open major outages, titles cleaned and cut', () => {
    const parsed = workspace(hostileBody('synthetic-hostile-google-workspace.json'));
    expect(parsed.intervals.map(({ startMs, endMs, level, componentIds }) => ({ startMs, endMs, level, componentIds }))).toEqual([
      { startMs: at('2026-09-11T13:00:00Z'), endMs: undefined, level: 'major_outage', componentIds: GEMINI_APP },
      { startMs: at('2025-09-29T17:53:00Z'), endMs: undefined, level: 'major_outage', componentIds: GEMINI_APP },
      { startMs: at('2026-08-28T17:50:00Z'), endMs: undefined, level: 'major_outage', componentIds: [GOOGLE_CHAT] },
    ]);
    expect(parsed.intervals[1]?.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('a hostile description is cleaned and cut', () => {
    const parsed = workspace(
      edited(WORKSPACE, ([first]) => {
        Object.assign(first ?? {}, { external_desc: HOSTILE_TITLE });
      }),
    );
    const title = parsed.intervals[0]?.title;
    expect(title?.startsWith('Elevated errors')).toBe(true);
    expect(title?.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(historyProblems(parsed)).toEqual([]);
  });

  it('random edits of the real lists: a bounded history or a typed failure', () => {
    expectMutationsRead((body) => parseGoogleHistory(body, 'google-workspace'), WORKSPACE, 300);
    expectMutationsRead((body) => parseGoogleHistory(body, 'google-cloud'), CLOUD, 300);
    expectHistoryOrFailure((body) => parseGoogleHistory(body, 'google-cloud'), CLOUD.slice(0, 2_000));
  });
});
