import { describe, expect, it } from 'vitest';
import * as scope from '../../../../../src/core/catalog/scopes';
import type { HistoryDay } from '../../../../../src/core/history/model';
import { scopeHistory } from '../../../../../src/core/history/pages/scope';
import { parseIncidentList } from '../../../../../src/core/history/parsers/incident-list';
import { parseIncidentioHistory } from '../../../../../src/core/history/parsers/incidentio';
import { parseStatuspageUptime } from '../../../../../src/core/history/parsers/statuspage-uptime';
import { readFixture, readSynthetic } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';

const dayOf = (days: readonly HistoryDay[], key: string) => days.find((day) => day.day === key);

describe('a page’s history cut to one assistant', () => {
  const showcase = unwrap(parseStatuspageUptime(readSynthetic('synthetic-statuspage-uptime-showcase.json')));
  const nowMs = Date.parse('2026-09-22T12:00:00Z');

  it('gives claude.ai the day its own component was down, and not Claude Code (ChatGPT’s days are not the API’s)', () => {
    const claudeAi = scopeHistory(showcase, { componentIds: scope.CLAUDE_AI }, { nowMs, days: true });
    const claudeCode = scopeHistory(showcase, { componentIds: scope.CLAUDE_CODE }, { nowMs, days: true });
    expect(dayOf(claudeAi.days, '2026-07-30')).toMatchObject({
      level: 'major_outage',
      minutes: { partial_outage: 10, major_outage: 30 },
      titles: ['Elevated errors on claude.ai'],
    });
    expect(dayOf(claudeCode.days, '2026-07-30')).toMatchObject({ level: 'operational', minutes: {} });
    // The real incident of 22 Sep touched both.
    expect(dayOf(claudeCode.days, '2026-09-22')).toMatchObject({ level: 'partial_outage', minutes: { partial_outage: 74 } });
    expect(claudeAi.days).toHaveLength(90);
  });

  it('shows the page’s uptime only for the assistant’s own components, lowest first', () => {
    const api = scopeHistory(showcase, { componentIds: scope.CLAUDE_API }, { nowMs, days: true });
    expect(api.uptimes.map((uptime) => uptime.componentId)).toEqual(
      expect.arrayContaining([...scope.CLAUDE_API].filter((id) => showcase.uptimes.some((uptime) => uptime.componentId === id))),
    );
    expect(api.uptimes.every((uptime) => scope.CLAUDE_API.includes(uptime.componentId ?? ''))).toBe(true);
    expect(api.uptimes.map((uptime) => uptime.percent)).toEqual(
      [...api.uptimes.map((uptime) => uptime.percent)].sort((a, b) => a - b),
    );
  });

  it('reads a whole-page assistant (Groq) from every component', () => {
    const groq = unwrap(parseIncidentioHistory(readSynthetic('synthetic-incidentio-component-impacts.json')));
    const scoped = scopeHistory(groq, {}, { nowMs: Date.parse('2026-09-20T12:00:00Z'), days: false });
    expect(dayOf(scoped.days, '2026-07-01')).toMatchObject({ level: 'degraded', minutes: { degraded: 47 } });
    expect(dayOf(scoped.days, '2026-07-02')).toMatchObject({ level: 'operational' });
    expect(scoped.uptimes.every((uptime) => uptime.percent === 100)).toBe(true);
  });

  it('counts an incident of the list for the assistant whose component it names, with its title', () => {
    const list = unwrap(parseIncidentList(readFixture('statuspage/anthropic-incidents-history-excerpt-1.json')));
    const code = scopeHistory(list, { componentIds: scope.CLAUDE_CODE }, { nowMs, days: false });
    expect(dayOf(code.days, '2026-09-22')).toEqual({
      day: '2026-09-22',
      // Statuspage's impact "major" is a partial outage on the radar's scale, as the live reading says.
      level: 'partial_outage',
      minutes: { partial_outage: 98 },
      titles: ['Elevated errors for multiple models'],
    });
    const other = scopeHistory(list, { componentIds: ['not-on-this-page'] }, { nowMs, days: false });
    expect(dayOf(other.days, '2026-09-22')?.level).toBe('operational');
  });
});
