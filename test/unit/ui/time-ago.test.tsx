// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS, relativeTime, WEEK_MS } from '../../../src/core/time';
import { TimeAgo } from '../../../src/ui/TimeAgo';
import { text } from '../support/dom';
import { renderInEnglish } from '../support/views';

const NOW = Date.parse('2026-10-08T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('times as the popup tells them', () => {
  it('relative up to a few weeks', () => {
    expect(relativeTime(ago(20_000), NOW, 'en')).toBe('now');
    expect(relativeTime(ago(5 * MINUTE_MS), NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * HOUR_MS), NOW, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(DAY_MS), NOW, 'en')).toBe('yesterday');
    expect(relativeTime(ago(10 * DAY_MS), NOW, 'en')).toBe('10 days ago');
    expect(relativeTime(ago(3 * WEEK_MS), NOW, 'en')).toBe('3 weeks ago');
    expect(relativeTime(ago(4 * WEEK_MS), NOW, 'en')).toBe('4 weeks ago');
    expect(relativeTime(new Date(NOW + 10 * MINUTE_MS).toISOString(), NOW, 'en')).toBe('in 10 minutes');
  });

  it("a date beyond: fal's open incident of June 2022 is no count of days", () => {
    expect(relativeTime('2022-06-11T18:55:50.000Z', NOW, 'en')).toBe('Jun 11, 2022');
    expect(relativeTime(ago(4 * WEEK_MS + DAY_MS), NOW, 'en')).toBe('Sep 9, 2026');
  });

  it("in the user's language, relative and as a date", () => {
    expect(relativeTime(ago(3 * WEEK_MS), NOW, 'de')).toBe('vor 3 Wochen');
    expect(relativeTime(ago(3 * WEEK_MS), NOW, 'fr')).toBe('il y a 3 semaines');
    expect(relativeTime('2022-06-11T18:55:50.000Z', NOW, 'de')).toBe('11.06.2022');
    expect(relativeTime('2022-06-11T18:55:50.000Z', NOW, 'fr')).toBe('11 juin 2022');
  });

  it('an unreadable time says nothing', () => {
    expect(relativeTime('not a time', NOW, 'en')).toBe('');
    const root = renderInEnglish(<TimeAgo iso="not a time" />, NOW);
    expect(root.querySelector('time')).toBeNull();
  });

  it('the text says it relatively or as a date; the exact time is on hover', () => {
    const root = renderInEnglish(<TimeAgo iso="2022-06-11T18:55:50.000Z" template={(relative) => `Started ${relative}`} />, NOW);
    const time = root.querySelector('time');
    expect(text(time)).toBe('Started Jun 11, 2022');
    expect(time?.getAttribute('datetime')).toBe('2022-06-11T18:55:50.000Z');
    expect(time?.getAttribute('title')).toMatch(/Jun 11, 2022/);
  });
});
