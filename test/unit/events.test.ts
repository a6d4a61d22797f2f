import { describe, expect, it } from 'vitest';
import { eventsBetween, UNREADABLE_NOTICE_AFTER_MS } from '../../src/core/events';
import type { State } from '../../src/core/model';
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
  poll,
  summarize,
} from './poll-sequence';

const quiet: Pages = { [CLAUDE_SUMMARY]: CLAUDE_OK, [OPENAI_PAGE]: OPENAI_QUIET };

async function between(before: Pages, after: Pages, gapMinutes = 2) {
  const first = await poll({ version: 1, providers: {} }, before, '2026-11-22T12:00:00.000Z');
  const second = await poll(first, after, new Date(Date.parse('2026-11-22T12:00:00.000Z') + gapMinutes * 60_000).toISOString());
  return summarize(eventsBetween(first, second));
}

describe('events between two polls (real payloads)', () => {
  it('the first poll is the baseline: incidents already open are not news', async () => {
    const empty: State = { version: 1, providers: {} };
    const first = await poll(
      empty,
      { [CLAUDE_SUMMARY]: CLAUDE_INCIDENT, [OPENAI_PAGE]: OPENAI_INCIDENT },
      '2026-11-22T12:00:00Z',
    );
    expect(first.providers['claude-api']?.severity).toBe('partial_outage');
    expect(eventsBetween(empty, first)).toEqual([]);
  });

  it('an incident opens on status.claude.com: only the Claude API, which it touches, gets it', async () => {
    expect(await between(quiet, { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT })).toEqual([
      'incident_opened claude-api Elevated errors on platform.claude.com',
    ]);
  });

  it('an incident opens on status.openai.com (incident.io page JSON): ChatGPT, whose Agent component it names', async () => {
    expect(await between(quiet, { ...quiet, [OPENAI_PAGE]: OPENAI_INCIDENT })).toEqual([
      'incident_opened chatgpt Workspace Agents Degraded and Responses Impacted',
    ]);
  });

  it('the incident resolves: resolved, and the API recovered', async () => {
    expect(await between({ ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, quiet)).toEqual([
      'incident_resolved claude-api Elevated errors on platform.claude.com',
      'recovered claude-api',
    ]);
  });

  it('impact rises from major to critical: escalated', async () => {
    const critical = edited(CLAUDE_INCIDENT, (doc) => {
      (doc.incidents as Json[])[0] = { ...(doc.incidents as Json[])[0], impact: 'critical' };
    });
    expect(await between({ ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, { ...quiet, [CLAUDE_SUMMARY]: critical })).toEqual([
      'incident_escalated claude-api Elevated errors on platform.claude.com',
    ]);
  });

  it('the page moves the incident from identified to monitoring: updated', async () => {
    const identified = edited(CLAUDE_INCIDENT, (doc) => {
      (doc.incidents as Json[])[0] = { ...(doc.incidents as Json[])[0], status: 'identified' };
    });
    expect(await between({ ...quiet, [CLAUDE_SUMMARY]: identified }, { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT })).toEqual([
      'incident_updated claude-api Elevated errors on platform.claude.com',
    ]);
  });

  it('a component goes down with no incident posted: a status change', async () => {
    const componentDown = edited(CLAUDE_OK, (doc) => {
      (doc.components as Json[])[0] = { ...(doc.components as Json[])[0], status: 'major_outage' };
    });
    expect(await between(quiet, { ...quiet, [CLAUDE_SUMMARY]: componentDown })).toEqual([
      'status_changed claude operational->major_outage',
    ]);
  });

  it("a maintenance on claude.ai starts and ends (Claude's real maintenance, set in progress)", async () => {
    const underWay = edited(CLAUDE_OK, (doc) => {
      const maintenance = (JSON.parse(readFixture('statuspage/anthropic-scheduled-maintenances-completed-1.json')) as Json)
        .scheduled_maintenances as Json[];
      doc.scheduled_maintenances = [{ ...maintenance[0], status: 'in_progress' }];
    });
    expect(await between(quiet, { ...quiet, [CLAUDE_SUMMARY]: underWay })).toEqual([
      'maintenance_started claude Upgrades to Connector Auth Storage',
    ]);
    expect(await between({ ...quiet, [CLAUDE_SUMMARY]: underWay }, quiet)).toEqual([
      'maintenance_ended claude Upgrades to Connector Auth Storage',
    ]);
  });

  it('to and from unknown is never news; an incident opened while the page was unreadable still is', async () => {
    const down = { ...quiet, [CLAUDE_SUMMARY]: { status: 503, body: 'unavailable' } };
    expect(await between(quiet, down)).toEqual([]);
    const start = await poll({ version: 1, providers: {} }, quiet, '2026-11-22T12:00:00Z');
    const unreadable = await poll(start, down, '2026-11-22T12:02:00Z');
    const back = await poll(unreadable, { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_OK }, '2026-11-22T12:04:00Z');
    expect(eventsBetween(unreadable, back)).toEqual([]);
    const backWithIncident = await poll(unreadable, { ...quiet, [CLAUDE_SUMMARY]: CLAUDE_INCIDENT }, '2026-11-22T12:04:00Z');
    expect(summarize(eventsBetween(unreadable, backWithIncident))).toEqual([
      'incident_opened claude-api Elevated errors on platform.claude.com',
    ]);
  });

  it('a page unreadable for 30 minutes: one notice, when it crosses the line, not at every poll after', async () => {
    const down = { ...quiet, [CLAUDE_SUMMARY]: { status: 503, body: 'unavailable' } };
    let state = await poll({ version: 1, providers: {} }, quiet, '2026-11-22T12:00:00Z');
    const crossings: string[] = [];
    for (let minute = 2; minute <= 60; minute += 2) {
      const next = await poll(state, down, new Date(Date.parse('2026-11-22T12:00:00Z') + minute * 60_000).toISOString());
      for (const line of summarize(eventsBetween(state, next))) crossings.push(`${minute}: ${line}`);
      state = next;
    }
    // The first failure was at minute 2: 30 minutes later is minute 32.
    expect(UNREADABLE_NOTICE_AFTER_MS).toBe(30 * 60_000);
    expect(crossings).toEqual([
      '32: source_unreadable claude',
      '32: source_unreadable claude-code',
      '32: source_unreadable claude-api',
    ]);
  });

  it('an assistant no longer watched, or watched for the first time, has no events', async () => {
    const first = await poll({ version: 1, providers: {} }, quiet, '2026-11-22T12:00:00Z');
    const { chatgpt: _dropped, ...rest } = first.providers;
    const withoutChatgpt: State = { ...first, providers: rest };
    const second = await poll(withoutChatgpt, { ...quiet, [OPENAI_PAGE]: OPENAI_INCIDENT }, '2026-11-22T12:02:00Z');
    expect(eventsBetween(withoutChatgpt, second)).toEqual([]);
  });
});
