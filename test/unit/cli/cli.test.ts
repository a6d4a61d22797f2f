import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/core/catalog/providers';
import { SEVERITY_ORDER } from '../../../src/core/severity';
import { type FakeStatusServer, fixture, httpError, startFakeStatusServer, synthetic } from '../../fake-server/server';
import { FIXTURES_DIR, SYNTHETIC_DIR } from '../../fixtures';

/** `npm run status --` with these words, as Node runs it: the TypeScript source through tsx. */
const CLI = ['--import', 'tsx', 'src/cli/status.ts'];

function status(...args: string[]) {
  const run = spawnSync(process.execPath, [...CLI, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The CLI in a child process, without blocking this one (the fake status server runs here). */
function statusAsync(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [...CLI, ...args],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } },
      (_error, stdout, stderr) => done({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** The open incident of the captured Claude summary, linked on the site the CLI read it from. */
function claudeIncident(origin: string) {
  return {
    id: '978mjkgw6mh7',
    title: 'Elevated errors on platform.claude.com',
    status: 'monitoring',
    impact: 'partial_outage',
    startedAt: '2026-10-07T13:25:04.155Z',
    url: `${origin}/incidents/978mjkgw6mh7`,
  };
}

describe('npm run status -- --file', () => {
  it('prints one JSON object with severity words, the platform status words, components and maintenances', () => {
    const run = status('--file', `${FIXTURES_DIR}/statuspage/anthropic-summary-unresolved-major-monitoring-1.json`, '--json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['severity', 'incidents', 'components', 'maintenances']);
    expect(output.severity).toBe('partial_outage');
    expect(output.incidents).toEqual([claudeIncident('https://status.claude.com')]);
    expect(output.components).toHaveLength(6);
    expect(output.components[1]).toEqual({
      id: '0qbwn08sd68x',
      name: 'Claude Console (platform.claude.com)',
      status: 'degraded_performance',
      severity: 'degraded',
    });
    expect(output.maintenances).toEqual([]);
  });

  it('a title carrying terminal escape sequences and bidi controls prints as plain text', () => {
    // The real Claude summary, its incident renamed by a hostile page (the case of test/synthetic/synthetic-hostile-*).
    const real = readFileSync(`${FIXTURES_DIR}/statuspage/anthropic-summary-unresolved-major-monitoring-1.json`, 'utf8');
    const hostile = real.replaceAll(
      'Elevated errors on platform.claude.com',
      '\\u001b[2J\\u001b[31mAll clear\\u202e\\u001b]0;owned\\u0007',
    );
    const dir = mkdtempSync(join(tmpdir(), 'radar-cli-'));
    const file = join(dir, 'summary.json');
    writeFileSync(file, hostile);
    try {
      for (const args of [
        ['--file', file],
        ['--file', file, '--json'],
      ]) {
        const run = status(...args);
        expect(run.code).toBe(0);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape and bell characters are what must not pass.
        expect(run.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
        expect(run.stdout).toContain('[2J[31mAll clear]0;owned');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it("links a Flashduty summary's incidents on the page's own domain, which the summary names", () => {
    const output = JSON.parse(
      status('--file', `${SYNTHETIC_DIR}/synthetic-flashduty-summary-active-open-full-outage.json`, '--json').stdout,
    );
    expect(output.incidents[0]).toMatchObject({ id: '6927183076287', impact: 'major_outage', status: 'investigating' });
    expect(output.incidents[0].url).toBe('https://status.deepseek.com/incidents/6927183076287');
  });

  it.each([
    ['incidentio', `${FIXTURES_DIR}/incidentio/openai-proxy-summary-ongoing-incident-1.json`, 'degraded', 1],
    ['google-cloud', `${FIXTURES_DIR}/google/gcloud-incidents-edited-checkmk-1.json`, 'partial_outage', 1],
    ['google-workspace', `${FIXTURES_DIR}/google/workspace-appsstatus-incidents-reduced-3-resolved-1.json`, 'operational', 0],
    ['feed', `${FIXTURES_DIR}/flashduty/deepseek-feed-rss-excerpt-1.xml`, 'operational', 0],
    [
      'betterstack',
      `${FIXTURES_DIR}/betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json`,
      'operational',
      0,
    ],
    ['instatus', `${SYNTHETIC_DIR}/synthetic-instatus-hasissues-documented-example.json`, 'major_outage', 1],
    ['flashduty', `${FIXTURES_DIR}/flashduty/deepseek-api-summary-active-no-changes-1.json`, 'operational', 0],
    ['flashduty', `${SYNTHETIC_DIR}/synthetic-flashduty-summary-active-open-full-outage.json`, 'major_outage', 1],
  ])('detects %s from the content and reads it', (platform, file, severity, openIncidents) => {
    const detected = status('--file', file, '--json');
    expect(detected.code, detected.stderr).toBe(0);
    const output = JSON.parse(detected.stdout);
    expect(output.severity).toBe(severity);
    expect(output.incidents).toHaveLength(openIncidents);
    // Naming the platform gives the same answer.
    expect(JSON.parse(status('--file', file, '--platform', platform, '--json').stdout)).toEqual(output);
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
    [
      "Flashduty's history alone",
      ['--file', `${FIXTURES_DIR}/flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json`],
      /summary\/structure holds past impacts only/,
    ],
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
    // An assistant with no public status page is listed, never as operational, and says why.
    expect(rows.find((row) => row.id === 'meta-ai')).toMatchObject({
      severity: 'unknown',
      error: { kind: 'no_status_page' },
    });
  });
});

describe('npm run status -- --url (against the local fake status server)', () => {
  let server: FakeStatusServer;
  let origin: string;
  // Node's fetch must accept the fake server's self-signed certificate; nothing else changes.
  const env = { NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1' };

  beforeAll(async () => {
    server = await startFakeStatusServer({
      'https://127.0.0.1/api/v2/status.json': fixture('statuspage/anthropic-v2-status-operational-1.json'),
      'https://127.0.0.1/api/v2/summary.json': fixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json'),
    });
    origin = `https://127.0.0.1:${server.port}`;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('detects Atlassian Statuspage from status.json, reads the summary and prints it', async () => {
    const run = await statusAsync(env, '--url', `${origin}/`, '--json');
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ platform: 'statuspage', source: `${origin}/api/v2/summary.json`, severity: 'partial_outage' });
    expect(output.incidents).toEqual([claudeIncident(origin)]);
    const asked = server.requests().map((request) => request.path);
    expect(asked).toEqual(['/api/v2/status.json', '/api/v2/summary.json']);
  });

  it('falls back to the Atom history in the same run when the summary fails', async () => {
    server.serve('https://127.0.0.1/api/v2/summary.json', httpError(503));
    server.serve('https://127.0.0.1/history.atom', fixture('statuspage/anthropic-history-atom-1.xml'));
    const run = await statusAsync(env, '--url', `${origin}/`, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ platform: 'statuspage', source: `${origin}/history.atom` });
  });

  it('detects Instatus when no status.json answers', async () => {
    server.reset();
    server.serve('https://127.0.0.1/api/v2/status.json', httpError(404));
    server.serve('https://127.0.0.1/summary.json', synthetic('synthetic-instatus-up-open-incident.json'));
    const run = await statusAsync(env, '--url', origin, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ platform: 'instatus', source: `${origin}/summary.json` });
  });

  it('nothing known answers: exit code 2 and one line on stderr', async () => {
    server.reset();
    server.serve('https://127.0.0.1/api/v2/status.json', httpError(404));
    const run = await statusAsync(env, '--url', `${origin}/nothing-here`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `status: ${origin}/nothing-here: no known status platform answers at this address`,
    ]);
  });
});
