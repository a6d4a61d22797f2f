import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLAUDE_INCIDENT, URLS } from '../fake-server/baseline';
import { fixture } from '../fake-server/server';
import { RESULTS_DIR, requestRefresh } from './browser';
import { useRadarSession } from './radar-session';

/**
 * The images the README and the two stores show, rendered from the shipped build during a real captured
 * incident (Claude's "Elevated errors on platform.claude.com"), at the sizes the stores ask for: screenshots
 * 1280×800, the Chrome Web Store's small tile 440×280, and the popup, light and dark, at the size a toolbar
 * shows it.
 *
 * Every run renders them into test-results/images; `UPDATE_IMAGES=1 npm run test:e2e` writes them into
 * docs/images, where they are committed. The test checks both: what this run made, and what is committed.
 * Pixels differ from machine to machine (fonts), so what the popup's first screen says is kept beside them as
 * text: an image that no longer shows what the popup says fails the run, and is made again.
 */
const DOCS_IMAGES = resolve(import.meta.dirname, '../../docs/images');
const OUT = process.env.UPDATE_IMAGES === '1' ? DOCS_IMAGES : join(RESULTS_DIR, 'images');
/** The first screen's answer as the popup image shows it: who is affected, and where to switch. */
const POPUP_WORDS = 'popup-first-screen.json';
const FIRST_SCREEN = '.headline__text, .best__link';

const ICON = readFileSync(resolve(import.meta.dirname, '../../public/icons/icon-128.png')).toString('base64');

const IMAGES = {
  'popup.png': { width: 400, height: 600 },
  'popup-dark.png': { width: 400, height: 600 },
  'store-screenshot-popup.png': { width: 1280, height: 800 },
  'store-screenshot-options.png': { width: 1280, height: 800 },
  'store-tile.png': { width: 440, height: 280 },
} as const;

/** A PNG's size, from its header: the width and height that open its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A store picture: words on the left, the popup as it really shows on the right, in the page's own colours. */
function storePage(popupPng: Buffer): string {
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: 1280px; height: 800px; display: flex; align-items: center; justify-content: center;
      gap: 72px; background: #eef1f6; font: 16px/1.4 system-ui, sans-serif; color: #1a1c20; }
    h1 { font-size: 44px; line-height: 1.15; margin: 0 0 20px; max-width: 520px; }
    p { font-size: 21px; margin: 0; max-width: 520px; color: #4b5260; }
    img.popup { width: 400px; height: 600px; border-radius: 10px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.18); }
    img.icon { width: 64px; height: 64px; margin-bottom: 24px; }
  </style><div><img class="icon" src="data:image/png;base64,${ICON}" alt="">
    <h1>Is it them or me? Know when your AI assistant is down.</h1>
    <p>The badge says who is affected, a notification tells you once, and the popup shows where to switch.</p>
  </div><img class="popup" src="data:image/png;base64,${popupPng.toString('base64')}" alt="">`;
}

function tilePage(): string {
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: 440px; height: 280px; display: flex; flex-direction: column; align-items: center;
      justify-content: center; gap: 14px; background: #16181d; color: #eceef2; font: 16px/1.3 system-ui, sans-serif; }
    img { width: 96px; height: 96px; } b { font-size: 30px; } span { font-size: 17px; color: #aeb4bf; }
  </style><img src="data:image/png;base64,${ICON}" alt=""><b>AI Outage Radar</b><span>Status of your AI assistants, at a glance</span>`;
}

async function render(page: Page, html: string, size: { width: number; height: number }, name: string): Promise<void> {
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.screenshot({ path: join(OUT, name) });
}

describe('the README and store images', () => {
  const session = useRadarSession({ popup: true, options: { viewport: IMAGES['store-screenshot-options.png'] } });

  it('renders each at its store size, from the shipped build during a real incident', async () => {
    mkdirSync(OUT, { recursive: true });
    session.server.serve(URLS.claude, fixture(CLAUDE_INCIDENT));
    await requestRefresh(session.popup);
    const { popup } = session;
    await popup.setViewportSize(IMAGES['popup.png']);
    await popup.locator('details.entry').first().waitFor();
    const popupPng = await popup.screenshot({ path: join(OUT, 'popup.png') });
    const words = await popup.locator(FIRST_SCREEN).allInnerTexts();
    expect(words.join(' ')).toContain('Switch to');
    writeFileSync(join(OUT, POPUP_WORDS), `${JSON.stringify(words, null, 2)}\n`);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(OUT, 'popup-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
    await session.options.reload();
    await session.options.locator('main.options').waitFor();
    await session.options.screenshot({ path: join(OUT, 'store-screenshot-options.png') });
    const canvas = await session.radar.context.newPage();
    await render(canvas, storePage(popupPng), IMAGES['store-screenshot-popup.png'], 'store-screenshot-popup.png');
    await render(canvas, tilePage(), IMAGES['store-tile.png'], 'store-tile.png');
    await canvas.close();
    for (const [name, size] of Object.entries(IMAGES)) expect(pngSize(join(OUT, name)), name).toEqual(size);
  });

  it('the committed images are there, at the same sizes, and show what the popup says now', () => {
    for (const [name, size] of Object.entries(IMAGES)) expect(pngSize(join(DOCS_IMAGES, name)), name).toEqual(size);
    const committed = JSON.parse(readFileSync(join(DOCS_IMAGES, POPUP_WORDS), 'utf8'));
    const now = JSON.parse(readFileSync(join(OUT, POPUP_WORDS), 'utf8'));
    expect(committed, 'docs/images is stale: make it again with UPDATE_IMAGES=1 npm run test:e2e').toEqual(now);
  });
});
