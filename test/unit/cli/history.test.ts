import { describe, expect, it } from 'vitest';
import { figureLine, legendLine, rankingTable, renderHistory } from '../../../src/cli/history';
import { foldRecords } from '../../../src/core/history/fold/fold';
import { HISTORY_DAYS, type HistoryDay, type PageHistory } from '../../../src/core/history/model';
import { parseBetterstackHistory } from '../../../src/core/history/parsers/betterstack';
import type { AssistantHistory } from '../../../src/core/history/view/view';
import { reliabilityOf } from '../../../src/core/view/reliability';
import { readFixture } from '../../fixtures';
import { unwrap } from '../support/unwrap';

/**
 * `--history` as the terminal prints it, on status.huggingface.co's captured 90 days (three of its resources
 * standing in for assistants), the strip ending on the capture's last day, 2026-09-18 in New York.
 */
const PAGE: PageHistory = unwrap(
  parseBetterstackHistory(readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json')),
);
const NOW = Date.parse('2026-09-18T16:00:00.000Z');

function historyOf(providerId: string): AssistantHistory {
  const days = foldRecords(
    PAGE.records.filter((record) => record.componentId === providerId),
    { nowMs: NOW, timeZone: PAGE.timeZone },
  );
  return { providerId, days, uptimes: PAGE.uptimes.filter((uptime) => uptime.componentId === providerId), basis: 'page' };
}

const HUB = historyOf('84641');
const GIT = historyOf('84642');
const JOBS = historyOf('8951453');
const NAMES = { '84641': 'Hub', '84642': 'Git Hosting', '8951453': 'Jobs' };

/** A strip of operational days with marks at the given places (0 is the oldest of the 90). */
function strip(marks: Record<number, string>, length = HISTORY_DAYS, base = '▁'): string {
  return Array.from({ length }, (_, index) => marks[index] ?? base).join('');
}

// The Hub: down 2026-07-16, 08-06 and 08-31; in maintenance 09-02 and 09-16.
const HUB_STRIP = strip({ 25: '█', 46: '█', 71: '█', 73: '▂', 87: '▂' });
// Jobs: not monitored its first 16 days, in maintenance 07-08, down 07-16.
const JOBS_STRIP = `${'·'.repeat(16)}${strip({ 1: '▂', 9: '█' }, 74)}`;
/** Any ANSI colour code. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is looked for
const ANSI = /\x1b\[[0-9;]*m/g;

describe('renderHistory', () => {
  const text = renderHistory([HUB, GIT, JOBS], NAMES, { window: 90, color: false });
  const lines = text.split('\n');

  it('draws one mark a day, oldest first, beside each name', () => {
    expect(lines).toContain(`Hub          ${HUB_STRIP}`);
    expect(lines).toContain(`Git Hosting  ${strip({ 25: '█', 46: '█' })}`);
    expect(lines).toContain(`Jobs         ${JOBS_STRIP}`);
  });

  it('says what each mark means, in the extension’s words', () => {
    expect(lines[1]).toBe('Legend: ▁ Operational  ▂ Maintenance  ▄ Degraded  ▆ Partial outage  █ Major outage  · No data');
    expect(legendLine(false)).toBe(lines[1]);
  });

  it('labels each figure with what it counts, and the uptime the page publishes', () => {
    expect(lines).toContain(
      '  Last 90 days, by minutes: major outage 2 h 24 min; 3 trouble days, 3 with an outage; maintenance 3 h (not counted)',
    );
    expect(lines).toContain('  Uptime the page publishes: 99.88% over 90 days');
    expect(lines).toContain(
      '  Last 90 days, by minutes: major outage 49 min; 1 trouble day, 1 with an outage; maintenance 1 h (not counted); 16 days without data',
    );
  });

  it('ranks the assistants over 30 and 90 days, most reliable first, ties sharing a place', () => {
    const at = lines.indexOf(
      'Most reliable, last 30 days (fewer outage days, then fewer outage minutes, then fewer trouble days):',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '#  Assistant    Outage days  Trouble days   Major  Partial  Degraded  No data days',
      '1  Git Hosting            0             0   0 min    0 min     0 min             0',
      '1  Jobs                   0             0   0 min    0 min     0 min             0',
      '3  Hub                    1             1  10 min    0 min     0 min             0',
    ]);
    const ninety = rankingTable([HUB, GIT, JOBS], NAMES, 90).split('\n');
    expect(ninety.slice(2).map((line) => line.split(/\s{2,}/)[1])).toEqual(['Jobs', 'Git Hosting', 'Hub']);
    expect(text.endsWith(ninety.join('\n'))).toBe(true);
  });

  it('prints no colour codes without colour, and colours each run of a level once with it', () => {
    expect(text).not.toContain('\x1b');
    const coloured = renderHistory([HUB], NAMES, { window: 30, color: true });
    expect(coloured).toContain('\x1b[31m█\x1b[0m');
    expect(coloured).toContain(`\x1b[32m${'▁'.repeat(11)}\x1b[0m`); // 2026-08-20 to 08-30, one run
    expect(coloured.replace(ANSI, '')).toContain(`Hub  ${HUB_STRIP.slice(-30)}`);
  });

  it('shows the last 30 days when asked, and puts a strip too wide for the terminal under the name, wrapped', () => {
    const thirty = renderHistory([HUB], NAMES, { window: 30, color: false }).split('\n');
    expect(thirty).toContain(`Hub  ${HUB_STRIP.slice(-30)}`);
    expect(thirty).toContain(
      '  Last 30 days, by minutes: major outage 10 min; 1 trouble day, 1 with an outage; maintenance 3 h (not counted)',
    );
    const narrow = renderHistory([HUB], NAMES, { window: 90, color: false, width: 50 }).split('\n');
    expect(narrow.slice(3, 6)).toEqual(['Hub', `  ${HUB_STRIP.slice(0, 48)}`, `  ${HUB_STRIP.slice(48)}`]);
  });

  it('leaves out the uptime line where the page publishes none, and names an assistant by its id if unnamed', () => {
    const own = renderHistory([{ ...HUB, providerId: 'mine', uptimes: [], basis: 'own' }], {}, { window: 30, color: false });
    expect(own).not.toContain('Uptime');
    expect(own).toContain(`mine  ${HUB_STRIP.slice(-30)}`);
  });
});

describe('the figure line', () => {
  const day = (level: HistoryDay['level'], minutes: HistoryDay['minutes'] = {}): HistoryDay => ({
    day: 'd',
    level,
    minutes,
    titles: [],
  });
  const of = (days: HistoryDay[]) => figureLine(reliabilityOf({ providerId: 'x', days, uptimes: [], basis: 'page' }, 30));

  it('counts days, and no minutes, when a trouble day gave no duration', () => {
    const days = [
      ...Array.from({ length: 28 }, () => day('operational')),
      day('partial_outage'),
      day('degraded', { degraded: 9 }),
    ];
    expect(of(days)).toBe('Last 30 days, by days with incidents (no durations published): 2 trouble days, 1 with an outage');
  });

  it('says "no trouble" for a quiet month, and "no data" when nothing is known', () => {
    expect(of(Array.from({ length: 30 }, () => day('operational')))).toBe('Last 30 days, by minutes: no trouble');
    expect(of(Array.from({ length: 30 }, () => day('no_data')))).toBe('Last 30 days: no data');
  });
});
