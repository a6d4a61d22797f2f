import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showcaseDayToday } from '../fake-server/baseline';
import { axeViolations } from './axe';
import { RESULTS_DIR } from './browser';
import { POPUP_SIZE } from './first-screen';
import { useRadarSession } from './radar-session';

/**
 * The 90 days in the shipped build (issue 16): the fake server answers the history endpoints (the synthetic
 * Statuspage showcase moved to end today, the real Flashduty structure and incident lists), the worker reads
 * each page once after its poll, and the popup draws every watched assistant's strip from its own components.
 */
describe('ninety days at a glance, end to end', () => {
  const session = useRadarSession({ popup: true });
  const now = Date.now();
  const dayMark = (provider: string, day: string) =>
    session.popup.locator(`.history__row[data-provider="${provider}"] button[data-day="${day}"]`);

  async function openHistory(): Promise<void> {
    const section = session.popup.locator('details.history');
    await section.waitFor({ timeout: 15_000 });
    if (!(await section.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await session.popup.locator('summary.history__summary').click();
    }
    await session.popup.locator('.history__row[data-provider="claude"]').waitFor();
  }

  it('draws claude.ai’s own outage day on Claude’s strip and not on Claude Code’s, named for screen readers', async () => {
    await openHistory();
    const july30 = showcaseDayToday('2026-07-30', now);
    const september22 = showcaseDayToday('2026-09-22', now);
    await expect
      .poll(() => dayMark('claude', july30).getAttribute('aria-label'))
      .toMatch(/: Major outage, 30 min — Elevated errors on claude\.ai$/);
    expect(await dayMark('claude-code', july30).getAttribute('aria-label')).toMatch(/: Operational$/);
    expect(await dayMark('claude-code', september22).getAttribute('aria-label')).toMatch(
      /: Partial outage, 1 h 14 min — Elevated errors for multiple models$/,
    );
    // The page's own uptime, only where it publishes one.
    const claudeRow = session.popup.locator('.history__row[data-provider="claude"]');
    await expect.poll(() => claudeRow.textContent()).toContain('99.9');
  });

  it('reaches the days by keyboard: one tab stop per strip, arrows move, and the day is written out', async () => {
    await openHistory();
    const strip = session.popup.locator('.history__row[data-provider="claude"] [role="toolbar"]');
    const stops = await strip.locator('button[tabindex="0"]').count();
    expect(stops).toBe(1);
    await strip.locator('button[tabindex="0"]').focus();
    await session.popup.keyboard.press('Home');
    const first = await session.popup.evaluate(() => document.activeElement?.getAttribute('data-day'));
    await session.popup.keyboard.press('ArrowRight');
    const second = await session.popup.evaluate(() => document.activeElement?.getAttribute('data-day'));
    expect(first && second && second > first).toBe(true);
    const label = await session.popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect
      .poll(() => session.popup.locator('.history__row[data-provider="claude"] .strip__label').textContent())
      .toBe(label);
  });

  it('fits at 400×600 and at 320 wide: nothing overflows sideways, no axe-core violation with the section open', async () => {
    await openHistory();
    for (const width of [POPUP_SIZE.width, 320]) {
      await session.popup.setViewportSize({ width, height: POPUP_SIZE.height });
      const overflow = await session.popup.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      expect(await axeViolations(session.popup), `${width} px`).toEqual([]);
    }
    // What a person sees, scrolled down to the section at the toolbar's size.
    await session.popup.setViewportSize(POPUP_SIZE);
    await session.popup.locator('details.history').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    mkdirSync(RESULTS_DIR, { recursive: true });
    await session.popup.screenshot({ path: join(RESULTS_DIR, 'popup-history.png') });
  });
});
