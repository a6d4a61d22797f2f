import { describe, expect, it } from 'vitest';
import { EXIT_NOTHING_READ, EXIT_READ } from '../../../src/cli/main';
import { CATALOG } from '../../../src/core/catalog/providers';
import type { FetchLike } from '../../../src/core/fetch/fetch-text';
import { historyPlans } from '../../../src/core/history/pages/plan';
import { readFixture, readSynthetic } from '../../fixtures';
import { type FakeAnswer, fakeFetch } from '../support/fake-fetch';
import { type CommandRun, runInProcess } from './run-in-process';

/** The day after the synthetic showcase was answered: its 90 days end the day before. */
const NOW = Date.parse('2026-09-23T08:00:00.000Z');
const plans = historyPlans(CATALOG, NOW);
const urlOf = (id: string) => plans.find((plan) => plan.providerIds.includes(id))?.requests[0]?.url ?? '';

function status(args: string[], fetch: FetchLike): Promise<CommandRun> {
  return runInProcess(args, { fetch, now: () => NOW, timeZone: 'UTC' });
}

const routes: Record<string, FakeAnswer> = {
  [urlOf('claude')]: { body: readSynthetic('synthetic-statuspage-uptime-showcase.json') },
  [urlOf('huggingchat')]: { body: readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json') },
  [urlOf('cursor')]: { body: readFixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json') },
};

/** One strip line: the assistant's name, then one mark a day. */
function stripOf(stdout: string, name: string): string {
  const line = stdout.split('\n').find((text) => text.startsWith(`${name} `));
  if (!line) throw new Error(`no strip for ${name} in:\n${stdout}`);
  return line.slice(name.length).trim();
}

describe('status --history', () => {
  it('prints each assistant’s 90 days from its page’s history, scoped to its own components, and who has been reliable', async () => {
    const { code, stdout, stderr } = await status(['--history'], fakeFetch(routes));
    expect(code).toBe(EXIT_READ);
    expect(stdout).toContain('History, last 90 days, one mark a day, oldest first:');
    const claude = stripOf(stdout, 'Claude');
    const code90 = stripOf(stdout, 'Claude Code');
    expect([...claude.slice(0, 90)]).toHaveLength(90);
    // 30 Jul: claude.ai's own major outage (the synthetic showcase), not Claude Code's.
    const july30 = 90 - 1 - Math.round((Date.parse('2026-09-23') - Date.parse('2026-07-30')) / 86_400_000);
    expect([...claude][july30]).toBe('█');
    expect([...code90][july30]).toBe('▁');
    expect(stdout).toContain('Most reliable, last 30 days');
    expect(stdout).toContain('Most reliable, last 90 days');
    // The pages nobody answered here are said, once, on stderr: never drawn as quiet days.
    expect(stderr).toMatch(/^status: the history of \d+ page\(s\) could not be read/);
    expect(stripOf(stdout, 'Perplexity')).toMatch(/^·+$/u);
    expect(stdout).not.toContain('\x1b[');
  });

  it('gives the same as JSON', async () => {
    const { code, stdout } = await status(['--history', '--json'], fakeFetch(routes));
    expect(code).toBe(EXIT_READ);
    const parsed = JSON.parse(stdout) as { assistants: { providerId: string; days: { day: string; level: string }[] }[] };
    const claude = parsed.assistants.find((assistant) => assistant.providerId === 'claude');
    expect(claude?.days.find((day) => day.day === '2026-07-30')?.level).toBe('major_outage');
  });

  it('exits 1 when no page’s history could be read', async () => {
    const { code, stderr } = await status(['--history'], fakeFetch({}));
    expect(code).toBe(EXIT_NOTHING_READ);
    expect(stderr).toContain('could not be read');
  });
});
