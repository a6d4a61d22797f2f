import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_NOTHING_READ, EXIT_READ, EXIT_UNREADABLE } from '../../../src/cli/main';
import { CATALOG } from '../../../src/core/catalog/providers';
import type { FetchLike } from '../../../src/core/fetch/fetch-text';
import { hasStatusSource } from '../../../src/core/model';
import { SEVERITY_ORDER } from '../../../src/core/severity';
import { type FakeStatusServer, fixture, httpError, startFakeStatusServer, synthetic } from '../../fake-server/server';
import { FIXTURES_DIR, readFixture, SYNTHETIC_DIR } from '../../fixtures';
import { type FakeAnswer, fakeFetch } from '../support/fake-fetch';
import { type CommandRun, runInProcess } from './run-in-process';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The command as Node runs it for `npm run -s status --`: the TypeScript source through tsx. */
const CLI = ['--import', 'tsx', 'src/cli/status.ts'];

/** A test that starts Node (npx starts npm first) more than once: seconds each on a loaded machine. */
const SPAWNED = { timeout: 120_000 };

function spawned(command: string, args: string[], cwd = ROOT) {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The command in a child process, without blocking this one (the fake status server runs here). */
function statusAsync(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } },
      (_error, stdout, stderr) => done({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** A moment after the captured Claude incident began: every time the command prints is the payload's own. */
const NOW = Date.parse('2026-10-07T14:00:00.000Z');

/** The command in this process, with this fetch: what it prints and the exit code it returns. */
function status(args: string[], fetch: FetchLike = offline): Promise<CommandRun> {
  return runInProcess(args, { fetch, now: () => NOW });
}

/** No network at all: Node's fetch rejects every request so, the system's reason in its `cause`. */
const offline: FetchLike = (url) =>
  Promise.reject(new TypeError('fetch failed', { cause: new Error(`getaddrinfo ENOTFOUND ${new URL(url).host}`) }));

/** Every page answers, with an error: the network works, no page can be read. */
const everyPage503: FetchLike = (url) =>
  Promise.resolve({ ok: false, status: 503, url, headers: { get: () => null }, text: () => Promise.resolve('unavailable') });

const CLAUDE_SUMMARY = 'statuspage/anthropic-summary-unresolved-major-monitoring-1.json';
const CLOUDFLARE_SUMMARY = 'statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json';
const GCLOUD_INCIDENTS = 'google/gcloud-incidents-edited-checkmk-1.json';

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

/**
 * The built-in pages, two of them answering with captured payloads and the rest unreachable. Cursor's
 * address serves Cloudflare's real summary: the one capture with a scheduled maintenance, and a whole-page
 * provider shows all of it.
 */
function someLive(): FetchLike {
  const routes: Record<string, FakeAnswer> = {
    'https://status.claude.com/api/v2/summary.json': { body: readFixture(CLAUDE_SUMMARY) },
    'https://status.cursor.com/api/v2/summary.json': { body: readFixture(CLOUDFLARE_SUMMARY) },
  };
  return fakeFetch(routes);
}

/** The rows of the live table, by assistant: its status word and the lines under it. */
function tableRows(table: string): Map<string, { status: string; lines: string[] }> {
  const rows = new Map<string, { status: string; lines: string[] }>();
  let current: { status: string; lines: string[] } | undefined;
  for (const line of table.trimEnd().split('\n').slice(1)) {
    if (line.startsWith('  ')) current?.lines.push(line.trim());
    else {
      const [name = '', status = ''] = line.split(/ {2,}/);
      current = { status, lines: [] };
      rows.set(name, current);
    }
  }
  return rows;
}

const UNMONITORED = CATALOG.filter((provider) => !hasStatusSource(provider));

describe('the command as the README runs it', () => {
  it('`npm run -s status -- --file … --json` prints JSON and nothing else on stdout', SPAWNED, () => {
    const run = spawned('npm', [
      'run',
      '-s',
      'status',
      '--',
      '--file',
      `${FIXTURES_DIR}/${CLAUDE_SUMMARY}`,
      '--status-page',
      'https://status.claude.com',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    // The whole of stdout: npm's "> ai-outage-radar@… status" banner would make this throw.
    expect(JSON.parse(run.stdout)).toMatchObject({
      severity: 'partial_outage',
      incidents: [claudeIncident('https://status.claude.com')],
    });
  });

  it('the README runs npm silently wherever its JSON is read', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const commands = readme.split('\n').filter((line) => /^(npm run|npx) /.test(line) && /\bstatus\b|ai-outage-radar/.test(line));
    expect(commands.length).toBeGreaterThan(3);
    for (const command of commands) expect(command).toMatch(/^(npm run -s status|npx ai-outage-radar)\b/);
  });

  it('`npx ai-outage-radar` runs the package bin from the repository', SPAWNED, () => {
    // --offline: the package is private, and npx must find it here rather than ask the registry.
    const run = spawned('npx', ['--offline', 'ai-outage-radar', '--file', `${FIXTURES_DIR}/${CLAUDE_SUMMARY}`, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).severity).toBe('partial_outage');
  });

  it('the bin works from any directory, with the exit code of the command', SPAWNED, () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'radar-cwd-'));
    try {
      const bin = join(ROOT, 'bin/ai-outage-radar.mjs');
      const read = spawned(process.execPath, [bin, '--file', `${FIXTURES_DIR}/${CLAUDE_SUMMARY}`, '--json'], elsewhere);
      expect(read.code, read.stderr).toBe(0);
      expect(JSON.parse(read.stdout).incidents).toHaveLength(1);
      const missing = spawned(process.execPath, [bin, '--file', 'no-such-file.json'], elsewhere);
      expect(missing.code).toBe(EXIT_UNREADABLE);
      expect(missing.stderr).toMatch(/^status: cannot read no-such-file\.json/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('--file', () => {
  it('prints one JSON object with severity words, the platform status words, components and maintenances', async () => {
    const run = await status(['--file', `${FIXTURES_DIR}/${CLAUDE_SUMMARY}`, '--json']);
    expect(run.code).toBe(EXIT_READ);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['severity', 'incidents', 'components', 'maintenances']);
    expect(output.severity).toBe('partial_outage');
    // Without --status-page a file has no page to link to, even where the payload names one.
    expect(output.incidents).toEqual([{ ...claudeIncident('https://status.claude.com'), url: null }]);
    expect(output.components).toHaveLength(6);
    expect(output.components[1]).toEqual({
      id: '0qbwn08sd68x',
      name: 'Claude Console (platform.claude.com)',
      status: 'degraded_performance',
      severity: 'degraded',
    });
    expect(output.maintenances).toEqual([]);
  });

  it('a title carrying terminal escape sequences and bidi controls prints as plain text', SPAWNED, () => {
    // The real Claude summary, its incident renamed by a hostile page (the case of test/synthetic/synthetic-hostile-*).
    const hostile = readFixture(CLAUDE_SUMMARY).replaceAll(
      'Elevated errors on platform.claude.com',
      '\\u001b[2J\\u001b[31mAll clear\\u202e\\u001b]0;owned\\u0007',
    );
    const dir = mkdtempSync(join(tmpdir(), 'radar-cli-'));
    const file = join(dir, 'summary.json');
    writeFileSync(file, hostile);
    try {
      // Spawned: what reaches a real stdout is what matters.
      for (const args of [
        ['--file', file],
        ['--file', file, '--json'],
      ]) {
        const run = spawned(process.execPath, [...CLI, ...args]);
        expect(run.code).toBe(0);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape and bell characters are what must not pass.
        expect(run.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
        expect(run.stdout).toContain('[2J[31mAll clear]0;owned');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints maintenances with their schedule', async () => {
    const output = JSON.parse((await status(['--file', `${FIXTURES_DIR}/${CLOUDFLARE_SUMMARY}`, '--json'])).stdout);
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

  it('the table shows incidents with their start, parts not operational, and maintenance times', async () => {
    const run = await status([
      '--file',
      `${FIXTURES_DIR}/${CLOUDFLARE_SUMMARY}`,
      '--status-page',
      'https://www.cloudflarestatus.com',
    ]);
    expect(run.code).toBe(EXIT_READ);
    expect(run.stdout.split('\n')).toEqual([
      'Partial outage',
      '  Incident: HTTP/3 issue affecting R2 custom domains · Monitoring · Degraded · Started 2026-08-31 18:47 UTC · https://www.cloudflarestatus.com/incidents/8x66bpk6p9kk',
      '  Incident: Incorrect geo location for some Cloudflare WARP users · Identified · Degraded · Started 2026-08-27 18:46 UTC · https://www.cloudflarestatus.com/incidents/9g65dxfbcjln',
      '  Component: Cloudflare Sites and Services · Degraded',
      '  Component: WARP · Degraded',
      '  Component: Africa · Partial outage',
      '  Component: Algiers, Algeria - (ALG) · Maintenance',
      '  Component: Annaba, Algeria - (AAE) · Partial outage',
      '  Maintenance: KHH (Kaohsiung City) on 2026-09-03 · Scheduled · 2026-09-03 20:30 UTC until 2026-09-04 00:30 UTC',
      '',
    ]);
  });

  it('detects an incident.io compatible payload from its content', async () => {
    const output = JSON.parse(
      (
        await status([
          '--file',
          `${FIXTURES_DIR}/incidentio/openai-v2-summary-compat-active-minor-1.json`,
          '--status-page',
          'https://status.openai.com',
          '--json',
        ])
      ).stdout,
    );
    expect(output.severity).toBe('degraded');
    expect(output.incidents[0].url).toBe('https://status.openai.com/incidents/01M49YQE6WZT02WYF0KBXVMQ5G');
  });

  it("links a Flashduty summary's incidents on the page given, the page's own domain", async () => {
    const output = JSON.parse(
      (
        await status([
          '--file',
          `${SYNTHETIC_DIR}/synthetic-flashduty-summary-active-open-full-outage.json`,
          '--status-page',
          'https://status.deepseek.com',
          '--json',
        ])
      ).stdout,
    );
    expect(output.incidents[0]).toMatchObject({ id: '6927183076287', impact: 'major_outage', status: 'investigating' });
    expect(output.incidents[0].url).toBe('https://status.deepseek.com/incidents/6927183076287');
  });

  it.each([
    ['incidentio', `${FIXTURES_DIR}/incidentio/openai-proxy-summary-ongoing-incident-1.json`, 'degraded', 1],
    ['google-cloud', `${FIXTURES_DIR}/${GCLOUD_INCIDENTS}`, 'partial_outage', 1],
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
  ])('detects %s from the content and reads it', async (platform, file, severity, openIncidents) => {
    const detected = await status(['--file', file, '--json']);
    expect(detected.code, detected.stderr).toBe(EXIT_READ);
    const output = JSON.parse(detected.stdout);
    expect(output.severity).toBe(severity);
    expect(output.incidents).toHaveLength(openIncidents);
    // Naming the platform gives the same answer.
    expect(JSON.parse((await status(['--file', file, '--platform', platform, '--json'])).stdout)).toEqual(output);
    // No link is ever made up: the table and the JSON hold none on the reserved name links are built on.
    expect((await status(['--file', file])).stdout).not.toContain('.invalid');
    expect(detected.stdout).not.toContain('.invalid');
  });

  it.each([
    ['a missing file', ['--file', '/nonexistent/summary.json'], /cannot read/],
    ['content no platform wrote', ['--file', `${FIXTURES_DIR}/README.md`], /no known status platform/],
    [
      'a bot-check page',
      ['--file', `${SYNTHETIC_DIR}/synthetic-cloudflare-challenge.html`, '--platform', 'statuspage'],
      /bot-check/,
    ],
    ['an unknown platform', ['--file', 'x', '--platform', 'nope'], /unknown platform/],
    [
      "Flashduty's history alone",
      ['--file', `${FIXTURES_DIR}/flashduty/deepseek-api-summary-structure-90d-impacts-uptimes-1.json`],
      /summary\/structure holds past impacts only/,
    ],
    ['--status-page that is no web address', ['--file', 'x', '--status-page', 'status.example.com'], /not a web address/],
    ['--status-page with credentials', ['--file', 'x', '--status-page', 'https://u:p@status.example.com'], /without credentials/],
    ['--status-page without --file', ['--status-page', 'https://status.example.com'], /--status-page goes with --file/],
  ])('%s: exit code 2 and one line on stderr', async (_, args, reason) => {
    const run = await status([...args, '--json']);
    expect(run.code).toBe(EXIT_UNREADABLE);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(reason);
  });
});

describe('--file links only on a known page', () => {
  // Google Cloud's incidents.json does not name its page, so only --status-page can give its address.
  const file = `${FIXTURES_DIR}/${GCLOUD_INCIDENTS}`;
  const link = 'https://status.cloud.google.com/incidents/mLBHeCxhRia17anXCSX1';

  it('without --status-page: url null in the JSON, no link in the table', async () => {
    const json = JSON.parse((await status(['--file', file, '--json'])).stdout);
    expect(json.incidents).toHaveLength(1);
    expect(json.incidents[0].url).toBeNull();
    const table = (await status(['--file', file])).stdout;
    expect(table).toContain('Secret Manager experienced service unavailability in europe-west2');
    expect(table).not.toMatch(/https?:\/\//);
  });

  it('with --status-page: the incident links on that page, in the JSON and the table', async () => {
    const json = JSON.parse(
      (await status(['--file', file, '--status-page', 'https://status.cloud.google.com', '--json'])).stdout,
    );
    expect(json.incidents[0].url).toBe(link);
    expect((await status(['--file', file, '--status-page', 'https://status.cloud.google.com'])).stdout).toContain(` · ${link}`);
  });

  it('a payload that names its own page gets no link without --status-page, and the one given with it', async () => {
    const named = JSON.parse((await status(['--file', `${FIXTURES_DIR}/${CLAUDE_SUMMARY}`, '--json'])).stdout);
    expect(named.incidents[0].url).toBeNull();
    const json = JSON.parse(
      (
        await status([
          '--file',
          `${FIXTURES_DIR}/${CLAUDE_SUMMARY}`,
          '--status-page',
          'https://anthropic.statuspage.io',
          '--json',
        ])
      ).stdout,
    );
    expect(json.incidents[0].url).toBe('https://anthropic.statuspage.io/incidents/978mjkgw6mh7');
  });
});

describe('the live check', () => {
  it('every page unreachable: the whole table still, exit code 1, and the network named on stderr', async () => {
    const run = await status([], offline);
    expect(run.code).toBe(EXIT_NOTHING_READ);
    const rows = tableRows(run.stdout);
    expect([...rows.keys()]).toEqual(CATALOG.map((provider) => provider.name));
    expect(rows.get('Claude')).toEqual({
      status: 'Could not check',
      lines: ['Could not read the status page: no network connection.'],
    });
    expect(run.stderr).toBe(
      'status: no status page could be reached: the network seems to be down. This says nothing about the assistants.\n',
    );
  });

  it('every page unreachable, --json: every assistant listed, exit code 1', async () => {
    const run = await status(['--json'], offline);
    expect(run.code).toBe(EXIT_NOTHING_READ);
    const rows = JSON.parse(run.stdout) as { id: string; severity: string; incidents: unknown[]; error: { kind: string } }[];
    expect(rows.map((row) => row.id)).toEqual(CATALOG.map((provider) => provider.id));
    for (const row of rows) {
      expect([...SEVERITY_ORDER, 'unknown']).toContain(row.severity);
      expect(row.incidents).toEqual([]);
    }
    expect(rows.find((row) => row.id === 'claude')?.error.kind).toBe('offline');
  });

  it('every page answers with an error: exit code 1, and not blamed on the network', async () => {
    const run = await status(['--json'], everyPage503);
    expect(run.code).toBe(EXIT_NOTHING_READ);
    expect(run.stderr).toBe('status: no status page could be read.\n');
  });

  it('some pages read, the others unreachable: exit code 0', async () => {
    for (const args of [[], ['--json']]) {
      const run = await status(args, someLive());
      expect(run.code, run.stderr).toBe(EXIT_READ);
      expect(run.stderr).toBe('');
    }
  });

  it('an assistant with no public status page says so, in the table and the JSON', async () => {
    expect(UNMONITORED.map((provider) => provider.id)).toEqual(['microsoft-copilot', 'meta-ai']);
    const table = tableRows((await status([], someLive())).stdout);
    const json = JSON.parse((await status(['--json'], someLive())).stdout) as { id: string }[];
    for (const provider of UNMONITORED) {
      expect(table.get(provider.name)).toEqual({ status: 'No public status page', lines: [] });
      expect(json.find((row) => row.id === provider.id)).toMatchObject({
        statusPage: null,
        severity: 'unknown',
        error: { kind: 'no_status_page', message: 'No public status page' },
      });
    }
  });

  it("the table shows each assistant's incidents with their start, its parts not operational and maintenance times", async () => {
    const rows = tableRows((await status([], someLive())).stdout);
    // One Claude page, read for each product through its own components.
    expect(rows.get('Claude API')).toEqual({
      status: 'Partial outage',
      lines: [
        'Incident: Elevated errors on platform.claude.com · Monitoring · Partial outage · Started 2026-10-07 13:25 UTC · https://status.claude.com/incidents/978mjkgw6mh7',
        'Component: Claude Console (platform.claude.com) · Degraded',
      ],
    });
    // claude.ai is operational and the Console is not Claude's: nothing to show under it.
    expect(rows.get('Claude')).toEqual({ status: 'Operational', lines: [] });
    const cursor = rows.get('Cursor');
    expect(cursor?.status).toBe('Partial outage');
    expect(cursor?.lines).toContain('Component: Africa · Partial outage');
    expect(cursor?.lines).toContain('Component: Algiers, Algeria - (ALG) · Maintenance');
    expect(cursor?.lines).toContain(
      'Maintenance: KHH (Kaohsiung City) on 2026-09-03 · Scheduled · 2026-09-03 20:30 UTC until 2026-09-04 00:30 UTC',
    );
    expect(cursor?.lines.filter((line) => line.startsWith('Incident: '))).toHaveLength(2);
  });

  it('the JSON gives each read assistant its incidents, components in scope and maintenances', async () => {
    const rows = JSON.parse((await status(['--json'], someLive())).stdout) as {
      id: string;
      components: { name: string }[];
      maintenances: unknown[];
    }[];
    const api = rows.find((row) => row.id === 'claude-api');
    expect(api).toMatchObject({
      statusPage: 'https://status.claude.com',
      severity: 'partial_outage',
      incidents: [claudeIncident('https://status.claude.com')],
      source: 'https://status.claude.com/api/v2/summary.json',
      error: null,
    });
    expect(api?.components.map((component) => component.name)).toContain('Claude Console (platform.claude.com)');
    expect(rows.find((row) => row.id === 'claude')?.components.map((component) => component.name)).toEqual(['claude.ai']);
    expect(rows.find((row) => row.id === 'cursor')?.maintenances).toHaveLength(1);
  });
});

describe('--url: the network or the page', () => {
  const page = 'https://status.example.com';

  it('nothing reached: exit code 1, and the network is named, not the page', async () => {
    const run = await status(['--url', page], offline);
    expect(run.code).toBe(EXIT_NOTHING_READ);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'status: could not reach status.example.com: the network failed (getaddrinfo ENOTFOUND status.example.com). ' +
        'This says nothing about the status page itself.\n',
    );
  });

  it('the page answered, but nothing it said is a status page: exit code 2, the page named', async () => {
    const run = await status(['--url', page], fakeFetch({ [`${page}/api/v2/status.json`]: { status: 404 } }));
    expect(run.code).toBe(EXIT_UNREADABLE);
    expect(run.stderr).toBe(`status: ${page}: no known status platform answers at this address\n`);
  });

  it('found, then unreachable when read: exit code 1, the network named', async () => {
    const fetch = fakeFetch({
      [`${page}/api/v2/status.json`]: { body: readFixture('statuspage/anthropic-v2-status-operational-1.json') },
      [`${page}/api/v2/summary.json`]: { networkError: true },
    });
    const run = await status(['--url', page], fetch);
    expect(run.code).toBe(EXIT_NOTHING_READ);
    expect(run.stderr).toMatch(/^status: could not reach status\.example\.com: the network failed \(Failed to fetch\)/);
  });

  it('a page that is no https address is bad input: exit code 2, and nothing is fetched', async () => {
    const fetch = fakeFetch({});
    const run = await status(['--url', 'http://status.example.com'], fetch);
    expect(run.code).toBe(EXIT_UNREADABLE);
    expect(fetch.calls).toEqual([]);
  });
});

describe('--url (the command spawned, against the local fake status server)', () => {
  let server: FakeStatusServer;
  let origin: string;
  // Node's fetch must accept the fake server's self-signed certificate; nothing else changes.
  const env = { NODE_TLS_REJECT_UNAUTHORIZED: '0', NODE_NO_WARNINGS: '1' };

  beforeAll(async () => {
    server = await startFakeStatusServer({
      'https://127.0.0.1/api/v2/status.json': fixture('statuspage/anthropic-v2-status-operational-1.json'),
      'https://127.0.0.1/api/v2/summary.json': fixture(CLAUDE_SUMMARY),
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

  it('a port nothing listens on: exit code 1, and Node names the refused connection', async () => {
    // A port that was free a moment ago: connecting to it is refused, as by a host that is down.
    const closed = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const run = await statusAsync(env, '--url', `https://127.0.0.1:${closed}/`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(`^status: could not reach 127\\.0\\.0\\.1:${closed}: the network failed \\(.*ECONNREFUSED`),
    );
  });
});
