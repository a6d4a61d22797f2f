import { describe, expect, it } from 'vitest';
import { everyPlatformAnswers } from '../fake-server/baseline';
import { axeViolations } from './axe';
import { screenshot } from './browser';
import { firstScreen } from './first-screen';
import { useRadarSession } from './radar-session';

describe('look and access: light and dark, axe-core, keyboard', () => {
  // Every platform at once: eight assistants affected, incidents of every kind, a fallback source.
  const session = useRadarSession({ answers: everyPlatformAnswers, popup: true, options: true });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup in ${scheme}: no axe-core violations, rows closed and open`, async () => {
      await session.popup.emulateMedia({ colorScheme: scheme });
      await session.popup.locator('section.attention details.entry').first().waitFor();
      await firstScreen(session.popup, `popup-${scheme}.png`);
      expect(await axeViolations(session.popup)).toEqual([]);
      // The detail of every row, audited too.
      await session.popup.evaluate(() => {
        for (const row of document.querySelectorAll('details.entry')) row.setAttribute('open', '');
      });
      expect(await axeViolations(session.popup)).toEqual([]);
      await session.popup.evaluate(() => {
        for (const row of document.querySelectorAll('details.entry')) row.removeAttribute('open');
      });
    });

    it(`the options page in ${scheme}: no axe-core violations`, async () => {
      await session.options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(session.options)).toEqual([]);
      await screenshot(session.options, `options-${scheme}.png`);
    });
  }

  it('the popup is readable at 320 and at 800 px wide: nothing overflows sideways, no axe-core violation', async () => {
    await session.popup.emulateMedia({ colorScheme: 'light' });
    for (const width of [320, 800]) {
      await session.popup.setViewportSize({ width, height: 600 });
      const overflow = await session.popup.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      expect(await axeViolations(session.popup), `${width} px`).toEqual([]);
    }
  });

  it('names never break inside a word, at 320 px: each word of each name stays on one line', async () => {
    await session.popup.setViewportSize({ width: 320, height: 600 });
    const broken = await session.popup.evaluate(() => {
      const found: string[] = [];
      for (const name of document.querySelectorAll('.entry__name, .switch__name, .others__name, .best__action')) {
        const text = name.textContent ?? '';
        // Each word's letters on one line: a range around the word has a single line box.
        const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index ?? 0);
            range.setEnd(node, (match.index ?? 0) + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(`${match[0]} in ${text}`);
          }
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
  });

  it('the popup by keyboard: focus starts at the best alternative; a row opens and closes with Enter', async () => {
    await session.popup.setViewportSize({ width: 400, height: 600 });
    await session.popup.reload();
    await session.popup.locator('section.best').waitFor();
    expect(await session.popup.evaluate(() => document.activeElement?.textContent)).toContain('Switch to Claude');
    const row = session.popup.locator('details.entry').first();
    await row.locator('summary.entry__summary').focus();
    await session.popup.keyboard.press('Enter');
    await expect.poll(() => row.getAttribute('open')).toBe('');
    await session.popup.keyboard.press('Enter');
    await expect.poll(() => row.getAttribute('open')).toBeNull();
    expect(await session.popup.getByRole('button', { name: 'Settings', exact: true }).count()).toBe(1);
  });

  it('the options page by keyboard alone: Tab reaches every control, each with a visible focus ring', async () => {
    await session.options.emulateMedia({ colorScheme: 'light' });
    const controls = await session.options.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')].filter(
          (element) => !(element as HTMLButtonElement).disabled && element.offsetParent !== null,
        ).length,
    );
    await session.options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: { label: string; outline: string }[] = [];
    for (let step = 0; step < controls + 1; step++) {
      await session.options.keyboard.press('Tab');
      reached.push(
        await session.options.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const ring =
            style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
              ? 'outline'
              : style.boxShadow !== 'none'
                ? 'shadow'
                : 'none';
          return {
            label: `${element.tagName.toLowerCase()}#${element.id}:${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}`,
            outline: ring,
          };
        }),
      );
    }
    const distinct = new Set(reached.map((entry) => entry.label));
    expect(distinct.size).toBeGreaterThanOrEqual(controls);
    expect(reached.filter((entry) => entry.outline === 'none' && !entry.label.startsWith('body'))).toEqual([]);

    // A checkbox is operated with Space, and the change is saved.
    const checkbox = session.options.locator('input[type="checkbox"]').first();
    await checkbox.focus();
    const before = await checkbox.isChecked();
    await session.options.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(!before);
    await session.options.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(before);
  });
});
