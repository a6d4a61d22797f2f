import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../../../src/core/model';
import { looksLikeGoogleCloud, parseGoogleCloud } from '../../../../../src/core/platforms/google/cloud';
import { fromGoogleWords } from '../../../../../src/core/platforms/google/incidents';
import { looksLikeGoogleWorkspace, parseGoogleWorkspace } from '../../../../../src/core/platforms/google/workspace';
import type { ParseContext, Parser } from '../../../../../src/core/platforms/platform';
import type { Result } from '../../../../../src/core/result';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';

const AT = '2026-10-08T00:00:00.000Z';
const CLOUD_PAGE = 'https://status.cloud.google.com/';
const WORKSPACE_PAGE = 'https://www.google.com/appsstatus/dashboard/';

const CLOUD_FILE = 'google/gcloud-incidents-edited-checkmk-1.json';
const WORKSPACE_FILE = 'google/workspace-appsstatus-incidents-reduced-3-resolved-1.json';
const CLOUD_SYNTHETIC = 'synthetic-google-cloud-gemini-api-ongoing.json';
const WORKSPACE_SYNTHETIC = 'synthetic-google-workspace-gemini-ongoing.json';

// Product ids as the real payloads write them.
const GEMINI = 'npdyhgECDJ6tB66MxXyo';
const GOOGLE_CHAT = 'Ht9Vx5PFzDPHYvrnrvSk';
const VERTEX_GEMINI_API = 'Z0FZJAMvEB4j3NbCJs6B';
const SECRET_MANAGER = 'kzGfErQK3HzkFhptoeHH';
const CLOUD_SQL = 'hV87iK5DcEXKgWU2kDri';

type Json = Record<string, unknown>;

function contextFor(parser: Parser, overrides: Partial<ParseContext>): ParseContext {
  const statusPageUrl = parser === parseGoogleCloud ? CLOUD_PAGE : WORKSPACE_PAGE;
  return { source: 'test', statusPageUrl, fetchedAt: AT, ...overrides };
}

function read(parser: Parser, body: string, overrides: Partial<ParseContext> = {}): Reading {
  return unwrap(parser(body, contextFor(parser, overrides)));
}

/** A real payload as a list of incidents, to change one fact and read it again. */
function incidentsOf(body: string): Json[] {
  return JSON.parse(body) as Json[];
}

function ids(incidents: { id: string }[] | undefined): string[] {
  return (incidents ?? []).map((incident) => incident.id);
}

describe('Google Cloud incidents.json (real capture, edited by Checkmk)', () => {
  const body = readFixture(CLOUD_FILE);

  it('an incident without an end is open until Google writes one: nothing ahead changes how the list reads', () => {
    expect(read(parseGoogleCloud, body).changesAt).toBeUndefined();
  });

  it('reads the one incident without an end as open, with its latest update', () => {
    const reading = read(parseGoogleCloud, body, { source: 'https://status.cloud.google.com/incidents.json' });
    expect(reading.incidents).toEqual([
      {
        id: 'mLBHeCxhRia17anXCSX1',
        title: 'Secret Manager experienced service unavailability in europe-west2',
        status: 'service_outage',
        // status_impact SERVICE_DISRUPTION/medium reads degraded; the latest update says SERVICE_OUTAGE: the worse word wins.
        impact: 'partial_outage',
        startedAt: '2022-07-19T14:17:00.000Z',
        updatedAt: '2022-07-20T13:46:32.000Z',
        latestUpdate: {
          status: 'service_outage',
          body: expect.stringMatching(
            /^We experienced an issue with Secret Manager beginning at Tuesday, 2022-07-19 07:17 US\/Pacific\./,
          ),
          at: '2022-07-20T13:44:35.000Z',
        },
        url: 'https://status.cloud.google.com/incidents/mLBHeCxhRia17anXCSX1',
        componentIds: [SECRET_MANAGER],
      },
    ]);
    expect(reading.severity).toBe('partial_outage');
    expect(reading.components).toEqual([]);
    expect(reading.maintenances).toEqual([]);
    expect(reading.source).toBe('https://status.cloud.google.com/incidents.json');
    expect(reading.fetchedAt).toBe(AT);
  });

  it('lists an id once: the edited copies of the open incident that carry an end are not also history', () => {
    expect(read(parseGoogleCloud, body).recent).toEqual([]);
    // Whatever the order: an id open anywhere is open.
    const reversed = read(parseGoogleCloud, JSON.stringify(incidentsOf(body).reverse()));
    expect(ids(reversed.incidents)).toEqual(['mLBHeCxhRia17anXCSX1']);
    expect(reversed.recent).toEqual([]);
  });

  it('without the open copy, keeps the most recently modified ended copy', () => {
    const [, ...ended] = incidentsOf(body);
    const reading = read(parseGoogleCloud, JSON.stringify(ended));
    expect(reading.incidents).toEqual([]);
    expect(reading.recent).toHaveLength(1);
    expect(reading.recent?.[0]).toMatchObject({ startedAt: '2022-07-09T14:17:00.000Z', updatedAt: '2022-07-20T13:46:32.000Z' });
  });

  it('with an id for each copy, reads the ended ones as history, newest first, with every product they name', () => {
    const distinct = incidentsOf(body).map((incident, index) => ({ ...incident, id: `copy${index}` }));
    const reading = read(parseGoogleCloud, JSON.stringify(distinct));
    expect(ids(reading.incidents)).toEqual(['copy0']);
    expect(reading.recent?.map((incident) => [incident.id, incident.title, incident.status, incident.impact])).toEqual([
      // Google's description breaks a line mid-sentence; the title joins it back.
      ['copy2', 'Secret Manager experienced service unavailability in europe-west1', 'resolved', 'degraded'],
      ['copy1', 'Secret Manager experienced service unavailability in europe-west2', 'resolved', 'degraded'],
    ]);
    expect(reading.recent?.[1]?.componentIds).toEqual([SECRET_MANAGER, CLOUD_SQL]);
    // The url follows the payload's uri, which still names the original id: it stays on the status page.
    expect(reading.recent?.[0]?.url).toBe('https://status.cloud.google.com/incidents/mLBHeCxhRia17anXCSX1');

    const sql = read(parseGoogleCloud, JSON.stringify(distinct), { componentIds: [CLOUD_SQL] });
    expect(sql.severity).toBe('operational');
    expect(sql.incidents).toEqual([]);
    expect(ids(sql.recent)).toEqual(['copy1']);
  });

  it('scoped by product id: Secret Manager carries the open incident, Cloud SQL does not', () => {
    const secrets = read(parseGoogleCloud, body, { componentIds: [SECRET_MANAGER] });
    expect(secrets.severity).toBe('partial_outage');
    expect(ids(secrets.incidents)).toEqual(['mLBHeCxhRia17anXCSX1']);

    const sql = read(parseGoogleCloud, body, { componentIds: [CLOUD_SQL] });
    expect(sql.severity).toBe('operational');
    expect(sql.incidents).toEqual([]);
  });
});

describe('Google Workspace incidents.json (real capture, 3 resolved incidents)', () => {
  const body = readFixture(WORKSPACE_FILE);

  it('reads every incident as ended history, newest first, and nothing open', () => {
    const reading = read(parseGoogleWorkspace, body);
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    expect(reading.components).toEqual([]);
    expect(reading.recent?.map((incident) => [incident.id, incident.title, incident.startedAt])).toEqual([
      [
        'fJ4691Pe2g9KsTbP8g5F',
        'Mitigated intermittent elevated error rates with Gemini 3.1 Pro models on Gemini Web and Gemini App.',
        '2026-09-11T13:00:00.000Z',
      ],
      [
        'y2ufhCB886p7rveYNnko',
        'Google Chat users are experiencing an issue where they receive notifications for new messages, but the actual messages fail to appear in their chat application unless the user refreshes their view.',
        '2026-08-28T17:50:00.000Z',
      ],
      [
        '6GdahVtGTryxTdh56iLP',
        "We're investigating reports of an issue with Gemini. We will provide more information shortly.",
        '2025-09-29T17:53:00.000Z',
      ],
    ]);
  });

  it('keeps what each ended incident says: resolved, informational, its last update and its page', () => {
    const [first, , last] = read(parseGoogleWorkspace, body).recent ?? [];
    expect(first).toMatchObject({
      status: 'resolved',
      impact: 'degraded',
      updatedAt: '2026-09-11T20:45:42.000Z',
      latestUpdate: { status: 'available', at: '2026-09-11T20:45:19.000Z' },
      url: 'https://www.google.com/appsstatus/dashboard/incidents/fJ4691Pe2g9KsTbP8g5F',
      componentIds: [GEMINI],
    });
    // The newest of five updates is a 2,594-character incident report: clipped, its heading marks dropped.
    expect(last?.latestUpdate?.at).toBe('2025-10-02T20:17:06.000Z');
    expect(last?.latestUpdate?.body).toHaveLength(2_000);
    expect(last?.latestUpdate?.body).toMatch(/^Incident Report\nSummary\nOn Monday, 29 September 2025/);
    expect(last?.latestUpdate?.body.endsWith('…')).toBe(true);
  });

  it('scoped to the Gemini product, keeps only the Gemini incidents as history', () => {
    const gemini = read(parseGoogleWorkspace, body, { componentIds: [GEMINI] });
    expect(gemini.severity).toBe('operational');
    expect(ids(gemini.recent)).toEqual(['fJ4691Pe2g9KsTbP8g5F', '6GdahVtGTryxTdh56iLP']);

    const chat = read(parseGoogleWorkspace, body, { componentIds: [GOOGLE_CHAT] });
    expect(ids(chat.recent)).toEqual(['y2ufhCB886p7rveYNnko']);
  });

  it('read before an incident ended (its end still ahead of the clock), that incident is open', () => {
    const gemini = read(parseGoogleWorkspace, body, { componentIds: [GEMINI], fetchedAt: '2026-09-11T15:00:00.000Z' });
    expect(gemini.severity).toBe('degraded');
    expect(gemini.incidents.map((incident) => [incident.id, incident.status])).toEqual([['fJ4691Pe2g9KsTbP8g5F', 'available']]);
    expect(ids(gemini.recent)).toEqual(['6GdahVtGTryxTdh56iLP']);
  });

  it('says when the same list will read otherwise: at the earliest end still ahead of the clock, for the whole page', () => {
    expect(read(parseGoogleWorkspace, body, { fetchedAt: '2026-09-11T15:00:00.000Z' }).changesAt).toBe(
      '2026-09-11T20:22:00.000Z',
    );
    // Scoped to Google Chat, whose incident is long over, the page's next change still counts: one parse too many
    // at worst, never one too few.
    const chat = read(parseGoogleWorkspace, body, { componentIds: [GOOGLE_CHAT], fetchedAt: '2026-09-11T15:00:00.000Z' });
    expect(chat.changesAt).toBe('2026-09-11T20:22:00.000Z');
    // Two ends ahead: the earlier one.
    expect(read(parseGoogleWorkspace, body, { fetchedAt: '2026-08-28T18:00:00.000Z' }).changesAt).toBe(
      '2026-08-28T20:34:00.000Z',
    );
    // Every end behind the clock: the list reads the same from now on.
    expect(read(parseGoogleWorkspace, body).changesAt).toBeUndefined();
  });

  it('builds links under the dashboard path even when the status page URL has no trailing slash', () => {
    const reading = read(parseGoogleWorkspace, body, { statusPageUrl: 'https://www.google.com/appsstatus/dashboard' });
    expect(reading.recent?.[0]?.url).toBe('https://www.google.com/appsstatus/dashboard/incidents/fJ4691Pe2g9KsTbP8g5F');
  });
});

describe('synthetic: an open Gemini incident on the Workspace dashboard', () => {
  const body = readSynthetic(WORKSPACE_SYNTHETIC);

  it('Gemini reads degraded from an informational incident, with its latest update', () => {
    const gemini = read(parseGoogleWorkspace, body, { componentIds: [GEMINI] });
    expect(gemini.severity).toBe('degraded');
    expect(gemini.incidents).toHaveLength(1);
    expect(gemini.incidents[0]).toMatchObject({
      id: '6GdahVtGTryxTdh56iLP',
      status: 'service_information',
      impact: 'degraded',
      startedAt: '2025-09-29T17:53:00.000Z',
      updatedAt: '2025-09-29T19:48:03.000Z',
      latestUpdate: { status: 'service_information', at: '2025-09-29T19:48:03.000Z' },
    });
    expect(gemini.incidents[0]?.latestUpdate?.body).toMatch(
      /^Summary:\nWorkSpace Gemini customers may experience elevated errors/,
    );
  });

  it('the Google Chat outage stays with Google Chat; the whole page reads its worst', () => {
    const chat = read(parseGoogleWorkspace, body, { componentIds: [GOOGLE_CHAT] });
    expect(chat.severity).toBe('major_outage');
    expect(chat.incidents.map((incident) => [incident.title, incident.status])).toEqual([
      ['Google Chat users cannot send or receive messages.', 'service_outage'],
    ]);
    const page = read(parseGoogleWorkspace, body);
    expect(page.severity).toBe('major_outage');
    expect(ids(page.incidents)).toEqual(['SYNTHchatOutage0001x', '6GdahVtGTryxTdh56iLP']);
  });
});

describe('synthetic: an open Vertex Gemini API incident on Google Cloud, with updates[]', () => {
  const body = readSynthetic(CLOUD_SYNTHETIC);

  it('scoped to the Vertex Gemini API product: a high disruption reads partial outage', () => {
    const gemini = read(parseGoogleCloud, body, { componentIds: [VERTEX_GEMINI_API] });
    expect(gemini.severity).toBe('partial_outage');
    expect(gemini.incidents).toHaveLength(1);
    expect(gemini.incidents[0]).toMatchObject({
      id: 'SYNTHgeminiApiOpen01',
      title: 'Multiple Gemini models on Vertex AI are returning elevated 429 and 500 errors',
      status: 'service_disruption',
      impact: 'partial_outage',
      latestUpdate: { status: 'service_disruption', at: '2026-10-07T22:15:38.000Z' },
      url: 'https://status.cloud.google.com/incidents/SYNTHgeminiApiOpen01',
      componentIds: [VERTEX_GEMINI_API],
    });
    expect(
      gemini.recent?.map((incident) => [incident.id, incident.status, incident.impact, incident.latestUpdate?.status]),
    ).toEqual([['SYNTHgeminiApiDone01', 'resolved', 'degraded', 'available']]);
  });

  it('the whole page reads the Cloud SQL outage; Cloud SQL alone does not see the Gemini incident', () => {
    expect(read(parseGoogleCloud, body).severity).toBe('major_outage');
    const sql = read(parseGoogleCloud, body, { componentIds: [CLOUD_SQL] });
    expect(ids(sql.incidents)).toEqual(['SYNTHcloudSqlOpen001']);
    expect(sql.recent).toEqual([]);
  });
});

describe("Google's words onto the design's severities", () => {
  it.each([
    ['SERVICE_INFORMATION', 'low', 'degraded'],
    ['SERVICE_INFORMATION', 'medium', 'degraded'],
    ['SERVICE_INFORMATION', 'high', 'degraded'],
    ['SERVICE_DISRUPTION', 'low', 'degraded'],
    ['SERVICE_DISRUPTION', 'medium', 'degraded'],
    ['SERVICE_DISRUPTION', 'high', 'partial_outage'],
    ['SERVICE_OUTAGE', 'low', 'partial_outage'],
    ['SERVICE_OUTAGE', 'medium', 'partial_outage'],
    ['SERVICE_OUTAGE', 'high', 'major_outage'],
    ['SERVICE_OUTAGE', undefined, 'partial_outage'],
    ['AVAILABLE', 'high', 'operational'],
    ['SERVICE_MELTDOWN', 'high', 'unknown'],
    [undefined, 'high', 'unknown'],
  ])('%s with severity %s reads %s', (word, severity, expected) => {
    expect(fromGoogleWords(word, severity)).toBe(expected);
  });

  it.each([
    ['SERVICE_INFORMATION', 'low', 'degraded'],
    ['SERVICE_DISRUPTION', 'high', 'partial_outage'],
    ['SERVICE_OUTAGE', 'high', 'major_outage'],
    // A word Google has not used before states no severity: an incident posted, at the floor, never worse.
    ['SERVICE_MELTDOWN', 'high', 'degraded'],
  ])('the real Gemini incident, reopened as %s/%s, makes Gemini read %s', (statusImpact, severity, expected) => {
    const [incident] = incidentsOf(readFixture(WORKSPACE_FILE));
    const { end: _end, updates: _updates, most_recent_update: _latest, ...open } = incident ?? {};
    const body = JSON.stringify([{ ...open, status_impact: statusImpact, severity }]);
    const gemini = read(parseGoogleWorkspace, body, { componentIds: [GEMINI] });
    expect(gemini.severity).toBe(expected);
    expect(gemini.incidents[0]?.status).toBe(statusImpact.toLowerCase());
  });
});

describe('incident links stay on the status page', () => {
  const [incident] = incidentsOf(readFixture(WORKSPACE_FILE));

  it.each([
    'https://evil.example/incidents/x',
    '//evil.example/incidents/x',
    'incidents/../../../evil',
    'javascript:alert(1)',
    '/incidents/elsewhere',
    42,
  ])('a uri of %j falls back to the id on the dashboard', (uri) => {
    const body = JSON.stringify([{ ...incident, uri }]);
    expect(read(parseGoogleWorkspace, body).recent?.[0]?.url).toBe(
      'https://www.google.com/appsstatus/dashboard/incidents/fJ4691Pe2g9KsTbP8g5F',
    );
  });

  it('an id that is not valid Unicode links to the dashboard itself, and an unusable page URL to nothing', () => {
    const body = JSON.stringify([{ ...incident, id: '\ud800', uri: undefined }]);
    expect(read(parseGoogleWorkspace, body).recent?.[0]?.url).toBe(WORKSPACE_PAGE);
    expect(read(parseGoogleWorkspace, body, { statusPageUrl: 'not a url' }).recent?.[0]?.url).toBe('');
  });
});

describe('telling the two dashboards apart from content', () => {
  it.each([
    [readFixture(CLOUD_FILE), true, false],
    [readSynthetic(CLOUD_SYNTHETIC), true, false],
    [readFixture(WORKSPACE_FILE), false, true],
    [readSynthetic(WORKSPACE_SYNTHETIC), false, true],
  ])('a Google incident list (%#) is Cloud: %s, Workspace: %s', (body, cloud, workspace) => {
    expect(looksLikeGoogleCloud(body)).toBe(cloud);
    expect(looksLikeGoogleWorkspace(body)).toBe(workspace);
  });

  it.each([
    'statuspage/anthropic-summary-operational-1.json',
    'statuspage/anthropic-incidents-history-excerpt-1.json',
    'incidentio/openai-v2-incidents-compat-full-1.json',
    'google/aistudio-listincidentshistory-full-2-open-1.json',
    'google/gcloud-products-json-full-213-1.json',
  ])('%s is neither', (file) => {
    const body = readFixture(file);
    expect(looksLikeGoogleCloud(body)).toBe(false);
    expect(looksLikeGoogleWorkspace(body)).toBe(false);
  });

  it.each(['[]', '', '<html></html>', '[{"id": "x"}]', 'not json'])('%j is neither', (body) => {
    expect(looksLikeGoogleCloud(body)).toBe(false);
    expect(looksLikeGoogleWorkspace(body)).toBe(false);
  });
});

describe('bad input is a typed error, never a throw', () => {
  it.each([
    ['', 'bad_payload'],
    ['  \n', 'bad_payload'],
    ['<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>', 'challenge'],
    ['<html><body>502 Bad Gateway</body></html>', 'bad_payload'],
    ['[{"id": "x", "begin": ', 'bad_payload'],
    ['{"incidents": []}', 'bad_payload'],
    ['null', 'bad_payload'],
    ['[1, 2, 3]', 'bad_payload'],
    ['[{"foo": 1}, [], "x"]', 'bad_payload'],
    ['[{"id": "x", "begin": "not a date"}]', 'bad_payload'],
  ])('%j reads as %s', (body, kind) => {
    for (const parser of [parseGoogleCloud, parseGoogleWorkspace]) {
      expect(parser(body, contextFor(parser, {}))).toMatchObject({ ok: false, failure: { kind } });
    }
  });

  it.each([
    'statuspage/anthropic-incidents-history-excerpt-1.json',
    'google/aistudio-listincidentshistory-full-2-open-1.json',
    'google/gcloud-products-json-full-213-1.json',
  ])("another platform's real payload (%s) is a bad payload", (file) => {
    expect(parseGoogleCloud(readFixture(file), contextFor(parseGoogleCloud, {}))).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload' },
    });
  });

  it('an empty list is a quiet dashboard', () => {
    const reading = read(parseGoogleCloud, '[]', { componentIds: [VERTEX_GEMINI_API] });
    expect(reading).toMatchObject({ severity: 'operational', incidents: [], recent: [] });
  });
});

describe('properties', () => {
  const parsers = [parseGoogleCloud, parseGoogleWorkspace];
  const realLists = [
    readFixture(CLOUD_FILE),
    readFixture(WORKSPACE_FILE),
    readSynthetic(CLOUD_SYNTHETIC),
    readSynthetic(WORKSPACE_SYNTHETIC),
  ];

  /** Either a reading whose links all stay on the status page, or a typed failure. */
  function checkResult(result: Result<Reading>, statusPageUrl: string) {
    if (!result.ok) {
      expect(['bad_payload', 'challenge']).toContain(result.failure.kind);
      return;
    }
    const origin = new URL(statusPageUrl).origin;
    for (const incident of [...result.value.incidents, ...(result.value.recent ?? [])]) {
      expect(incident.url === '' || new URL(incident.url).origin === origin).toBe(true);
    }
    const open = new Set(ids(result.value.incidents));
    expect(ids(result.value.recent).some((id) => open.has(id))).toBe(false);
  }

  it('random JSON never throws', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(...parsers), (body, parser) => {
        const context = contextFor(parser, {});
        checkResult(parser(body, context), context.statusPageUrl);
        expect(typeof looksLikeGoogleCloud(body)).toBe('boolean');
        expect(looksLikeGoogleCloud(body) && looksLikeGoogleWorkspace(body)).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  const KEYS = [
    'id',
    'begin',
    'created',
    'end',
    'modified',
    'external_desc',
    'updates',
    'most_recent_update',
    'status_impact',
    'severity',
    'service_key',
    'affected_products',
    'uri',
    'currently_affected_locations',
  ];
  const mutation = fc.record({
    index: fc.nat(),
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string()),
    nested: fc.option(fc.constantFrom('status', 'when', 'text', 'id', 'created'), { nil: undefined }),
    value: fc.option(fc.jsonValue(), { nil: undefined }),
  });

  it('mutated real payloads never throw and read as a reading or a typed error', () => {
    const lists = realLists.map(incidentsOf);
    fc.assert(
      fc.property(
        fc.nat({ max: lists.length - 1 }),
        fc.array(mutation, { maxLength: 6 }),
        fc.constantFrom(...parsers),
        fc.option(fc.constantFrom([GEMINI], [VERTEX_GEMINI_API], [SECRET_MANAGER], ['nothing']), { nil: undefined }),
        (which, mutations, parser, componentIds) => {
          const list: unknown[] = structuredClone(lists[which] ?? []);
          for (const { index, key, nested, value } of mutations) {
            mutate(list, index, key, nested, value);
          }
          const body = JSON.stringify(list);
          const context = contextFor(parser, componentIds ? { componentIds } : {});
          checkResult(parser(body, context), context.statusPageUrl);
          expect(looksLikeGoogleCloud(body) && looksLikeGoogleWorkspace(body)).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

/** Set (or, with no value, delete) one field of one incident, or a field of the first element it holds. */
function mutate(list: unknown[], index: number, key: string, nested: string | undefined, value: unknown): void {
  if (list.length === 0) return;
  const incident = list[index % list.length];
  if (typeof incident !== 'object' || incident === null) return;
  const record = incident as Json;
  let target: Json = record;
  if (nested !== undefined) {
    const child = record[key];
    const first = Array.isArray(child) ? child[0] : child;
    if (typeof first !== 'object' || first === null) return;
    target = first as Json;
    key = nested;
  }
  if (value === undefined) delete target[key];
  else target[key] = value;
}
