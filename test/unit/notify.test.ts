import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translatorFrom } from '../../src/core/i18n';
import type { NotificationSettings } from '../../src/core/model';
import { noticeFor } from '../../src/core/notification-text';
import { readStoredLedger } from '../../src/core/notify-ledger';
import { defaultNotificationSettings } from '../../src/core/settings';
import { readFixture } from '../fixtures';
import {
  CLAUDE_INCIDENT,
  CLAUDE_OK,
  CLAUDE_SUMMARY,
  edited,
  type Json,
  OPENAI_INCIDENT,
  OPENAI_PAGE,
  OPENAI_QUIET,
  type Pages,
  PROVIDERS,
  runPolls,
  summarize,
} from './poll-sequence';

const t = translatorFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));

const quiet: Pages = { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_QUIET };
const claudeIncident: Pages = { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT };
const unreadable: Pages = { ...quiet, [CLAUDE_SUMMARY]: { status: 503, body: 'unavailable' } };
/** claude.ai's component in major outage, no incident posted: a change only a second poll confirms. */
const claudeAiDown: Pages = {
  ...quiet,
  [CLAUDE_SUMMARY]: edited(CLAUDE_OK, (doc) => {
    (doc.components as Json[])[0] = { ...(doc.components as Json[])[0], status: 'major_outage' };
  }),
};
const critical: Pages = {
  ...quiet,
  [CLAUDE_SUMMARY]: edited(CLAUDE_INCIDENT, (doc) => {
    (doc.incidents as Json[])[0] = { ...(doc.incidents as Json[])[0], impact: 'critical' };
  }),
};

function settings(change: Partial<NotificationSettings> = {}): NotificationSettings {
  return { ...defaultNotificationSettings(), ...change };
}

/** What was shown after each poll, one list per poll. */
async function shownPerPoll(polls: Pages[], notificationSettings = settings(), options = {}) {
  return (await runPolls(polls, notificationSettings, options)).map((step) => summarize(step.shown));
}

describe('the notification policy, on sequences of real payloads', () => {
  it('install during an incident: nothing about it, then or when it resolves', async () => {
    expect(await shownPerPoll([claudeIncident, claudeIncident, quiet, quiet])).toEqual([[], [], [], []]);
  });

  it('an incident with an id is told at once, once, and its end once', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, claudeIncident, claudeIncident, quiet, quiet, quiet])).toEqual([
      [],
      ['incident_opened claude-api Elevated errors on platform.claude.com'],
      [],
      [],
      ['incident_resolved claude-api Elevated errors on platform.claude.com'],
      // The recovery confirmed a poll later adds nothing: the resolution said it.
      [],
      [],
    ]);
  });

  it('a change with no incident waits for a second poll; a flap is never told', async () => {
    expect(await shownPerPoll([quiet, claudeAiDown, quiet, quiet])).toEqual([[], [], [], []]);
    expect(await shownPerPoll([quiet, claudeAiDown, claudeAiDown, claudeAiDown, quiet, quiet, quiet])).toEqual([
      [],
      [],
      ['status_changed claude operational->major_outage'],
      [],
      [],
      ['recovered claude'],
      [],
    ]);
  });

  it('a recovery is told only when the trouble was: nothing for an outage that began before install', async () => {
    expect(await shownPerPoll([claudeAiDown, claudeAiDown, quiet, quiet])).toEqual([[], [], [], []]);
  });

  it('every transition to or from unknown is silent', async () => {
    expect(await shownPerPoll([quiet, unreadable, quiet, unreadable, claudeAiDown, unreadable, claudeAiDown])).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('the least severity: ChatGPT degraded is below the default; with "degraded and worse" it is told', async () => {
    const openaiIncident = { ...quiet, [OPENAI_PAGE]: OPENAI_INCIDENT };
    expect(await shownPerPoll([quiet, openaiIncident])).toEqual([[], []]);
    expect(await shownPerPoll([quiet, openaiIncident], settings({ minSeverity: 'degraded' }))).toEqual([
      [],
      ['incident_opened chatgpt Workspace Agents Degraded and Responses Impacted'],
    ]);
  });

  it('an incident below the bar that escalates past it is told then; a told one that escalates again is told again', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, critical], settings({ minSeverity: 'major_outage' }))).toEqual([
      [],
      [],
      ['incident_escalated claude-api Elevated errors on platform.claude.com'],
    ]);
    expect(await shownPerPoll([quiet, claudeIncident, critical])).toEqual([
      [],
      ['incident_opened claude-api Elevated errors on platform.claude.com'],
      ['incident_escalated claude-api Elevated errors on platform.claude.com'],
    ]);
  });

  it('an update (identified -> monitoring) is told for an incident the user was told about, not for others', async () => {
    const identified = {
      ...quiet,
      [CLAUDE_SUMMARY]: edited(CLAUDE_INCIDENT, (doc) => {
        (doc.incidents as Json[])[0] = { ...(doc.incidents as Json[])[0], status: 'identified' };
      }),
    };
    expect(await shownPerPoll([quiet, identified, claudeIncident])).toEqual([
      [],
      ['incident_opened claude-api Elevated errors on platform.claude.com'],
      ['incident_updated claude-api Elevated errors on platform.claude.com'],
    ]);
    expect(await shownPerPoll([identified, claudeIncident])).toEqual([[], []]);
  });

  it('several events from one poll: one notification naming each assistant, worst first', async () => {
    const both = { ...claudeIncident, [OPENAI_PAGE]: OPENAI_INCIDENT };
    const steps = await runPolls([quiet, both], settings({ minSeverity: 'degraded' }));
    const last = steps[1];
    expect(summarize(last?.shown ?? [])).toEqual([
      'incident_opened claude-api Elevated errors on platform.claude.com',
      'incident_opened chatgpt Workspace Agents Degraded and Responses Impacted',
    ]);
    const notice = last && noticeFor(last.shown, last.state, PROVIDERS, t, 'en');
    expect(notice?.title).toBe('Claude API and ChatGPT');
    expect(notice?.message.split('\n')).toEqual([
      'Claude API: Partial outage · Elevated errors on platform.claude.com',
      'ChatGPT: Degraded · Workspace Agents Degraded and Responses Impacted',
    ]);
    expect(notice?.severity).toBe('partial_outage');
    expect(notice?.openUrl).toBe('https://status.claude.com/incidents/978mjkgw6mh7');
  });

  it('an assistant turned off is never told about', async () => {
    expect(await shownPerPoll([quiet, claudeIncident, quiet], settings({ muted: ['claude-api'] }))).toEqual([[], [], []]);
    expect(await shownPerPoll([quiet, claudeIncident], settings({ enabled: false }))).toEqual([[], []]);
  });

  it('snoozed for an hour: silent within it, told after', async () => {
    const snoozes = [{ providerId: 'claude-api', until: Date.parse('2026-11-22T13:00:00Z') }];
    expect(await shownPerPoll([quiet, claudeIncident, quiet], settings({ snoozes }), { start: '2026-11-22T12:00:00Z' })).toEqual([
      [],
      [],
      [],
    ]);
    expect(await shownPerPoll([quiet, claudeIncident], settings({ snoozes }), { start: '2026-11-22T13:00:00Z' })).toEqual([
      [],
      ['incident_opened claude-api Elevated errors on platform.claude.com'],
    ]);
  });

  it('snoozed until this incident resolves: its escalation is silent, the next incident is told', async () => {
    const snoozes = [{ providerId: 'claude-api', incidentId: '978mjkgw6mh7' }];
    const another = {
      ...quiet,
      [CLAUDE_SUMMARY]: edited(CLAUDE_INCIDENT, (doc) => {
        (doc.incidents as Json[])[0] = { ...(doc.incidents as Json[])[0], id: 'nextincident1', name: 'A new one' };
      }),
    };
    expect(await shownPerPoll([claudeIncident, critical, quiet, another], settings({ snoozes }))).toEqual([
      [],
      [],
      [],
      ['incident_opened claude-api A new one'],
    ]);
  });

  it('quiet hours (22:00 to 07:00 in Paris): only a major outage breaks through, and only if allowed', async () => {
    const quietHours = { enabled: true, startMinutes: 22 * 60, endMinutes: 7 * 60, majorOutagesBreakThrough: true };
    // 22:30 UTC is 23:30 in Paris in November.
    const night = { start: '2026-11-22T22:30:00Z', timeZone: 'Europe/Paris' };
    expect(await shownPerPoll([quiet, claudeIncident], settings({ quietHours }), night)).toEqual([[], []]);
    expect(await shownPerPoll([quiet, critical], settings({ quietHours }), night)).toEqual([
      [],
      ['incident_opened claude-api Elevated errors on platform.claude.com'],
    ]);
    expect(
      await shownPerPoll([quiet, critical], settings({ quietHours: { ...quietHours, majorOutagesBreakThrough: false } }), night),
    ).toEqual([[], []]);
    // 07:30 in Paris: the window is over.
    expect(
      await shownPerPoll([quiet, claudeIncident], settings({ quietHours }), { ...night, start: '2026-11-23T06:30:00Z' }),
    ).toEqual([[], ['incident_opened claude-api Elevated errors on platform.claude.com']]);
  });

  it('maintenance is off by default; on, its start and end are told', async () => {
    const underWay = {
      ...quiet,
      [CLAUDE_SUMMARY]: edited(CLAUDE_OK, (doc) => {
        const maintenances = (JSON.parse(readFixture('statuspage/anthropic-scheduled-maintenances-completed-1.json')) as Json)
          .scheduled_maintenances as Json[];
        doc.scheduled_maintenances = [{ ...maintenances[0], status: 'in_progress' }];
      }),
    };
    expect(await shownPerPoll([quiet, underWay, quiet])).toEqual([[], [], []]);
    expect(await shownPerPoll([quiet, underWay, underWay, quiet], settings({ maintenance: true }))).toEqual([
      [],
      ['maintenance_started claude Upgrades to Connector Auth Storage'],
      [],
      ['maintenance_ended claude Upgrades to Connector Auth Storage'],
    ]);
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

  it('what was told survives a restart: the memory read back from storage repeats nothing', async () => {
    const [, told] = await runPolls([quiet, claudeIncident], settings());
    if (!told) throw new Error('two polls ran');
    expect(told.shown).toHaveLength(1);
    const stored = JSON.parse(JSON.stringify(told.ledger));
    const after = await runPolls([claudeIncident, claudeIncident, quiet], settings(), {
      ledger: readStoredLedger(stored),
      state: told.state,
      start: '2026-11-22T12:04:00Z',
    });
    expect(after.map((step) => summarize(step.shown))).toEqual([
      [],
      [],
      ['incident_resolved claude-api Elevated errors on platform.claude.com'],
    ]);
  });

  it('a memory of another shape is dropped, not trusted', () => {
    for (const value of [undefined, null, 'x', { version: 2 }, { version: 1, providers: [] }]) {
      expect(readStoredLedger(value)).toEqual({ version: 1, providers: {}, pending: {} });
    }
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
    expect(notice?.message.split('\n')[0]).toBe('Elevated errors on platform.claude.com');
    expect(notice?.message).toContain("We've mitigated the errors loading usage data");
    expect(notice?.id).toBe(`radar-${step?.state.checkedAt}`);
  });

  it('a resolution offers no switch, and its title says so', async () => {
    const steps = await runPolls([quiet, claudeIncident, quiet], settings());
    const step = steps[2];
    const notice = step && noticeFor(step.shown, step.state, PROVIDERS, t, 'en');
    expect(notice?.title).toBe('Claude API: incident resolved');
    expect(notice?.switchTo).toBeUndefined();
  });

  it('nothing shown, no notification', () => {
    expect(noticeFor([], { version: 1, providers: {} }, PROVIDERS, t, 'en')).toBeUndefined();
  });
});
