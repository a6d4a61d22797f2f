// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldRecords } from '../../../../src/core/history/fold/fold';
import type { HistoryDay } from '../../../../src/core/history/model';
import { parseBetterstackHistory } from '../../../../src/core/history/parsers/betterstack';
import type { AssistantHistory } from '../../../../src/core/history/view/view';
import { translatorFrom } from '../../../../src/core/i18n';
import { HOUR_MS, MINUTE_MS } from '../../../../src/core/time';
import { HistoryStrip } from '../../../../src/popup/history/HistoryStrip';
import { LocaleContext } from '../../../../src/ui/i18n-context';
import { readFixture } from '../../../fixtures';
import { text } from '../../support/dom';
import { unwrap } from '../../support/unwrap';
import { renderInEnglish } from '../../support/views';

/**
 * One assistant's 90 days as a user meets them: marks that name their day, one tab stop, arrows between
 * days, the day written out under the strip, the published uptime only when there is one, and where the
 * days come from. The days are status.huggingface.co's own (Better Stack), folded as the worker folds them.
 */

// The evening of the capture's last day in the page's zone (America/New_York): the strip is 2026-06-21 to 2026-09-18.
const NOW = Date.parse('2026-09-18T20:00:00Z');
const HUB = '84641';
const JOBS = '8951453';
const page = unwrap(parseBetterstackHistory(readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json')));

/** One resource of the page as an assistant's history: its days and its own published uptime. */
function pageHistory(componentId: string, extra: Partial<AssistantHistory> = {}): AssistantHistory {
  return {
    providerId: 'huggingchat',
    days: foldRecords(
      page.records.filter((record) => record.componentId === componentId),
      { nowMs: NOW, timeZone: page.timeZone },
    ),
    uptimes: page.uptimes.filter((uptime) => uptime.componentId === componentId),
    basis: 'page',
    readAtMs: NOW - 10 * MINUTE_MS,
    ...extra,
  };
}

function show(history: AssistantHistory, now = NOW): HTMLElement {
  return renderInEnglish(<HistoryStrip history={history} name="HuggingChat" />, now);
}

const buttons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.strip__days button')];
const dayButton = (root: HTMLElement, day: string) => root.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`);
const shownLabel = (root: HTMLElement) => text(root.querySelector('.strip__label'));

function press(key: string): void {
  document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the 90-day strip', () => {
  it('is one mark a day, oldest first, in one toolbar named for the assistant', () => {
    const root = show(pageHistory(HUB));
    const marks = buttons(root);
    expect(marks).toHaveLength(90);
    expect(marks[0]?.dataset.day).toBe('2026-06-21');
    expect(marks.at(-1)?.dataset.day).toBe('2026-09-18');
    expect(root.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('HuggingChat: the last 90 days');
  });

  it('each day names itself: date, level word, the worst level’s minutes, the first title', () => {
    const root = show(pageHistory(HUB));
    const label = (day: string) => dayButton(root, day)?.getAttribute('aria-label');
    // The AWS outage of 2026-07-16: 131 minutes down, named by its report.
    expect(label('2026-07-16')).toBe('Jul 16: Major outage, 2 h 11 min — Hub unavailable');
    expect(label('2026-08-06')).toBe('Aug 6: Major outage, 3 min');
    expect(label('2026-09-16')).toBe('Sep 16: Maintenance, 2 h — Scheduled maintenance: Hub');
    expect(label('2026-09-17')).toBe('Sep 17: Operational');
  });

  it('colour is not the only signal: each mark carries its level for its shape', () => {
    const root = show(pageHistory(HUB));
    expect(dayButton(root, '2026-07-16')?.className).toContain('strip__day--major_outage');
    expect(dayButton(root, '2026-09-16')?.className).toContain('strip__day--maintenance');
    expect(dayButton(root, '2026-09-17')?.className).toContain('strip__day--operational');
    expect(root.querySelectorAll('.strip__day .strip__mark')).toHaveLength(90);
  });

  it('days the page did not watch say "No data", never operational', () => {
    const root = show(pageHistory(JOBS));
    expect(dayButton(root, '2026-06-21')?.getAttribute('aria-label')).toBe('Jun 21: No data');
    expect(dayButton(root, '2026-06-21')?.dataset.level).toBe('no_data');
    expect(buttons(root).filter((button) => button.dataset.level === 'no_data')).toHaveLength(16);
    expect(dayButton(root, '2026-07-07')?.getAttribute('aria-label')).toBe('Jul 7: Operational');
  });

  it('one tab stop, on the latest day, whose label is written under the strip', () => {
    const root = show(pageHistory(HUB));
    const stops = buttons(root).filter((button) => button.tabIndex === 0);
    expect(stops.map((button) => button.dataset.day)).toEqual(['2026-09-18']);
    expect(buttons(root).filter((button) => button.tabIndex === -1)).toHaveLength(89);
    expect(shownLabel(root)).toBe('Sep 18: Operational');
  });

  it('ArrowLeft, ArrowRight, Home and End move the focus and the one tab stop, and the label follows', async () => {
    const root = show(pageHistory(HUB));
    dayButton(root, '2026-09-18')?.focus();
    press('ArrowLeft');
    expect(document.activeElement).toBe(dayButton(root, '2026-09-17'));
    await vi.waitFor(() => expect(shownLabel(root)).toBe('Sep 17: Operational'));
    expect(
      buttons(root)
        .filter((button) => button.tabIndex === 0)
        .map((button) => button.dataset.day),
    ).toEqual(['2026-09-17']);

    press('Home');
    expect(document.activeElement).toBe(dayButton(root, '2026-06-21'));
    await vi.waitFor(() => expect(shownLabel(root)).toBe('Jun 21: Operational'));
    // At the first day, ArrowLeft stays there.
    press('ArrowLeft');
    expect(document.activeElement).toBe(dayButton(root, '2026-06-21'));

    press('End');
    expect(document.activeElement).toBe(dayButton(root, '2026-09-18'));
    press('ArrowRight');
    expect(document.activeElement).toBe(dayButton(root, '2026-09-18'));
    press('ArrowLeft');
    press('ArrowLeft');
    expect(document.activeElement).toBe(dayButton(root, '2026-09-16'));
    await vi.waitFor(() => expect(shownLabel(root)).toBe('Sep 16: Maintenance, 2 h — Scheduled maintenance: Hub'));
    expect(buttons(root).filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it('a day under the pointer is written out, and the focused one again when the pointer leaves', async () => {
    const root = show(pageHistory(HUB));
    dayButton(root, '2026-07-16')?.dispatchEvent(new MouseEvent('mouseenter'));
    await vi.waitFor(() => expect(shownLabel(root)).toBe('Jul 16: Major outage, 2 h 11 min — Hub unavailable'));
    root.querySelector('[role="toolbar"]')?.dispatchEvent(new MouseEvent('mouseleave'));
    await vi.waitFor(() => expect(shownLabel(root)).toBe('Sep 18: Operational'));
  });

  it('shows the uptime the page publishes for the component, labelled with what it covers', () => {
    const root = show(pageHistory(HUB));
    expect(text(root.querySelector('.strip__uptime'))).toBe('99.88% uptime (90 days, as the page publishes it)');
    expect(text(root.querySelector('.strip__basis'))).toBe("Days from the status page's history");
  });

  it('of several published uptimes, the lowest, saying it is the lowest of how many', () => {
    const root = show(pageHistory(HUB, { uptimes: [...page.uptimes] }));
    expect(text(root.querySelector('.strip__uptime'))).toBe(
      '99.88% uptime, the lowest of 8 components (90 days, as the page publishes it)',
    );
  });

  it('no uptime at all where the page publishes none: none is ever worked out', () => {
    const root = show(pageHistory(HUB, { uptimes: [] }));
    expect(root.querySelector('.strip__uptime')).toBeNull();
    expect(text(root)).not.toContain('%');
  });

  it('a copy the page could not refresh says how old it is', () => {
    const root = show(pageHistory(HUB, { readAtMs: NOW - 5 * HOUR_MS, failedAtMs: NOW - 10 * MINUTE_MS }));
    expect(text(root.querySelector('.strip__stale'))).toBe('History from 5 hours ago; the page could not be read since');
  });

  it('no age note once a read succeeded after the failure; a page never read says so', () => {
    const recovered = show(pageHistory(HUB, { readAtMs: NOW - 5 * MINUTE_MS, failedAtMs: NOW - HOUR_MS }));
    expect(recovered.querySelector('.strip__stale')).toBeNull();
    const { readAtMs: _none, ...neverRead } = pageHistory(HUB, { failedAtMs: NOW - HOUR_MS });
    expect(text(show(neverRead).querySelector('.strip__stale'))).toBe("The page's history could not be read");
  });
});

describe('the radar’s own record', () => {
  const quiet = (day: string): HistoryDay => ({ day, level: 'operational', minutes: {}, titles: [] });
  const keys = pageHistory(HUB).days.map((day) => day.day);
  // Installed on 2026-09-10; on 2026-09-12 a degraded stretch, and 35 minutes the page could not be read.
  const days = keys.map((day): HistoryDay => {
    if (day < '2026-09-10') return { day, level: 'no_data', minutes: {}, titles: [] };
    if (day === '2026-09-12') {
      return { day, level: 'degraded', minutes: { degraded: 20 }, titles: ['Slow responses'], uncheckedMinutes: 35 };
    }
    return quiet(day);
  });
  const own: AssistantHistory = { providerId: 'huggingchat', days, uptimes: [], basis: 'own' };

  it('says the days are its own since its first day, and names unchecked minutes as such', () => {
    const root = show(own);
    expect(text(root.querySelector('.strip__basis'))).toBe("Days from the radar's own record since Sep 10, 2026");
    expect(dayButton(root, '2026-09-12')?.getAttribute('aria-label')).toBe(
      'Sep 12: Degraded, 20 min, not checked for 35 min — Slow responses',
    );
    expect(dayButton(root, '2026-09-09')?.getAttribute('aria-label')).toBe('Sep 9: No data');
  });

  it('a day whose trouble is still going on says its minutes are so far', () => {
    const last = days.at(-1);
    if (!last) throw new Error('no days');
    const ongoing: HistoryDay = {
      ...last,
      level: 'partial_outage',
      minutes: { partial_outage: 50 },
      titles: ['API errors'],
      ongoing: true,
    };
    const root = show({ ...own, days: [...days.slice(0, -1), ongoing] });
    expect(last.day).toBe('2026-09-18');
    expect(dayButton(root, last.day)?.getAttribute('aria-label')).toBe(
      'Sep 18: Partial outage, 50 min so far, still going on — API errors',
    );
  });

  it('a day the user’s own requests failed says so, after what the page says of it', () => {
    const last = days.at(-1);
    if (!last) throw new Error('no days');
    const root = show({ ...own, days: [...days.slice(0, -1), { ...last, ownFailures: true }] });
    expect(dayButton(root, last.day)?.getAttribute('aria-label')).toBe('Sep 18: Operational · your own requests failed');
  });

  it('a record with no day yet says so', () => {
    const empty = { ...own, days: days.map((day) => ({ ...day, level: 'no_data' as const, minutes: {}, titles: [] })) };
    expect(text(show(empty).querySelector('.strip__basis'))).toBe("The radar's own record has no day yet");
  });

  it('feed text stays text: a title with markup is shown as written, and makes no element', () => {
    const hostile = '<img src=x onerror=alert(1)>Outage';
    const root = show({ ...own, days: days.map((day) => (day.day === '2026-09-18' ? { ...day, titles: [hostile] } : day)) });
    expect(shownLabel(root)).toBe(`Sep 18: Operational — ${hostile}`);
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('in the UI language', () => {
  it('German: the date, the level word and the duration as German writes them', () => {
    const german = translatorFrom(JSON.parse(readFileSync('public/_locales/de/messages.json', 'utf8')));
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <LocaleContext.Provider value={{ t: german, language: 'de', now: NOW }}>
        <HistoryStrip history={pageHistory(HUB)} name="HuggingChat" />
      </LocaleContext.Provider>,
      root,
    );
    expect(dayButton(root, '2026-07-16')?.getAttribute('aria-label')).toBe(
      '16. Juli: Schwerer Ausfall, 2 Std. 11 Min. – Hub unavailable',
    );
    expect(text(root.querySelector('.strip__uptime'))).toBe('99,88 % Verfügbarkeit (90 Tage, wie die Seite sie angibt)');
  });
});
