import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './browser';

/** About what a toolbar shows of a popup (issue 14): what must answer without scrolling. */
export const POPUP_SIZE = { width: 400, height: 600 } as const;

/**
 * The popup as a person sees it when it opens: the page at the toolbar's size, scrolled to the top, and
 * only that much of it (not the full page), saved into test-results.
 */
export async function firstScreen(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.setViewportSize(POPUP_SIZE);
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = join(RESULTS_DIR, name);
  await page.screenshot({ path });
  return path;
}

/**
 * Where the best alternative's link (the first, for the worst-affected kind) ends, in px from the top of
 * the popup opened at 600 px high (and 400 wide, unless said): on the first screen when it is at most 600.
 */
export async function bestAlternativeBottom(page: Page, width: number = POPUP_SIZE.width): Promise<number> {
  await page.setViewportSize({ width, height: POPUP_SIZE.height });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator('section.best a.best__link').first().boundingBox();
  if (!box) throw new Error('no best alternative is shown');
  return box.y + box.height;
}
