import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import type { KnownSeverity, NotificationSettings, Provider, State } from '../../../../src/core/model';
import type { RadarEvent } from '../../../../src/core/notify/events';
import { emptyLedger, type NotifyLedger } from '../../../../src/core/notify/ledger';
import { decideNotifications } from '../../../../src/core/notify/notify';
import { pollProviders } from '../../../../src/core/poll/poll';
import { defaultNotificationSettings } from '../../../../src/core/settings/settings';
import { isAffected, isKnown, rank } from '../../../../src/core/severity';
import { foldResults } from '../../../../src/core/state/fold';
import { readFixture } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';
import { aroundEvents, replayHistory } from './history-replay';

interface Episode {
  severities: KnownSeverity[];
  told: KnownSeverity[];
  ended: number;
  /** The first poll of the run: a run that begins at the first poll is the baseline. */
  first: number;
}

/** Replays a real incident list through the whole core, poll by poll, as the worker does. */
async function replay(file: string, provider: Provider, settings: NotificationSettings, componentsFile?: string) {
  const summaryUrl = provider.sources[0]?.url ?? '';
  const polls = replayHistory(readFixture(file), aroundEvents(2 * 60_000), componentsFile && readFixture(componentsFile));
  let state: State = { version: 1, providers: {} };
  let ledger: NotifyLedger = emptyLedger();
  const steps: { severity: KnownSeverity; shown: RadarEvent[] }[] = [];
  for (const poll of polls) {
    const at = Date.parse(poll.at);
    const results = await pollProviders([provider], {
      fetch: fakeFetch({ [summaryUrl]: { body: poll.summary } }),
      now: () => at,
      timeoutMs: 1_000,
    });
    state = foldResults(state, results, poll.at);
    const decision = decideNotifications({ next: state, ledger, settings, nowMs: at, timeZone: 'UTC' });
    ledger = JSON.parse(JSON.stringify(decision.ledger));
    const severity = state.providers[provider.id]?.severity ?? 'unknown';
    if (!isKnown(severity)) throw new Error(`the replayed summary at ${poll.at} did not read`);
    steps.push({ severity, shown: decision.shown });
  }
  return steps;
}

/** Runs of polls at degraded or worse, with what was told in them and in the two polls after. */
function episodesOf(steps: { severity: KnownSeverity; shown: RadarEvent[] }[]): { episodes: Episode[]; stray: RadarEvent[] } {
  const episodes: Episode[] = [];
  const stray: RadarEvent[] = [];
  let current: Episode | undefined;
  let calmFor = 0;
  for (const [index, step] of steps.entries()) {
    if (isAffected(step.severity)) {
      if (!current || calmFor > 0) {
        current = { severities: [], told: [], ended: 0, first: index };
        episodes.push(current);
      }
      calmFor = 0;
      current.severities.push(step.severity);
    } else calmFor += 1;
    for (const event of step.shown) {
      if ((event.kind === 'trouble_started' || event.kind === 'trouble_worsened') && current && calmFor === 0) {
        current.told.push(event.severity);
      } else if (event.kind === 'trouble_ended' && current && calmFor > 0 && calmFor <= 2) current.ended += 1;
      else stray.push(event);
    }
  }
  return { episodes, stray };
}

function worstOf(severities: KnownSeverity[]): KnownSeverity {
  return severities.reduce((a, b) => (rank(b) > rank(a) ? b : a), 'operational');
}

/** Every outage the badge showed is told, at the level it showed, once; its end once; nothing else. */
function expectEveryOutageTold(episodes: Episode[], stray: RadarEvent[], settings: NotificationSettings) {
  expect(stray).toEqual([]);
  for (const episode of episodes) {
    const reaches = rank(worstOf(episode.severities)) >= rank(settings.minSeverity);
    const told = episode.told;
    if (episode.first === 0 || !reaches) {
      expect({ episode, told: [] }).toEqual({ episode, told });
      expect(episode.ended).toBe(0);
      continue;
    }
    expect({ episode, told: told.at(-1) }).toEqual({ episode, told: worstOf(episode.severities) });
    // Each notice names a level past the one before: never the same level twice.
    for (const [index, level] of told.entries())
      if (index > 0) expect(rank(level)).toBeGreaterThan(rank(told[index - 1] ?? level));
    expect({ episode, ended: episode.ended }).toEqual({ episode, ended: 1 });
  }
}

const cursor = CATALOG.find((provider) => provider.id === 'cursor');
const copilot = CATALOG.find((provider) => provider.id === 'github-copilot');

describe("real histories replayed: every outage the badge shows is told (Cursor's 50 incidents, GitHub's excerpt)", () => {
  it('Cursor, whole page, default settings: every outage reaching partial outage is told once, at the level shown, and its end', async () => {
    if (!cursor) throw new Error('Cursor is in the catalog');
    const settings = defaultNotificationSettings();
    const { episodes, stray } = episodesOf(
      await replay('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json', cursor, settings),
    );
    expectEveryOutageTold(episodes, stray, settings);
    const reaching = episodes.filter((episode) => rank(worstOf(episode.severities)) >= rank('partial_outage'));
    // Most of Cursor's incidents are rated minor, yet their components went to partial or major outage.
    expect(reaching.length).toBeGreaterThanOrEqual(14);
    expect(reaching.filter((episode) => episode.told.length > 0)).toHaveLength(reaching.length);
  });

  it('Cursor with "degraded and worse": every degradation is told too', async () => {
    if (!cursor) throw new Error('Cursor is in the catalog');
    const settings = { ...defaultNotificationSettings(), minSeverity: 'degraded' as const };
    const { episodes, stray } = episodesOf(
      await replay('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json', cursor, settings),
    );
    expectEveryOutageTold(episodes, stray, settings);
    expect(episodes.filter((episode) => episode.told.length > 0).length).toBeGreaterThanOrEqual(40);
  });

  it('GitHub Copilot, scoped to its component: what touches Copilot is told, nothing else', async () => {
    if (!copilot) throw new Error('GitHub Copilot is in the catalog');
    const settings = { ...defaultNotificationSettings(), minSeverity: 'degraded' as const };
    const { episodes, stray } = episodesOf(
      await replay(
        'statuspage/github-v2-incidents-excerpt-5-of-50-1.json',
        copilot,
        settings,
        'statuspage/github-v2-components-operational-1.json',
      ),
    );
    expectEveryOutageTold(episodes, stray, settings);
    expect(episodes.filter((episode) => episode.told.length > 0).length).toBeGreaterThan(0);
  });
});
