import type { BrowserContext } from 'playwright-core';
import { REFERENCE_SCRIPTED_POPUP } from './reference';
import { compared, median, milliseconds } from './report';
import type { LoadedExtension } from './session';

export const POPUP_OPENS = 20;

/**
 * The popup's first-contentful-paint, opened once in a fresh tab. The shipped popup's root is empty until
 * Preact renders into it, so its FCP is when its content is painted; the reference's is its static text.
 */
async function paintOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    // FCP can come after the load event (a module script renders later); wait for the entry itself.
    const handle = await page.waitForFunction(
      () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime,
      undefined,
      { timeout: 10_000, polling: 20 },
    );
    const value: unknown = await handle.jsonValue();
    if (typeof value !== 'number') throw new Error(`no first-contentful-paint in ${url}`);
    return value;
  } finally {
    await page.close();
  }
}

/**
 * Both popups opened POPUP_OPENS times each, turn about (so that a slower moment of the machine hits both),
 * after one warm-up; with them the reference's scripted popup, which paints what one storage read gives: no
 * popup whose content comes from storage can paint before it, so it is what our time is set against too.
 */
export async function popupPaintFigures(
  context: BrowserContext,
  ours: LoadedExtension,
  reference: LoadedExtension,
): Promise<string[]> {
  const pages = {
    ours: ours.url(ours.popupPath),
    reference: reference.url(reference.popupPath),
    scripted: reference.url(REFERENCE_SCRIPTED_POPUP),
  };
  const times: Record<keyof typeof pages, number[]> = { ours: [], reference: [], scripted: [] };
  for (const url of Object.values(pages)) await paintOnce(context, url);
  for (let open = 0; open < POPUP_OPENS; open += 1) {
    for (const [label, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
      times[label].push(await paintOnce(context, url));
    }
  }
  const spread = (values: number[]) => `${milliseconds(Math.min(...values))} to ${milliseconds(Math.max(...values))}`;
  return [
    compared(
      `Popup content painted after open, median of ${POPUP_OPENS}`,
      median(times.ours),
      median(times.reference),
      milliseconds,
      '≤ 1.25×',
    ),
    `  ours ${spread(times.ours)}; reference ${spread(times.reference)} (first-contentful-paint, from navigation start)`,
    compared(
      '  against the reference popup with one storage-reading script',
      median(times.ours),
      median(times.scripted),
      milliseconds,
    ),
    `  that scripted popup itself: ${(median(times.scripted) / median(times.reference)).toFixed(2)}× the static one (${spread(times.scripted)})`,
  ];
}
