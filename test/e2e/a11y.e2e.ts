import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everyPlatformAnswers } from '../fake-server/baseline';
import { screenshot } from './browser';
import { useRadarSession } from './radar-session';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run inside the real page. The extension's CSP forbids inline scripts; page.evaluate goes through
 * the DevTools protocol, which the CSP does not apply to, so the shipped page is audited unchanged.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('look and access: light and dark, axe-core, keyboard', () => {
  // Every platform at once: eight assistants affected, incidents of every kind, a fallback source.
  const session = useRadarSession({ answers: everyPlatformAnswers, popup: true, options: true });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup in ${scheme}: no axe-core violations`, async () => {
      await session.popup.emulateMedia({ colorScheme: scheme });
      await session.popup.locator('section.attention article').first().waitFor();
      expect(await axeViolations(session.popup)).toEqual([]);
      await screenshot(session.popup, `popup-${scheme}.png`);
    });

    it(`the options page in ${scheme}: no axe-core violations`, async () => {
      await session.options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(session.options)).toEqual([]);
      await screenshot(session.options, `options-${scheme}.png`);
    });
  }

  it('the popup is readable at 320 and at 800 px wide: nothing overflows sideways', async () => {
    for (const width of [320, 800]) {
      await session.popup.setViewportSize({ width, height: 600 });
      const overflow = await session.popup.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    }
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
