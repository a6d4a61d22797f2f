import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/catalog/providers';
import type { NotificationSettings } from '../../../../src/core/model';
import { emptyLedger, readStoredLedger } from '../../../../src/core/notify/ledger';
import { noticeFor } from '../../../../src/core/notify/notification-text';
import { defaultNotificationSettings } from '../../../../src/core/settings/settings';
import { readSynthetic } from '../../../fixtures';
import { englishT as t } from '../../support/english';
import {
  CLAUDE_INCIDENT,
  CLAUDE_OK,
  CLAUDE_SUMMARY,
  type Json,
  OPENAI_INCIDENT,
  OPENAI_PAGE,
  OPENAI_QUIET,
  type Pages,
  PROVIDERS,
  runPolls,
  summarize,
} from '../../support/poll-sequence';
import { CLAUDE_AI_DOWN, CLAUDE_MAINTENANCE_UNDER_WAY, claudeIncidentWith } from './claude-pages';

const quiet: Pages = { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_QUIET };
const claudeIncident: Pages = { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT };
const unreadable: Pages = { ...quiet, [CLAUDE_SUMMARY]: { status: 503, body: 'unavailable' } };
const claudeAiDown: Pages = { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_AI_DOWN };
const claudeIncidentPages = (change: Json, console?: string): Pages => ({
  ...quiet,
  [CLAUDE_SUMMARY]: claudeIncidentWith(change, console),
});
const critical = claudeIncidentPages({ impact: 'critical' });
/** GitHub's common case: the impact word says minor while the component it names is in partial outage. */
const minorWithPartialOutage = claudeIncidentPages({ impact: 'minor' }, 'partial_outage');
const minorDegraded = claudeIncidentPages({ impact: 'minor' });

const INCIDENT = 'Elevated errors on platform.claude.com';

function settings(change: Partial<NotificationSettings> = {}): NotificationSettings {
  return { ...defaultNotificationSettings(), ...change };
}

/** What was shown after each poll, one list per poll. */
async function shownPerPoll(polls: Pages[], notificationSettings = settings(), options = {}) {
  return (await runPolls(polls, notificationSettings, options)).map((step) => summarize(step.shown));
}

describe('what the user sees is what they are told (real payloads, default settings)', () => {
  it('install during an incident: nothing about it, then or when it resolves', async () => {
    expect(await shownPerPoll([claudeIncident, claudeIncident, quiet, quiet])).toEqual([[], [], [], []]);
  });

  it('an incident with an id is told at once, once, and its end once', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, claudeIncident, claudeIncident, quiet, quiet])).toEqual([
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
      [],
      [],
      ['trouble_ended claude-api'],
      [],
    ]);
  });

  it('a minor incident whose component is in partial outage is told as the partial outage the badge shows', async () => {
    const steps = await runPolls([quiet, minorWithPartialOutage, minorWithPartialOutage, quiet], settings());
    expect(steps[1]?.state.providers['claude-api']?.severity).toBe('partial_outage');
    expect(steps.map((step) => summarize(step.shown))).toEqual([
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
      [],
      ['trouble_ended claude-api'],
    ]);
    const step = steps[1];
    expect(step && noticeFor(step.shown, step.state, PROVIDERS, t, 'en')?.title).toBe('Claude API: Partial outage');
  });

  it('worsening past a level is told once, naming the new level; falling back and rising again to it is not', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, critical, claudeIncident, critical, critical, quiet])).toEqual([
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
      [`trouble_worsened claude-api major_outage · ${INCIDENT}`],
      [],
      [],
      [],
      ['trouble_ended claude-api'],
    ]);
  });

  it('trouble below the threshold is told when it crosses it, and its end then', async () => {
    expect(await shownPerPoll([quiet, minorDegraded, minorDegraded, claudeIncident, minorDegraded, quiet])).toEqual([
      [],
      [],
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
      [],
      ['trouble_ended claude-api'],
    ]);
    // Never crossing it: never told, nor its end.
    expect(await shownPerPoll([quiet, minorDegraded, minorDegraded, quiet])).toEqual([[], [], [], []]);
  });

  it('a change with no incident waits for a second poll; a flap is never told', async () => {
    expect(await shownPerPoll([quiet, claudeAiDown, quiet, quiet])).toEqual([[], [], [], []]);
    expect(await shownPerPoll([quiet, claudeAiDown, claudeAiDown, claudeAiDown, quiet, quiet, quiet])).toEqual([
      [],
      [],
      ['trouble_started claude major_outage'],
      [],
      [],
      ['trouble_ended claude'],
      [],
    ]);
  });

  it('the least severity: ChatGPT degraded is below the default; with "degraded and worse" it is told', async () => {
    const openaiIncident = { ...quiet, [OPENAI_PAGE]: OPENAI_INCIDENT };
    expect(await shownPerPoll([quiet, openaiIncident])).toEqual([[], []]);
    expect(await shownPerPoll([quiet, openaiIncident], settings({ minSeverity: 'degraded' }))).toEqual([
      [],
      ['trouble_started chatgpt degraded · Workspace Agents Degraded and Responses Impacted'],
    ]);
  });

  it('several assistants in one poll: one notification naming each, worst first', async () => {
    const both = { ...claudeIncident, [OPENAI_PAGE]: OPENAI_INCIDENT };
    const steps = await runPolls([quiet, both], settings({ minSeverity: 'degraded' }));
    const last = steps[1];
    expect(summarize(last?.shown ?? [])).toEqual([
      `trouble_started claude-api partial_outage · ${INCIDENT}`,
      'trouble_started chatgpt degraded · Workspace Agents Degraded and Responses Impacted',
    ]);
    const notice = last && noticeFor(last.shown, last.state, PROVIDERS, t, 'en');
    expect(notice?.title).toBe('Claude API and ChatGPT');
    expect(notice?.message.split('\n')).toEqual([
      `Claude API: Partial outage · ${INCIDENT}`,
      'ChatGPT: Degraded · Workspace Agents Degraded and Responses Impacted',
    ]);
    expect(notice?.severity).toBe('partial_outage');
    expect(notice?.openUrl).toBe('https://status.claude.com/incidents/978mjkgw6mh7');
  });
});

describe('unknown is transparent', () => {
  it('operational → unreadable → outage is told', async () => {
    expect(await shownPerPoll([quiet, unreadable, claudeIncident])).toEqual([
      [],
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
    ]);
    // With no incident behind it, on confirmation, as always.
    expect(await shownPerPoll([quiet, unreadable, claudeAiDown, claudeAiDown])).toEqual([
      [],
      [],
      [],
      ['trouble_started claude major_outage'],
    ]);
  });

  it('outage → unreadable → operational is told as its end', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, unreadable, unreadable, quiet])).toEqual([
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
      [],
      [],
      ['trouble_ended claude-api'],
    ]);
  });

  it('operational → unreadable → operational, and outage → unreadable → outage, are silent', async () => {
    expect(await shownPerPoll([quiet, unreadable, quiet, unreadable, quiet])).toEqual([[], [], [], [], []]);
    expect(await shownPerPoll([quiet, claudeIncident, unreadable, claudeIncident, unreadable, claudeIncident])).toEqual([
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
      [],
      [],
      [],
      [],
    ]);
  });

  it('an unreadable poll between two sightings of a change without incident still confirms it', async () => {
    expect(await shownPerPoll([quiet, claudeAiDown, unreadable, claudeAiDown])).toEqual([
      [],
      [],
      [],
      ['trouble_started claude major_outage'],
    ]);
  });
});

describe('a page that states no severity', () => {
  const deepseek = CATALOG.filter((provider) => provider.id === 'deepseek');
  const rss = 'https://status.deepseek.com/history.rss';
  const resolved: Pages = { [rss]: 'flashduty/deepseek-feed-rss-excerpt-1.xml' };
  const open: Pages = { [rss]: { body: readSynthetic('synthetic-flashduty-history-rss-open.xml') } };

  it('an open incident is told under the default settings, as an incident posted, not as a made-up level', async () => {
    const steps = await runPolls([resolved, open, open, resolved], settings(), { providers: deepseek });
    expect(steps.map((step) => summarize(step.shown))).toEqual([
      [],
      [expect.stringMatching(/^trouble_started deepseek unstated · /)],
      [],
      ['trouble_ended deepseek'],
    ]);
    const step = steps[1];
    expect(step && noticeFor(step.shown, step.state, deepseek, t, 'en')?.title).toBe('DeepSeek: incident posted');
  });

  it('under "major outages only" it is not told', async () => {
    const steps = await runPolls([resolved, open, open], settings({ minSeverity: 'major_outage' }), { providers: deepseek });
    expect(steps.flatMap((step) => step.shown)).toEqual([]);
  });
});

describe('what holds it back', () => {
  it('an assistant turned off, or notifications off, is never told about', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, quiet], settings({ muted: ['claude-api'] }))).toEqual([[], [], []]);
    expect(await shownPerPoll([quiet, claudeIncident, quiet], settings({ enabled: false }))).toEqual([[], [], []]);
  });

  it('snoozed for an hour: silent within it; an outage that outlasts it is told after', async () => {
    const snoozes = [{ providerId: 'claude-api', until: Date.parse('2026-11-22T12:03:00Z') }];
    const start = { start: '2026-11-22T12:00:00Z' };
    expect(await shownPerPoll([quiet, claudeIncident, claudeIncident], settings({ snoozes }), start)).toEqual([
      [],
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
    ]);
    // Over within the snooze: nothing, then or after.
    expect(await shownPerPoll([quiet, claudeIncident, quiet, quiet], settings({ snoozes }), start)).toEqual([[], [], [], []]);
  });

  it('snoozed until this incident resolves: its worsening is silent, the next incident is told', async () => {
    const snoozes = [{ providerId: 'claude-api', incidentId: '978mjkgw6mh7' }];
    const another = claudeIncidentPages({ id: 'nextincident1', name: 'A new one' });
    expect(await shownPerPoll([quiet, claudeIncident, critical, quiet, another], settings({ snoozes }))).toEqual([
      [],
      [],
      [],
      [],
      ['trouble_started claude-api partial_outage · A new one'],
    ]);
  });

  it('quiet hours (22:00 to 07:00 in Paris): only a major outage breaks through, if allowed; what lasts is told after', async () => {
    const quietHours = { enabled: true, startMinutes: 22 * 60, endMinutes: 7 * 60, majorOutagesBreakThrough: true };
    // 22:30 UTC is 23:30 in Paris in November.
    const night = { start: '2026-11-22T22:30:00Z', timeZone: 'Europe/Paris' };
    expect(await shownPerPoll([quiet, claudeIncident], settings({ quietHours }), night)).toEqual([[], []]);
    expect(await shownPerPoll([quiet, critical], settings({ quietHours }), night)).toEqual([
      [],
      [`trouble_started claude-api major_outage · ${INCIDENT}`],
    ]);
    expect(
      await shownPerPoll([quiet, critical], settings({ quietHours: { ...quietHours, majorOutagesBreakThrough: false } }), night),
    ).toEqual([[], []]);
    // 06:56 in Paris, polled every 2 minutes: at 07:00 the window is over and the outage still lasts.
    expect(
      await shownPerPoll([quiet, claudeIncident, claudeIncident], settings({ quietHours }), {
        ...night,
        start: '2026-11-23T05:56:00Z',
      }),
    ).toEqual([[], [], [`trouble_started claude-api partial_outage · ${INCIDENT}`]]);
  });

  it('maintenance is off by default; on, its start and end are told', async () => {
    const underWay = { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_MAINTENANCE_UNDER_WAY };
    expect(await shownPerPoll([quiet, underWay, quiet])).toEqual([[], [], []]);
    expect(await shownPerPoll([quiet, underWay, underWay, quiet], settings({ maintenance: true }))).toEqual([
      [],
      ['maintenance_started claude · Upgrades to Connector Auth Storage'],
      [],
      ['maintenance_ended claude'],
    ]);
    // Already under way at install: its end is not news either.
    expect(await shownPerPoll([underWay, underWay, quiet], settings({ maintenance: true }))).toEqual([[], [], []]);
  });

  it('a page unreadable for half an hour: one quiet notice per product, unless turned off', async () => {
    const polls = [quiet, ...Array.from({ length: 20 }, () => unreadable)];
    const steps = await runPolls(polls, settings());
    const told = steps.flatMap((step, index) => summarize(step.shown).map((line) => `${index * 2}: ${line}`));
    expect(told).toEqual([
      '32: source_unreadable claude',
      '32: source_unreadable claude-code',
      '32: source_unreadable claude-api',
    ]);
    const notice = noticeFor(steps[16]?.shown ?? [], steps[16]?.state ?? { version: 1, providers: {} }, PROVIDERS, t, 'en');
    expect(notice?.silent).toBe(true);
    expect((await runPolls(polls, settings({ unreadable: false }))).flatMap((step) => step.shown)).toEqual([]);
  });
});

describe('the memory of what was told', () => {
  it('survives a restart: read back from storage it repeats nothing, and still tells the end', async () => {
    const [, told] = await runPolls([quiet, claudeIncident], settings());
    if (!told) throw new Error('two polls ran');
    expect(told.shown).toHaveLength(1);
    const stored = JSON.parse(JSON.stringify(told.ledger));
    const after = await runPolls([claudeIncident, claudeIncident, quiet], settings(), {
      ledger: readStoredLedger(stored),
      state: told.state,
      start: '2026-11-22T12:04:00Z',
    });
    expect(after.map((step) => summarize(step.shown))).toEqual([[], [], ['trouble_ended claude-api']]);
  });

  it('a memory of another shape is replaced by an empty one and the problem is said', () => {
    const corrupted = [
      null,
      'x',
      { version: 2 },
      { version: 1, providers: [] },
      { version: 1, providers: { claude: {} }, pending: {} },
    ];
    for (const value of corrupted) {
      const problems: string[] = [];
      expect(readStoredLedger(value, (problem) => problems.push(problem))).toEqual(emptyLedger());
      expect(problems).toHaveLength(1);
    }
    const problems: string[] = [];
    expect(readStoredLedger(undefined, (problem) => problems.push(problem))).toEqual(emptyLedger());
    expect(problems).toEqual([]);
  });

  it('after a corrupted memory the next polls complete and tell what comes next', async () => {
    const broken = readStoredLedger({ version: 1, providers: { claude: {} }, pending: {} });
    expect(await shownPerPoll([quiet, claudeIncident], settings(), { ledger: broken })).toEqual([
      [],
      [`trouble_started claude-api partial_outage · ${INCIDENT}`],
    ]);
  });
});

describe('the notification itself', () => {
  it('one incident: assistant and severity in the title, the incident and its latest update below, its page on click', async () => {
    const steps = await runPolls([quiet, claudeIncident], settings());
    const step = steps[1];
    const notice = step && noticeFor(step.shown, step.state, PROVIDERS, t, 'en');
    expect(notice).toMatchObject({
      title: 'Claude API: Partial outage',
      silent: false,
      severity: 'partial_outage',
      providerId: 'claude-api',
      openUrl: 'https://status.claude.com/incidents/978mjkgw6mh7',
      statusPageUrl: 'https://status.claude.com',
      // The best healthy assistant of the same kind, in the user's order.
      switchTo: { name: 'OpenAI API', url: 'https://platform.openai.com/' },
    });
    expect(notice?.message.split('\n')[0]).toBe(INCIDENT);
    expect(notice?.message).toContain("We've mitigated the errors loading usage data");
    expect(notice?.id).toBe(`radar-${step?.state.checkedAt}`);
  });

  it('a worsening names the new level', async () => {
    const steps = await runPolls([quiet, claudeIncident, critical], settings());
    const step = steps[2];
    expect(step && noticeFor(step.shown, step.state, PROVIDERS, t, 'en')?.title).toBe('Claude API: now Major outage');
  });

  it('an end offers no switch, and its title says so', async () => {
    const steps = await runPolls([quiet, claudeIncident, quiet], settings());
    const step = steps[2];
    const notice = step && noticeFor(step.shown, step.state, PROVIDERS, t, 'en');
    expect(notice?.title).toBe('Claude API: working again');
    expect(notice?.switchTo).toBeUndefined();
  });

  it('nothing shown, no notification', () => {
    expect(noticeFor([], { version: 1, providers: {} }, PROVIDERS, t, 'en')).toBeUndefined();
  });
});
