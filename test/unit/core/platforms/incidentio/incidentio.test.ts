import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../../../src/core/model';
import {
  looksLikeIncidentio,
  parseIncidentio,
  snapshotIncidentio,
} from '../../../../../src/core/platforms/incidentio/incidentio';
import { updateMessage } from '../../../../../src/core/platforms/incidentio/message';
import { placedComponents } from '../../../../../src/core/platforms/incidentio/structure';
import type { ParseContext } from '../../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { expectReadingOrFailure, mutatedPayload, PROPERTY_RUNS, randomBodies } from '../../../support/parser-properties';
import { unwrap } from '../../../support/unwrap';

const AT = '2026-10-07T03:00:00.000Z';
const OPENAI = 'https://status.openai.com';
const PROXY = 'incidentio/openai-proxy-summary-ongoing-incident-1.json';
const WIDGET = 'incidentio/openai-proxy-widget-structure-1.json';

/** Group ids of status.openai.com, read from the page JSON. */
const APIS = '01K5H8S53SY1KMS4GQMNMQM1K5';
const CHATGPT = '01K5H8S53SY1KMS4GQMNMZXTR1';
const CODEX = '01KMKF9EBTCD8BN9PG8DJZXRSQ';
const FEDRAMP = '01KKACDSZF5G5JTBJY83GF176Z';
const ADS = '01KTQBYDGR2AKA7D6HW6RVAGZC';
const AGENT = '01JSG1XMJ9RVJJQ0E85NVSJ2AZ';
/** "ChatGPT Atlas": in `components`, but placed nowhere in the page's structure on 2026-10-07. */
const ATLAS = '01K8C008QVXHA6JX98PAS42VPD';
const INCIDENT = '01M49YQE6WZT02WYF0KBXVMQ5G';

function context(overrides: Partial<ParseContext> = {}): ParseContext {
  return { source: 'fixture', statusPageUrl: OPENAI, fetchedAt: AT, ...overrides };
}

function parse(body: string, overrides: Partial<ParseContext> = {}): Reading {
  return unwrap(parseIncidentio(body, context(overrides)));
}

/** The real payload with one edit, for cases the capture does not show. */
function edited(edit: (summary: Record<string, unknown>) => void): string {
  const doc = JSON.parse(readFixture(PROXY));
  edit(doc.summary);
  return JSON.stringify(doc);
}

const proxy = readFixture(PROXY);

describe('incident.io page JSON: status.openai.com/proxy during the 2026-10-07 incident', () => {
  it('reads the one ongoing incident with its latest update, back-dated start and affected component', () => {
    const reading = parse(proxy);
    expect(reading.severity).toBe('degraded');
    expect(reading.incidents).toEqual([
      {
        id: INCIDENT,
        title: 'Workspace Agents Degraded and Responses Impacted',
        status: 'monitoring',
        impact: 'degraded',
        startedAt: '2026-10-06T22:52:00Z',
        updatedAt: '2026-10-07T02:45:26.026Z',
        latestUpdate: {
          status: 'monitoring',
          body: 'We have applied the mitigation and are monitoring the recovery.',
          at: '2026-10-07T02:45:26.026Z',
        },
        url: `${OPENAI}/incidents/${INCIDENT}`,
        componentIds: [AGENT],
      },
    ]);
    expect(reading.maintenances).toEqual([]);
    expect(reading.recent).toEqual([]);
  });

  it('lists the five groups and their 36 visible components; only Agent is affected', () => {
    const reading = parse(proxy);
    expect(reading.components).toHaveLength(41);
    const groups = reading.components.filter((component) => !component.groupId);
    expect(groups.map((group) => [group.id, group.name, group.status])).toEqual([
      [APIS, 'APIs', 'operational'],
      [CHATGPT, 'ChatGPT', 'degraded_performance'],
      [CODEX, 'Codex', 'operational'],
      [FEDRAMP, 'FedRAMP', 'operational'],
      [ADS, 'Ads Platform', 'operational'],
    ]);
    const members = (groupId: string) => reading.components.filter((component) => component.groupId === groupId);
    expect(members(APIS).map((component) => component.name)).toEqual([
      'Chat Completions',
      'Responses',
      'Agents',
      'Decisions',
      'Fine-tuning',
      'Embeddings',
      'Images',
      'Batch',
      'Audio',
      'Moderations',
      'Realtime',
      'Files',
      'Login',
    ]);
    expect(members(CHATGPT)).toHaveLength(16);
    expect(members(CODEX).map((component) => component.name)).toEqual(['Codex Web', 'Codex API', 'CLI', 'VS Code extension']);
    expect(members(FEDRAMP).map((component) => component.name)).toEqual(['FedRAMP']);
    expect(members(ADS).map((component) => component.name)).toEqual(['Ads Manager', 'Ads API']);

    const affected = reading.components.filter((component) => component.severity !== 'operational');
    expect(affected.map((component) => [component.id, component.status])).toEqual([
      [CHATGPT, 'degraded_performance'],
      [AGENT, 'degraded_performance'],
    ]);
  });

  it('keeps out ChatGPT Atlas, which the page lists but no longer shows', () => {
    expect(parse(proxy).components.map((component) => component.id)).not.toContain(ATLAS);
  });

  it('keys components by id: the APIs Login and the ChatGPT Login stay apart', () => {
    const logins = parse(proxy).components.filter((component) => component.name === 'Login');
    expect(logins.map((component) => [component.id, component.groupId])).toEqual([
      ['01JSM5RTJWHRWDTS6Q604VEW3B', APIS],
      ['01JMXBNJXG1S2D9V65P1ZZTD94', CHATGPT],
    ]);
  });

  it('has the components that the compatible summary, capped at 25, leaves out', () => {
    const compat = JSON.parse(readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json')) as {
      components: { id: string }[];
    };
    const compatIds = new Set(compat.components.map((component) => component.id));
    expect(compatIds.size).toBe(25);
    const beyondCap = parse(proxy)
      .components.filter((component) => component.groupId && !compatIds.has(component.id))
      .map((component) => component.name);
    expect(beyondCap).toEqual([
      'dots',
      'Space',
      'Sites',
      'Connectors/Apps',
      'Codex Web',
      'Codex API',
      'CLI',
      'VS Code extension',
      'FedRAMP',
      'Ads Manager',
      'Ads API',
    ]);
  });
});

describe('incident.io page JSON read for one provider', () => {
  it('the ChatGPT group id brings its 16 components and the incident on Agent', () => {
    const chatgpt = parse(proxy, { componentIds: [CHATGPT] });
    expect(chatgpt.severity).toBe('degraded');
    expect(chatgpt.components).toHaveLength(17);
    expect(chatgpt.incidents.map((incident) => incident.id)).toEqual([INCIDENT]);
  });

  it('the APIs group, all operational, does not carry the incident', () => {
    const apis = parse(proxy, { componentIds: [APIS] });
    expect(apis.severity).toBe('operational');
    expect(apis.components).toHaveLength(14);
    expect(apis.incidents).toEqual([]);
  });

  it('the Codex group reads its four components, which the compatible API does not list', () => {
    const codex = parse(proxy, { componentIds: [CODEX] });
    expect(codex.severity).toBe('operational');
    expect(codex.components.map((component) => component.name)).toEqual([
      'Codex',
      'Codex Web',
      'Codex API',
      'CLI',
      'VS Code extension',
    ]);
  });

  it('a provider naming ChatGPT Atlas by id gets it, operational, though the page does not show it', () => {
    const ids = [AGENT, ATLAS, '01JMXBNJXGV1T5GT2M9XA83XNG'];
    const chatgpt = parse(proxy, { componentIds: ids });
    expect(chatgpt.components.map((component) => component.id)).toEqual(['01JMXBNJXGV1T5GT2M9XA83XNG', AGENT, ATLAS]);
    expect(chatgpt.components.find((component) => component.id === ATLAS)).toMatchObject({
      name: 'ChatGPT Atlas',
      status: 'operational',
    });
    expect(chatgpt.severity).toBe('degraded');

    const atlasOnly = parse(proxy, { componentIds: [ATLAS] });
    expect(atlasOnly.severity).toBe('operational');
    expect(atlasOnly.incidents).toEqual([]);
  });

  it('a page that no longer has any watched component is an error, not an all-clear', () => {
    expect(parseIncidentio(proxy, context({ componentIds: ['gone'] }))).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload' },
    });
  });
});

describe('incident.io page JSON: cases the capture does not show (the real payload, edited)', () => {
  it('a hidden component stays out, and so do the children of a hidden group, unless named', () => {
    const body = edited((summary) => {
      const items = (summary.structure as unknown as { items: { group: Record<string, unknown> }[] }).items;
      const [apis, chatgpt] = items;
      if (!apis || !chatgpt) throw new Error('fixture changed');
      (chatgpt.group.components as Record<string, unknown>[])[11] = { component_id: AGENT, name: 'Agent', hidden: true };
      apis.group.hidden = true;
    });
    const ids = parse(body).components.map((component) => component.id);
    expect(ids).not.toContain(AGENT);
    expect(ids).not.toContain(APIS);
    expect(ids).not.toContain('01JMXBRMFE6N2NNT7DG6XZQ6PW');
    expect(ids).toHaveLength(41 - 1 - 14);
    // Hidden, Agent no longer colours the ChatGPT group, but the open incident still counts for the page.
    expect(parse(body).severity).toBe('degraded');
    expect(parse(body, { componentIds: [AGENT] }).components.map((component) => component.id)).toEqual([AGENT]);
  });

  it('a plain component item and a page without structure', () => {
    const body = edited((summary) => {
      (summary.structure as unknown as { items: unknown[] }).items.push({
        component: { component_id: ATLAS, name: 'ChatGPT Atlas', hidden: false },
      });
    });
    expect(parse(body).components.find((component) => component.id === ATLAS)).toEqual({
      id: ATLAS,
      name: 'ChatGPT Atlas',
      severity: 'operational',
      status: 'operational',
    });
    const flat = parse(edited((summary) => delete summary.structure));
    expect(flat.components).toHaveLength(37);
    expect(flat.components.every((component) => !component.groupId)).toBe(true);
  });

  it('renders the rich-text message when there is no plain message_string', () => {
    const body = edited((summary) => {
      const [incident] = summary.ongoing_incidents as Record<string, Record<string, unknown>[]>[];
      for (const update of incident?.updates ?? []) delete update.message_string;
    });
    expect(parse(body).incidents[0]?.latestUpdate?.body).toBe('We have applied the mitigation and are monitoring the recovery.');
    expect(
      updateMessage({
        message: {
          text_node: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'Errors on ' },
                  { type: 'text', text: 'Codex' },
                ],
              },
              {
                type: 'bulletList',
                content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'CLI' }] }] }],
              },
              {
                type: 'paragraph',
                content: [{ type: 'text', text: 'Next' }, { type: 'hardBreak' }, { type: 'text', text: 'line <b>' }],
              },
            ],
          },
          markdown: '**ignored**',
        },
      }),
    ).toBe('Errors on Codex\nCLI\nNext\nline <b>');
    expect(updateMessage({ message: { markdown: 'Only *markdown*' } })).toBe('Only *markdown*');
    expect(updateMessage({})).toBe('');
  });

  it('a resolved incident still listed is history; maintenances are read apart', () => {
    const body = edited((summary) => {
      const [incident] = summary.ongoing_incidents as Record<string, unknown>[];
      summary.ongoing_incidents = [
        { ...incident, status: 'resolved' },
        {
          id: 'maint-1',
          name: 'Database upgrade',
          type: 'maintenance',
          status: 'maintenance_in_progress',
          affected_components: [{ component_id: AGENT, status: 'under_maintenance', current_status: 'under_maintenance' }],
          component_impacts: [{ component_id: AGENT, start_at: '2026-10-07T02:00:00Z', end_at: '2026-10-07T04:00:00Z' }],
        },
      ];
      summary.scheduled_maintenances = [
        { id: 'maint-2', name: 'Later', status: 'maintenance_scheduled', starts_at: '2026-10-09T00:00:00Z' },
      ];
    });
    const reading = parse(body);
    expect(reading.incidents).toEqual([]);
    expect(reading.recent?.map((incident) => [incident.id, incident.status])).toEqual([[INCIDENT, 'resolved']]);
    expect(reading.maintenances).toEqual([
      {
        id: 'maint-1',
        title: 'Database upgrade',
        status: 'maintenance_in_progress',
        scheduledFor: '2026-10-07T02:00:00Z',
        scheduledUntil: '2026-10-07T04:00:00Z',
        inProgress: true,
        url: `${OPENAI}/incidents/maint-1`,
        componentIds: [AGENT],
      },
      {
        id: 'maint-2',
        title: 'Later',
        status: 'maintenance_scheduled',
        scheduledFor: '2026-10-09T00:00:00Z',
        inProgress: false,
        url: `${OPENAI}/incidents/maint-2`,
        componentIds: [],
      },
    ]);
    // Agent is still degraded in affected_components, the worse signal.
    expect(reading.severity).toBe('degraded');
  });

  it('an impact word it does not know reads as an incident posted with no severity stated, never worse', () => {
    const body = edited((summary) => {
      summary.affected_components = [];
      summary.ongoing_incidents = [{ id: 'x', name: 'Odd', status: 'investigating', current_worst_impact: 'apocalyptic' }];
    });
    const reading = parse(body);
    expect(reading.incidents[0]).toMatchObject({ impact: 'degraded', unstated: true });
    expect(reading).toMatchObject({ severity: 'degraded', unstated: true });
  });
});

describe('incident.io widget structure (status.openai.com/proxy, trimmed by its recorder, 2026-09-28)', () => {
  const widget = readFixture(WIDGET);

  it('carries no current status, so it is refused rather than read as all operational', () => {
    expect(parseIncidentio(widget, context())).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
    expect(looksLikeIncidentio(widget)).toBe(true);
  });

  it('its layout: ChatGPT Atlas was still in the ChatGPT group, and the APIs group had 11 components', () => {
    const doc = JSON.parse(widget) as { summary: Record<string, unknown> };
    const placed = placedComponents(doc.summary);
    const groups = placed.filter((entry) => entry.isGroup).map((entry) => entry.name);
    expect(groups).toEqual(['APIs', 'ChatGPT', 'Codex', 'FedRAMP', 'Ads Platform']);
    const inChatgpt = placed.filter((entry) => entry.groupId === CHATGPT).map((entry) => entry.id);
    expect(inChatgpt).toHaveLength(15);
    expect(inChatgpt).toContain(ATLAS);
    expect(placed.filter((entry) => entry.groupId === APIS)).toHaveLength(11);
    expect(placed.every((entry) => !entry.hidden)).toBe(true);
  });
});

describe('incident.io detection and bad input', () => {
  it('tells its page JSON from the other platforms', () => {
    expect(looksLikeIncidentio(proxy)).toBe(true);
    expect(looksLikeIncidentio(readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json'))).toBe(false);
    expect(
      looksLikeIncidentio(readFixture('betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json')),
    ).toBe(false);
    expect(looksLikeIncidentio(readSynthetic('synthetic-instatus-up-open-incident.json'))).toBe(false);
    expect(looksLikeIncidentio('not json')).toBe(false);
    expect(looksLikeIncidentio('{"summary": null}')).toBe(false);
  });

  it.each([
    ['', 'bad_payload'],
    ['<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>', 'challenge'],
    ['<html><body>502 Bad Gateway</body></html>', 'bad_payload'],
    ['{"summary": {"affected_components": [', 'bad_payload'],
    ['[]', 'bad_payload'],
    ['null', 'bad_payload'],
    ['{"summary": null}', 'bad_payload'],
    ['{"summary": {}}', 'bad_payload'],
    ['{"summary": {"affected_components": {"component_id": "x"}}}', 'bad_payload'],
    ['{"summary": {"ongoing_incidents": "none"}}', 'bad_payload'],
    ['{"summary": {"structure": [], "affected_components": []}}', 'bad_payload'],
  ])('%j reads as %s', (body, kind) => {
    expect(parseIncidentio(body, context())).toMatchObject({ ok: false, failure: { kind } });
  });

  it('one malformed entry does not drop the rest', () => {
    const body = edited((summary) => {
      summary.ongoing_incidents = [null, 'junk', { name: 'no id' }, ...(summary.ongoing_incidents as unknown[])];
      summary.affected_components = [42, { status: 'full_outage' }, ...(summary.affected_components as unknown[])];
      (summary.structure as unknown as { items: unknown[] }).items.unshift(null, { group: null }, { group: { components: 7 } });
    });
    const reading = parse(body);
    expect(reading.incidents.map((incident) => incident.id)).toEqual([INCIDENT]);
    expect(reading.components).toHaveLength(41);
    expect(reading.severity).toBe('degraded');
  });

  it('an empty lists payload reads operational with every listed component', () => {
    const reading = parse(
      '{"summary": {"affected_components": [], "ongoing_incidents": [], "components": [{"id": "a", "name": "A"}]}}',
    );
    expect(reading.severity).toBe('operational');
    expect(reading.components).toEqual([{ id: 'a', name: 'A', severity: 'operational', status: 'operational' }]);
  });

  it('without affected_components, component statuses are unknown, not operational', () => {
    const snapshot = snapshotIncidentio(
      '{"summary": {"ongoing_incidents": [], "components": [{"id": "a", "name": "A"}]}}',
      context(),
    );
    expect(snapshot).toMatchObject({ ok: true, value: { components: [{ id: 'a', severity: 'unknown', status: '' }] } });
  });
});

describe('incident.io parser properties', () => {
  const ids = [APIS, CHATGPT, AGENT, ATLAS, 'gone'];
  const scope = fc.option(fc.subarray(ids, { minLength: 1 }), { nil: undefined });

  it('never throws on random bodies', () => {
    fc.assert(
      fc.property(
        randomBodies(
          (inner) => ({ summary: inner }),
          (inner) => ({ summary: { affected_components: [], ongoing_incidents: [inner] } }),
          (inner) => ({ summary: { affected_components: inner, structure: { items: [{ group: inner }] } } }),
        ),
        scope,
        (body, componentIds) => {
          expectReadingOrFailure(parseIncidentio, body, OPENAI, componentIds);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('never throws on the real payload with values replaced or deleted', () => {
    fc.assert(
      fc.property(mutatedPayload(proxy), scope, (body, componentIds) => {
        expectReadingOrFailure(parseIncidentio, body, OPENAI, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('survives a message nested far deeper than any real one', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let depth = 0; depth < 100_000; depth += 1) node = { type: 'paragraph', content: [node] };
    expect(updateMessage({ message: { text_node: node } })).toBe('');
  });
});
