/**
 * `npm run bench`: how fast the core reads real payloads in Node, then the shipped build against a minimal
 * reference extension in one Chromium run (test/bench/browser). Figures only: none passes or fails, but the
 * bench exits non-zero when it cannot measure (no Chromium, no build).
 */
import { findChromium } from '../../scripts/find-browser';
import { CATALOG } from '../../src/core/catalog/providers';
import type { FetchLike } from '../../src/core/fetch/fetch-text';
import { parseStatuspage } from '../../src/core/platforms/statuspage';
import { boundReading } from '../../src/core/poll/bound-reading';
import { pollProviders } from '../../src/core/poll/poll';
import { emptyState, foldResults } from '../../src/core/state/fold';
import { readStoredState } from '../../src/core/state/read-stored';
import { boundText } from '../../src/core/text-hygiene';
import { readFixture } from '../fixtures';
import { browserFigures } from './browser/index';
import { chromiumVersion, machineLines } from './browser/report';
import { historyFigures } from './history';
import { networkFigures } from './network';

function timeIt(label: string, runs: number, task: () => unknown): void {
  for (let warm = 0; warm < Math.min(runs, 50); warm += 1) task();
  const start = process.hrtime.bigint();
  for (let run = 0; run < runs; run += 1) task();
  const micros = Number(process.hrtime.bigint() - start) / 1000 / runs;
  console.log(`${label.padEnd(58)} ${micros.toFixed(1).padStart(9)} µs/op`);
}

async function timeAsync(label: string, runs: number, task: () => Promise<unknown>): Promise<void> {
  for (let warm = 0; warm < 20; warm += 1) await task();
  const start = process.hrtime.bigint();
  for (let run = 0; run < runs; run += 1) await task();
  const micros = Number(process.hrtime.bigint() - start) / 1000 / runs;
  console.log(`${label.padEnd(58)} ${micros.toFixed(1).padStart(9)} µs/op`);
}

/** The core alone, in Node: parse timings of real payloads, a whole poll with the network left out, the stored State's size. */
async function nodeFigures(): Promise<void> {
  const context = { source: 'bench', statusPageUrl: 'https://status.example.com', fetchedAt: '2026-10-08T00:00:00Z' };
  console.log('Parsing real payloads');
  for (const file of [
    'statuspage/anthropic-summary-unresolved-major-monitoring-1.json',
    'statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json',
    'incidentio/openai-v2-summary-compat-active-minor-1.json',
    'incidentio/openai-v2-incidents-compat-full-1.json',
  ]) {
    const body = readFixture(file);
    timeIt(`  ${file.split('/')[1]?.slice(0, 48)} (${(body.length / 1024).toFixed(0)} KB)`, 2000, () =>
      parseStatuspage(body, context),
    );
  }

  const pages: Record<string, string> = {
    'https://status.claude.com/api/v2/summary.json': readFixture(
      'statuspage/anthropic-summary-unresolved-major-monitoring-1.json',
    ),
    'https://status.openai.com/api/v2/summary.json': readFixture('incidentio/openai-v2-summary-compat-active-minor-1.json'),
    'https://www.githubstatus.com/api/v2/summary.json': readFixture('statuspage/github-v2-components-operational-1.json'),
    'https://status.cursor.com/api/v2/summary.json': readFixture('statuspage/vercel-v2-status-operational-1.json'),
    'https://status.perplexity.com/api/v2/summary.json': readFixture('incidentio/groq-v2-status-compat-1.json'),
  };
  const instantFetch: FetchLike = (url) =>
    Promise.resolve({
      ok: true,
      status: 200,
      headers: { get: () => 'application/json' },
      text: () => Promise.resolve(pages[url] ?? ''),
    });
  console.log('\nA whole poll of the catalog, network excluded');
  await timeAsync(`  ${CATALOG.length} providers: fetch (instant), parse, fold`, 500, async () => {
    const results = await pollProviders(CATALOG, { fetch: instantFetch, now: Date.now, timeoutMs: 10_000 });
    return foldResults(emptyState(), results, new Date().toISOString());
  });
  const state = foldResults(
    emptyState(),
    await pollProviders(CATALOG, { fetch: instantFetch, now: Date.now, timeoutMs: 10_000 }),
    new Date().toISOString(),
  );
  console.log(`  stored state size: ${(JSON.stringify(state).length / 1024).toFixed(1)} KB`);

  console.log('\nWhat the popup does before its first paint, and what every reading goes through');
  const stored = JSON.parse(JSON.stringify(state)) as unknown;
  timeIt('  read the stored State back, checked against its schema', 2000, () => readStoredState(stored));
  const flood = readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json').replaceAll(
    'Elevated errors on platform.claude.com',
    `\u202e${'A'.repeat(100_000)}`,
  );
  timeIt(`  parse and bound a payload with a 100 KB title (${(flood.length / 1024).toFixed(0)} KB)`, 500, () => {
    const parsed = parseStatuspage(flood, context);
    return parsed.ok ? boundReading(parsed.value) : parsed;
  });
  timeIt('  clean and cut a 100 KB text full of bidi and zero-width characters', 500, () =>
    boundText('\u202e\u200b'.repeat(50_000), 2000),
  );
}

let chromium: string | undefined;
let noChromium: string | undefined;
try {
  chromium = findChromium();
} catch (error) {
  // Its message says what to install, or which variable to set (scripts/find-browser.ts).
  noChromium = error instanceof Error ? error.message : String(error);
}
for (const line of machineLines(chromium === undefined ? 'Chromium: not found' : chromiumVersion(chromium))) console.log(line);
console.log('');

await nodeFigures();

// The network model: no browser needed, from the catalog's declared weights and the captures' gzip ratios.
networkFigures();
await historyFigures();

if (noChromium !== undefined) {
  console.error(`\nCannot measure in the browser: ${noChromium}`);
  process.exitCode = 1;
} else {
  try {
    await browserFigures();
  } catch (error) {
    console.error(`\nCannot measure in the browser: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
