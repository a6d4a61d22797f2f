import { describe, expect, it } from 'vitest';
import { providerById } from '../../../../src/core/catalog/providers';
import type { Reading } from '../../../../src/core/model';
import type { ParseContext } from '../../../../src/core/platforms/platform';
import { parseStatuspage } from '../../../../src/core/platforms/statuspage';
import { readFixture } from '../../../fixtures';
import { unwrap } from '../../support/unwrap';

const AT = '2026-10-08T00:00:00.000Z';

function parse(file: string, context: Partial<ParseContext> = {}): Reading {
  return unwrap(
    parseStatuspage(readFixture(file), {
      source: `fixture:${file}`,
      statusPageUrl: 'https://status.example.com',
      fetchedAt: AT,
      ...context,
    }),
    file,
  );
}

function scoped(file: string, providerId: string): Reading {
  const provider = providerById(providerId);
  if (!provider?.componentIds || !provider.statusPageUrl) throw new Error(`${providerId} has no component scope`);
  return parse(file, { statusPageUrl: provider.statusPageUrl, componentIds: provider.componentIds });
}

describe('Statuspage summary.json (status.claude.com)', () => {
  it('reads an all-operational page with its six components', () => {
    const reading = parse('statuspage/anthropic-summary-operational-1.json', { statusPageUrl: 'https://status.claude.com' });
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    expect(reading.maintenances).toEqual([]);
    expect(reading.components.map((component) => component.name)).toEqual([
      'claude.ai',
      'Claude Console (platform.claude.com)',
      'Claude API (api.anthropic.com)',
      'Claude Code',
      'Claude Cowork',
      'Claude for Government',
    ]);
    expect(reading.components.every((component) => component.severity === 'operational')).toBe(true);
    expect(reading.source).toBe('fixture:statuspage/anthropic-summary-operational-1.json');
    expect(reading.fetchedAt).toBe(AT);
  });

  it('trusts the worst signal: a major incident while the indicator says minor reads partial outage', () => {
    const reading = parse('statuspage/anthropic-summary-unresolved-major-monitoring-1.json', {
      statusPageUrl: 'https://status.claude.com',
    });
    expect(reading.severity).toBe('partial_outage');
    expect(reading.incidents).toHaveLength(1);
    const [incident] = reading.incidents;
    expect(incident).toMatchObject({
      id: '978mjkgw6mh7',
      title: 'Elevated errors on platform.claude.com',
      status: 'monitoring',
      impact: 'partial_outage',
      url: 'https://status.claude.com/incidents/978mjkgw6mh7',
      componentIds: ['0qbwn08sd68x'],
    });
    expect(incident?.latestUpdate?.status).toBe('monitoring');
    expect(incident?.latestUpdate?.at).toBe('2026-10-07T21:44:41.466Z');
    expect(incident?.latestUpdate?.body).toMatch(/^We've mitigated the errors loading usage data/);
    expect(reading.components.find((component) => component.id === '0qbwn08sd68x')).toMatchObject({
      severity: 'degraded',
      status: 'degraded_performance',
    });
  });

  it('reads the incident only for the products it touches', () => {
    const file = 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json';
    const api = scoped(file, 'claude-api');
    expect(api.severity).toBe('partial_outage');
    expect(api.incidents.map((incident) => incident.id)).toEqual(['978mjkgw6mh7']);
    expect(api.components.map((component) => component.id).sort()).toEqual(['0qbwn08sd68x', 'k8w3r06qmzrp']);

    const chat = scoped(file, 'claude');
    expect(chat.severity).toBe('operational');
    expect(chat.incidents).toEqual([]);
    expect(chat.components.map((component) => component.name)).toEqual(['claude.ai']);

    expect(scoped(file, 'claude-code').severity).toBe('operational');
  });
});

describe('Statuspage summary.json with groups and maintenance (cloudflarestatus.com)', () => {
  const file = 'statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json';

  it('reads the worst of indicator (minor), incidents (minor) and components (partial outage)', () => {
    const reading = parse(file, { statusPageUrl: 'https://www.cloudflarestatus.com' });
    expect(reading.severity).toBe('partial_outage');
    expect(reading.incidents.map((incident) => [incident.id, incident.status, incident.impact])).toEqual([
      ['8x66bpk6p9kk', 'monitoring', 'degraded'],
      ['9g65dxfbcjln', 'identified', 'degraded'],
    ]);
    expect(reading.incidents[0]?.startedAt).toBe('2026-08-31T18:47:05.000Z');
  });

  it('lists a scheduled maintenance without reading it as maintenance before it starts', () => {
    const reading = parse(file);
    expect(reading.maintenances).toEqual([
      {
        id: 'ms2z1jv180vq',
        title: 'KHH (Kaohsiung City) on 2026-09-03',
        status: 'scheduled',
        scheduledFor: '2026-09-03T20:30:00.000Z',
        scheduledUntil: '2026-09-04T00:30:00.000Z',
        inProgress: false,
        url: 'https://status.example.com/incidents/ms2z1jv180vq',
        componentIds: ['byh0gc9t4g6m'],
      },
    ]);
    expect(reading.incidents.map((incident) => incident.id)).not.toContain('ms2z1jv180vq');
  });

  it('keeps group membership and maps under_maintenance, partial_outage and degraded_performance', () => {
    const reading = parse(file);
    const byId = new Map(reading.components.map((component) => [component.id, component]));
    expect(byId.get('rfkpkllgfmrq')).toMatchObject({ severity: 'maintenance', groupId: '00gpj4s37mz4' });
    expect(byId.get('p2w5bf74rw6p')).toMatchObject({ severity: 'partial_outage', groupId: '00gpj4s37mz4' });
    expect(byId.get('bjvy4v384csg')).toMatchObject({ severity: 'degraded', groupId: '1km35smx8p41' });
  });

  it('scoped to one group, reads its children and the incidents that touch them', () => {
    const warpGroup = parse(file, { componentIds: ['1km35smx8p41'] });
    expect(warpGroup.severity).toBe('degraded');
    expect(warpGroup.incidents.map((incident) => incident.id)).toEqual(['9g65dxfbcjln']);
    expect(warpGroup.components.map((component) => component.id).sort()).toEqual([
      '0hs0rl6hzmvx',
      '1km35smx8p41',
      'bjvy4v384csg',
    ]);

    const algiers = parse(file, { componentIds: ['rfkpkllgfmrq'] });
    expect(algiers.severity).toBe('maintenance');
    expect(algiers.incidents).toEqual([]);
  });
});

describe('Statuspage history and maintenance lists', () => {
  it('incidents.json: resolved incidents are recent history, not open trouble', () => {
    const reading = parse('statuspage/anthropic-incidents-history-excerpt-1.json', {
      statusPageUrl: 'https://status.claude.com',
    });
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    expect(reading.components).toEqual([]);
    expect(reading.recent?.map((incident) => [incident.title, incident.status, incident.impact])).toEqual([
      ['Elevated errors for multiple models', 'resolved', 'partial_outage'],
      ['Issues with Google Play subscriptions', 'resolved', 'operational'],
    ]);
    expect(reading.recent?.[0]?.componentIds).toEqual(['rwppv331jlwc', 'k8w3r06qmzrp', 'yyzkbfz2thpt', 'bpp5gb3hpjcl']);
  });

  it('incidents.json read for one product keeps only the history that touched it', () => {
    const code = scoped('statuspage/anthropic-incidents-history-excerpt-1.json', 'claude-code');
    expect(code.recent?.map((incident) => incident.title)).toEqual(['Elevated errors for multiple models']);
    expect(code.severity).toBe('operational');
  });

  it('scheduled-maintenances.json: completed maintenances are not current', () => {
    const reading = parse('statuspage/anthropic-scheduled-maintenances-completed-1.json');
    expect(reading.severity).toBe('operational');
    expect(reading.maintenances).toEqual([]);
  });
});

describe('Statuspage status.json and components.json', () => {
  it.each([
    'statuspage/anthropic-v2-status-operational-1.json',
    'statuspage/digitalocean-v2-status-operational-1.json',
    'statuspage/discord-v2-status-operational-1.json',
    'statuspage/epicgames-v2-status-operational-1.json',
    'statuspage/github-v2-status-operational-1.json',
    'statuspage/reddit-v2-status-operational-1.json',
    'statuspage/vercel-v2-status-operational-1.json',
    'incidentio/groq-v2-status-compat-1.json',
    'incidentio/openai-v2-status-compat-1.json',
  ])('%s: indicator none reads operational', (file) => {
    const reading = parse(file);
    expect(reading.severity).toBe('operational');
    expect(reading.components).toEqual([]);
    expect(reading.incidents).toEqual([]);
  });

  it.each([
    ['statuspage/anthropic-v2-components-operational-1.json', 6, 0],
    ['statuspage/github-v2-components-operational-1.json', 12, 0],
    ['statuspage/discord-v2-components-groups-operational-1.json', 33, 22],
    ['statuspage/reddit-v2-components-groups-operational-1.json', 12, 8],
    ['incidentio/groq-v2-components-compat-1.json', 20, 0],
  ])('%s: %i components, %i of them in groups, all operational', (file, count, grouped) => {
    const reading = parse(file);
    expect(reading.severity).toBe('operational');
    expect(reading.components).toHaveLength(count);
    expect(reading.components.filter((component) => component.groupId)).toHaveLength(grouped);
    expect(new Set(reading.components.map((component) => component.id)).size).toBe(count);
  });

  it('GitHub Copilot reads only its own components: Copilot and the model providers it answers with', () => {
    const copilot = scoped('statuspage/github-v2-components-operational-1.json', 'github-copilot');
    expect(copilot.components.map((component) => component.name)).toEqual(['Copilot', 'Copilot AI Model Providers']);
    expect(copilot.severity).toBe('operational');
  });

  it('a status.json alone cannot answer for a provider scoped to components', () => {
    const result = parseStatuspage(readFixture('incidentio/openai-v2-status-compat-1.json'), {
      source: 'x',
      statusPageUrl: 'https://status.openai.com',
      componentIds: ['01JMXBNJXGV1T5GT2M9XA83XNG'],
      fetchedAt: AT,
    });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
  });
});

describe("incident.io's Statuspage-compatible summary (status.openai.com)", () => {
  const file = 'incidentio/openai-v2-summary-compat-active-minor-1.json';

  it('reads without scheduled_maintenances and without components on incidents', () => {
    const reading = parse(file, { statusPageUrl: 'https://status.openai.com' });
    expect(reading.severity).toBe('degraded');
    expect(reading.maintenances).toEqual([]);
    expect(reading.components).toHaveLength(25);
    expect(reading.incidents).toHaveLength(1);
    expect(reading.incidents[0]).toMatchObject({
      id: '01M49YQE6WZT02WYF0KBXVMQ5G',
      title: 'Workspace Agents Degraded and Responses Impacted',
      status: 'identified',
      impact: 'degraded',
      url: 'https://status.openai.com/incidents/01M49YQE6WZT02WYF0KBXVMQ5G',
      componentIds: [],
      latestUpdate: { status: 'identified', body: 'We are  implementing the mitigation.', at: '2026-10-07T01:52:03Z' },
    });
  });

  it('dates the incident from its back-dated first update, not from when it was filed', () => {
    expect(parse(file).incidents[0]?.startedAt).toBe('2026-10-06T22:52:00Z');
  });

  it('keys components by id: the API Login and the ChatGPT Login stay apart', () => {
    const logins = parse(file).components.filter((component) => component.name === 'Login');
    expect(logins.map((component) => component.id).sort()).toEqual(['01JMXBNJXG1S2D9V65P1ZZTD94', '01JSM5RTJWHRWDTS6Q604VEW3B']);
  });

  it('ChatGPT, whose Agent component is degraded, carries the incident; the API, all operational, does not', () => {
    const chatgpt = scoped(file, 'chatgpt');
    expect(chatgpt.severity).toBe('degraded');
    expect(chatgpt.incidents.map((incident) => incident.id)).toEqual(['01M49YQE6WZT02WYF0KBXVMQ5G']);
    expect(chatgpt.components.find((component) => component.name === 'Agent')?.severity).toBe('degraded');

    const api = scoped(file, 'openai-api');
    expect(api.severity).toBe('operational');
    expect(api.incidents).toEqual([]);
    // The eleven long-standing API components, and Agents and Decisions, added to the APIs group in October 2026.
    expect(api.components).toHaveLength(13);
    expect(api.components.map((component) => component.name)).toEqual(expect.arrayContaining(['Agents', 'Decisions']));
  });

  it.each([
    ['incidentio/openai-v2-incidents-compat-1.json', 3],
    ['incidentio/openai-v2-incidents-compat-full-1.json', 5],
  ])('%s: every incident resolved, nothing open, the %i newest kept as history', (history, kept) => {
    const reading = parse(history);
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    // Newest first, trimmed to the few the popup can use; "Issues with Codex " keeps no trailing space.
    expect(reading.recent?.[0]?.title).toBe('Issues with Codex');
    expect(reading.recent?.length).toBe(kept);
  });
});

describe('bad input is a typed error', () => {
  const context: ParseContext = { source: 'x', statusPageUrl: 'https://status.example.com', fetchedAt: AT };

  it.each([
    ['', 'bad_payload'],
    ['   \n', 'bad_payload'],
    ['<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>', 'challenge'],
    ['<html><body>502 Bad Gateway</body></html>', 'bad_payload'],
    ['{"status": {"indicator": "none"', 'bad_payload'],
    ['[1, 2, 3]', 'bad_payload'],
    ['{"hello": "world"}', 'bad_payload'],
    ['{"components": {"id": "x"}}', 'bad_payload'],
    ['null', 'bad_payload'],
  ])('%j reads as %s', (body, kind) => {
    expect(parseStatuspage(body, context)).toMatchObject({ ok: false, failure: { kind } });
  });

  it('a page that no longer has any watched component is an error, not a silent all-clear', () => {
    const result = parseStatuspage(readFixture('statuspage/anthropic-summary-operational-1.json'), {
      ...context,
      componentIds: ['gone-component'],
    });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad_payload' } });
  });
});
