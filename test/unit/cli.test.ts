import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog';
import { SEVERITY_ORDER } from '../../src/core/severity';
import { FIXTURES_DIR } from '../fixtures';

function status(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/status.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run status -- --file', () => {
  it('prints one JSON object with severity words, the platform status words, components and maintenances', () => {
    const run = status('--file', `${FIXTURES_DIR}/statuspage/anthropic-summary-unresolved-major-monitoring-1.json`, '--json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['severity', 'incidents', 'components', 'maintenances']);
    expect(output.severity).toBe('partial_outage');
    expect(output.incidents).toEqual([
      {
        id: '978mjkgw6mh7',
        title: 'Elevated errors on platform.claude.com',
        status: 'monitoring',
        impact: 'partial_outage',
        startedAt: '2026-10-07T13:25:04.155Z',
        url: 'https://status.claude.com/incidents/978mjkgw6mh7',
      },
    ]);
    expect(output.components).toHaveLength(6);
    expect(output.components[1]).toEqual({
      id: '0qbwn08sd68x',
      name: 'Claude Console (platform.claude.com)',
      status: 'degraded_performance',
      severity: 'degraded',
    });
    expect(output.maintenances).toEqual([]);
  });

  it('prints maintenances with their schedule', () => {
    const file = `${FIXTURES_DIR}/statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json`;
    const output = JSON.parse(status('--file', file, '--platform', 'statuspage', '--json').stdout);
    expect(output.maintenances).toEqual([
      {
        id: 'ms2z1jv180vq',
        title: 'KHH (Kaohsiung City) on 2026-09-03',
        status: 'scheduled',
        scheduledFor: '2026-09-03T20:30:00.000Z',
        scheduledUntil: '2026-09-04T00:30:00.000Z',
      },
    ]);
  });

  it('detects an incident.io compatible payload from its content', () => {
    const output = JSON.parse(
      status('--file', `${FIXTURES_DIR}/incidentio/openai-v2-summary-compat-active-minor-1.json`, '--json').stdout,
    );
    expect(output.severity).toBe('degraded');
    expect(output.incidents[0].url).toBe('https://status.openai.com/incidents/01M49YQE6WZT02WYF0KBXVMQ5G');
  });

  it.each([
    ['a missing file', ['--file', '/nonexistent/summary.json'], /cannot read/],
    ['content no platform wrote', ['--file', `${FIXTURES_DIR}/README.md`], /no known status platform/],
    [
      'a bot-check page',
      ['--file', 'test/synthetic/synthetic-cloudflare-challenge.html', '--platform', 'statuspage'],
      /bot-check/,
    ],
    ['an unknown platform', ['--file', 'x', '--platform', 'nope'], /unknown platform/],
  ])('%s: exit code 2 and one line on stderr', (_, args, reason) => {
    const run = status(...args, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(reason);
  });
});

describe('npm run status (live)', () => {
  it('prints every built-in provider as JSON, with a severity word each, even when nothing can be reached', () => {
    const run = status('--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      id: string;
      name: string;
      category: string;
      severity: string;
      incidents: unknown[];
    }[];
    expect(rows.map((row) => row.id)).toEqual(CATALOG.map((provider) => provider.id));
    for (const row of rows) {
      expect([...SEVERITY_ORDER, 'unknown']).toContain(row.severity);
      expect(Array.isArray(row.incidents)).toBe(true);
    }
  });
});
