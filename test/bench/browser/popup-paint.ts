import type { BrowserContext } from 'playwright-core';
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

/** Both popups opened POPUP_OPENS times each, turn about (so that a slower moment of the machine hits both), after one warm-up. */
export async function popupPaintFigures(
  context: BrowserContext,
  ours: LoadedExtension,
  reference: LoadedExtension,
): Promise<string[]> {
  const times: Record<LoadedExtension['label'], number[]> = { ours: [], reference: [] };
  await paintOnce(context, ours.url(ours.popupPath));
  await paintOnce(context, reference.url(reference.popupPath));
  for (let open = 0; open < POPUP_OPENS; open += 1) {
    times.ours.push(await paintOnce(context, ours.url(ours.popupPath)));
    times.reference.push(await paintOnce(context, reference.url(reference.popupPath)));
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
  ];
}
