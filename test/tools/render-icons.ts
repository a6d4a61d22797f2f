/**
 * Renders public/icons/icon.svg to the PNG sizes the manifest names, in headless Chromium.
 * Run by hand after changing the SVG: `npm run icons`. The PNGs are committed.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/find-browser';

const ICONS = resolve(import.meta.dirname, '../../public/icons');
const svg = readFileSync(resolve(ICONS, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox'],
});
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
    );
    writeFileSync(resolve(ICONS, `icon-${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
