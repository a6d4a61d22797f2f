import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import type { Provider, Reading } from '../../../../src/core/model';
import { parseFlashduty, snapshotFlashduty } from '../../../../src/core/platforms/flashduty';
import type { PageSnapshot, ParseContext } from '../../../../src/core/platforms/platform';
import { pollProviders } from '../../../../src/core/poll/poll';
import type { Result } from '../../../../src/core/result';
import { readFixture, readSynthetic } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';
import { expectReadingOrFailure, mutatedPayload, PROPERTY_RUNS, randomBodies } from '../../support/parser-properties';
import { unwrap } from '../../support/unwrap';

const SUMMARY = readFixture('flashduty/deepseek-api-summary-active-no-changes-1.json');
const CHANGES = readFixture('flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json');
const STRUCTURE = readFixture('flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json');
const RSS = readFixture('flashduty/deepseek-feed-rss-excerpt-1.xml');
/*
 * No capture shows an open change: these are the real summary with a real change of the change list put
 * back part way through (test/synthetic/synthetic-flashduty.md), on the assumption, which public code reading
 * this API shares, that an active change has the shape of a listed one without its close time.
 */
const OPEN_FULL = readSynthetic('synthetic-flashduty-summary-active-open-full-outage.json');
const OPEN_PARTIAL = readSynthetic('synthetic-flashduty-summary-active-open-partial-outage.json');

const API_URL = 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active';
const RSS_URL = 'https://status.deepseek.com/history.rss';
const CHANGES_URL = 'https://statuspage.flashduty.com/api/status-page/6410630422455/change/list';
const PRO_API = '01KY4MVS8BM3F9JSYWACGQVG7A';
const FLASH_API = '01KY4MVS8BSBSVW6053QJ37RJE';
const CHAT = '01KY4ND2PNYT9FY5W4ZH80VGJ4';
const CHAT_SECTION = '01KY4ND2MQAQKEAGJKTNGREKBR';

const CONTEXT: ParseContext = {
  source: API_URL,
  statusPageUrl: 'https://status.deepseek.com',
  fetchedAt: '2026-09-02T06:00:00.000Z',
};

function read(body: string, context: ParseContext = CONTEXT): Reading {
  return unwrap(parseFlashduty(body, context));
}

function snapshot(body: string): PageSnapshot {
  return unwrap(snapshotFlashduty(body, CONTEXT));
}

function deepseek(): Provider {
  const provider = providerById('deepseek');
  if (!provider) throw new Error('no deepseek in the catalog');
  return provider;
}

describe('Flashduty summary/active', () => {
  it('reads the real summary with no active change as operational, with its 5 components and their section', () => {
    const reading = read(SUMMARY);
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    expect(reading.maintenances).toEqual([]);
    expect(
      reading.components.map((component) => [component.id, component.severity, component.status, component.groupId]),
    ).toEqual([
      [PRO_API, 'operational', 'operational', undefined],
      [FLASH_API, 'operational', 'operational', undefined],
      [CHAT, 'operational', 'operational', CHAT_SECTION],
      ['01KY4ND2PNNFFY6QKV67WFJW8N', 'operational', 'operational', CHAT_SECTION],
      ['01KY4ND2PN6EFSJ4RDYDJYPMNK', 'operational', 'operational', CHAT_SECTION],
    ]);
    expect(reading.components[2]?.name).toBe('对话服务(Chatservice)');
  });

  it('an open change that takes a component to full_outage reads major_outage, component and incident alike', () => {
    const reading = read(OPEN_FULL);
    expect(reading.severity).toBe('major_outage');
    expect(reading.components.find((component) => component.id === PRO_API)).toMatchObject({
      severity: 'major_outage',
      status: 'full_outage',
    });
    expect(reading.components.find((component) => component.id === FLASH_API)?.severity).toBe('operational');
    expect(reading.incidents).toEqual([
      {
        id: '6927183076287',
        title: 'DeepSeek 网页/API 部分中断（DeepSeek Web/API partially unavailable)',
        status: 'investigating',
        impact: 'major_outage',
        startedAt: '2026-09-02T05:54:24.000Z',
        updatedAt: '2026-09-02T05:54:24.000Z',
        latestUpdate: {
          status: 'investigating',
          body: '正在排查问题，以定位原因。\n\nThe issue is being investigated to identify the cause.',
          at: '2026-09-02T05:54:24.000Z',
        },
        url: 'https://status.deepseek.com/incidents/6927183076287',
        componentIds: [PRO_API, FLASH_API, CHAT],
      },
    ]);
    expect(reading.incidents[0]?.unstated).toBeUndefined();
  });

  it('the same change a poll later, down to partial_outage, reads partial_outage under the same id', () => {
    const before = read(OPEN_FULL);
    const after = read(OPEN_PARTIAL, { ...CONTEXT, fetchedAt: '2026-09-02T06:05:00.000Z' });
    expect(after.severity).toBe('partial_outage');
    expect(after.incidents.map((incident) => [incident.id, incident.impact, incident.updatedAt])).toEqual([
      ['6927183076287', 'partial_outage', '2026-09-02T06:04:03.000Z'],
    ]);
    expect(after.incidents[0]?.id).toBe(before.incidents[0]?.id);
    expect(after.incidents[0]?.url).toBe(before.incidents[0]?.url);
    // Read again, the same body gives the same reading: nothing in it depends on the poll.
    expect(read(OPEN_PARTIAL)).toEqual(read(OPEN_PARTIAL));
  });

  it('a provider scoped to the chat section reads only its components, and no incident of the API alone', () => {
    const scoped = read(OPEN_FULL, { ...CONTEXT, componentIds: [CHAT_SECTION] });
    expect(scoped.components.map((component) => component.id)).toEqual([
      CHAT,
      '01KY4ND2PNNFFY6QKV67WFJW8N',
      '01KY4ND2PN6EFSJ4RDYDJYPMNK',
    ]);
    // The change names the chat service among its components, so it is shown; the chat service itself is fine.
    expect(scoped.incidents.map((incident) => incident.id)).toEqual(['6927183076287']);
    expect(scoped.components.every((component) => component.severity === 'operational')).toBe(true);
  });
});

describe('Flashduty summary/active: what the captures do not show (a real payload, edited)', () => {
  it('an open change that states no component status reads at the floor, marked unstated', () => {
    const doc = JSON.parse(OPEN_FULL) as {
      data: { active_changes: { affected_components: { status?: string }[]; updates: { component_changes?: unknown }[] }[] };
    };
    for (const change of doc.data.active_changes) {
      for (const component of change.affected_components) delete component.status;
      for (const update of change.updates) delete update.component_changes;
    }
    const reading = read(JSON.stringify(doc));
    expect(reading.incidents.map((incident) => [incident.id, incident.impact, incident.unstated])).toEqual([
      ['6927183076287', 'degraded', true],
    ]);
    // The components then say nothing against operational: the incident alone carries the floor.
    expect(reading.components.every((component) => component.severity === 'operational')).toBe(true);
    expect(reading.severity).toBe('degraded');
  });
});

describe('Flashduty change/list', () => {
  it('gives the closed changes as recent incidents, newest first, each weighed by the worst status it set', () => {
    const page = snapshot(CHANGES);
    expect(page.lists).toEqual({ components: false, incidents: true });
    expect(page.incidents).toEqual([]);
    expect(page.recent).toHaveLength(29);
    expect(page.recent.map((incident) => incident.startedAt)).toEqual(
      [...page.recent.map((incident) => incident.startedAt)].sort().reverse(),
    );
    const impacts = page.recent.map((incident) => incident.impact);
    // In the capture, 2 changes reached full_outage, 10 partial_outage at worst, and 17 degraded.
    expect(impacts.filter((impact) => impact === 'major_outage')).toHaveLength(2);
    expect(impacts.filter((impact) => impact === 'partial_outage')).toHaveLength(10);
    expect(impacts.filter((impact) => impact === 'degraded')).toHaveLength(17);
    expect(page.recent.some((incident) => incident.unstated)).toBe(false);
    expect(page.recent.find((incident) => incident.id === '6927183076287')).toMatchObject({
      status: 'resolved',
      impact: 'major_outage',
      startedAt: '2026-09-02T05:54:24.000Z',
      updatedAt: '2026-09-02T06:25:45.000Z',
      url: 'https://status.deepseek.com/incidents/6927183076287',
    });
    expect(page.recent.find((incident) => incident.id === '6877795382287')?.impact).toBe('partial_outage');
  });

  it('reads operational with no open incident, and keeps the newest few for the popup', () => {
    const reading = read(CHANGES);
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    expect(reading.recent?.map((incident) => incident.id)).toEqual([
      '6985724403287',
      '6985247573287',
      '6983817238287',
      '6927183076287',
      '6877795382287',
    ]);
  });
});

describe('what is not a Flashduty answer it can read', () => {
  it.each<[string, string]>([
    ['summary/structure, which holds history only', STRUCTURE],
    ['an empty body', ''],
    ['an HTML page', '<!doctype html><html><body>DeepSeek</body></html>'],
    ['JSON that is not an object', '[]'],
    ['no "data"', '{"request_id": "x"}'],
    ['"data" that is not an object', '{"data": []}'],
    ['"data" of no known endpoint', '{"data": {"page_id": 6410630422455}}'],
    ['a summary whose components are not a list', '{"data": {"page": {"components": {}}, "active_changes": []}}'],
    ['a summary whose active changes are not a list', '{"data": {"page": {"components": []}, "active_changes": null}}'],
    ['a change list whose items are not a list', '{"data": {"items": {}}}'],
    ['a Statuspage summary', readFixture('statuspage/anthropic-summary-operational-1.json')],
    ['the RSS history', RSS],
  ])('%s is a typed bad_payload', (_, body) => {
    const result: Result<Reading> = parseFlashduty(body, CONTEXT);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
    if (!result.ok) expect(result.failure.message).not.toBe('');
  });
});

describe("DeepSeek's sources", () => {
  const NOW = Date.parse('2026-10-08T00:00:00Z');

  it('are the Flashduty JSON API (summary, then change list), then the RSS history', () => {
    expect(deepseek().sources).toMatchObject([
      { platform: 'flashduty', url: API_URL },
      { platform: 'flashduty', url: CHANGES_URL },
      { platform: 'feed', url: RSS_URL },
    ]);
  });

  it('read the change list when the summary fails: its closed changes are the recent history', async () => {
    const fetch = fakeFetch({ [API_URL]: { status: 503, body: '' }, [CHANGES_URL]: { body: CHANGES } });
    const result = (await pollProviders([deepseek()], { fetch, now: () => NOW, timeoutMs: 1_000 })).deepseek;
    expect(result?.ok && result.reading.source).toBe(CHANGES_URL);
    expect(result?.ok && result.reading.severity).toBe('operational');
    expect(result?.ok && result.reading.recent?.length).toBe(5);
  });

  it('read the JSON API when it answers, and never ask the RSS history', async () => {
    const fetch = fakeFetch({ [API_URL]: { body: OPEN_FULL }, [RSS_URL]: { body: RSS, contentType: 'application/rss+xml' } });
    const result = (await pollProviders([deepseek()], { fetch, now: () => NOW, timeoutMs: 1_000 })).deepseek;
    expect(result?.ok && result.reading.source).toBe(API_URL);
    expect(result?.ok && result.reading.severity).toBe('major_outage');
    expect(fetch.calls.map((call) => call.url)).toEqual([API_URL]);
  });

  it.each([
    ['answers 503', { status: 503, body: 'Service Unavailable', contentType: 'text/plain' }],
    ['answers JSON of another shape', { body: STRUCTURE }],
    ['cannot be reached', { networkError: true }],
  ])('fall back to the RSS history when the JSON API %s', async (_, answer) => {
    const fetch = fakeFetch({
      [API_URL]: answer,
      [CHANGES_URL]: answer,
      [RSS_URL]: { body: RSS, contentType: 'application/rss+xml' },
    });
    const result = (await pollProviders([deepseek()], { fetch, now: () => NOW, timeoutMs: 1_000 })).deepseek;
    expect(result?.ok).toBe(true);
    expect(result?.ok && result.reading.source).toBe(RSS_URL);
    expect(fetch.calls.map((call) => call.url)).toEqual([API_URL, CHANGES_URL, RSS_URL]);
  });
});

describe('Flashduty parser properties', () => {
  const scope = fc.option(fc.subarray([PRO_API, CHAT, CHAT_SECTION], { minLength: 1 }), { nil: undefined });

  it('never throws on random bodies', () => {
    const bodies = randomBodies(
      (inner) => ({ data: { page: { components: inner }, active_changes: [] } }),
      (inner) => ({ data: { page: { components: [] }, active_changes: [inner] } }),
      (inner) => ({ data: { items: [inner] } }),
      (inner) => ({ data: { items: [{ change_id: 1, status: 'investigating', updates: inner }] } }),
    );
    fc.assert(
      fc.property(bodies, scope, (body, componentIds) => {
        expectReadingOrFailure(parseFlashduty, body, CONTEXT.statusPageUrl, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it.each([
    ['an open change', OPEN_PARTIAL],
    ['the change list', CHANGES],
  ])('never throws on %s with values replaced or deleted', (_, body) => {
    fc.assert(
      fc.property(mutatedPayload(body), scope, (mutated, componentIds) => {
        expectReadingOrFailure(parseFlashduty, mutated, CONTEXT.statusPageUrl, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
