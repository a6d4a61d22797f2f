import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/find-browser';
import { isRecord } from '../../src/core/fetch/fields';
import type { Settings, Severity, State } from '../../src/core/model';
import { joinTimes, type StoredTimes } from '../../src/core/state/times';
import { BADGE_COLORS } from '../../src/core/view/badge';

/** The shipped Chrome build, loaded unmodified. `npm run test:e2e` builds it first. */
export const DIST = resolve(import.meta.dirname, '../../dist/chrome');
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results');

/**
 * The few extension APIs the tests call inside the browser (there are no chrome typings in the project).
 * Declared here only: the callbacks passed to evaluate() run in the extension, where `chrome` exists.
 */
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
    getTitle(details: object): Promise<string>;
  };
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> };
};

export interface Radar {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Headless Chromium or Chrome (whichever findChromium finds) with the extension loaded, every host name sent to
 * the fake status server on `port`, and its self-signed certificate accepted, its interface in `language`. Start
 * the server first: the worker polls on install.
 */
export interface LaunchOptions {
  /** The browser's interface language, which chrome.i18n and Intl follow. */
  language?: string;
  /** More Chromium switches. */
  extraArgs?: readonly string[];
  /** Another copy of the build to load; the shipped one by default. */
  extensionDir?: string;
  /**
   * More unpacked extensions to load beside it (the bench's reference extension). Radar.worker stays the one
   * of `extensionDir`, told apart by its manifest's service worker script, which no other may share.
   */
  alsoLoad?: readonly string[];
}

/**
 * A browser launched against a started fake server, and `use` run on it; what it builds closes both. If the
 * launch or `use` fails, both are closed before the error goes on, so a failed start leaves no browser or port.
 */
export async function withServedBrowser<B extends { close(): Promise<void> }, T extends object>(
  server: { close(): Promise<void> },
  launch: () => Promise<B>,
  use: (browser: B) => Promise<T>,
): Promise<T & { close(): Promise<void> }> {
  let browser: B | undefined;
  try {
    browser = await launch();
    const opened = browser;
    const built = await use(opened);
    return {
      ...built,
      async close() {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

export async function launchRadar(
  port: number,
  { language = 'en-US', extraArgs = [], extensionDir = DIST, alsoLoad = [] }: LaunchOptions = {},
): Promise<Radar> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no build at ${extensionDir}: run npm run build`);
  for (const dir of alsoLoad) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension at ${dir}`);
  const loaded = [extensionDir, ...alsoLoad].join(',');
  // CHROMIUM_PATH or CHROME_PATH, else the usual install paths; throws saying what to install (scripts/find-browser.ts).
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'ai-outage-radar-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: 404, height: 700 },
      colorScheme: 'light',
      locale: language,
      // Chromium on Linux takes its UI language, the one chrome.i18n answers in, from the environment.
      env: { ...process.env, LANGUAGE: language.replace('-', '_') },
      timeout: 30_000,
      args: [
        `--lang=${language}`,
        `--disable-extensions-except=${loaded}`,
        `--load-extension=${loaded}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
        '--ignore-certificate-errors',
        ...extraArgs,
      ],
    });
    const worker =
      alsoLoad.length === 0
        ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
        : await serviceWorkerOf(context, extensionDir, alsoLoad);
    const extensionId = new URL(worker.url()).host;
    const opened = context;
    return {
      context: opened,
      worker,
      extensionId,
      async close() {
        await opened.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The path of the service worker script an unpacked extension's manifest names. */
function serviceWorkerScript(extensionDir: string): string {
  // Read for one field and checked right here: a manifest without it is reported, not guessed at.
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: unknown };
  };
  const script = manifest.background?.service_worker;
  if (typeof script !== 'string') throw new Error(`${extensionDir}/manifest.json names no background.service_worker`);
  return `/${script.replace(/^\//, '')}`;
}

/** `extensionDir`'s worker, among the workers of every extension loaded: the one running its manifest's script. */
async function serviceWorkerOf(context: BrowserContext, extensionDir: string, others: readonly string[]): Promise<Worker> {
  const script = serviceWorkerScript(extensionDir);
  if (others.some((dir) => serviceWorkerScript(dir) === script))
    throw new Error(`another extension loaded also runs ${script}: its worker could not be told from the radar's`);
  const isOurs = (worker: Worker) => new URL(worker.url()).pathname === script;
  return (
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }))
  );
}

/** The popup, opened as a tab (the toolbar button cannot be clicked headless). */
export async function openPopup(radar: Radar): Promise<Page> {
  const page = await radar.context.newPage();
  await page.goto(`chrome-extension://${radar.extensionId}/src/popup/index.html`);
  await page.locator('main.popup').waitFor({ timeout: 10_000 });
  return page;
}

export interface OptionsPageOptions {
  /** The tab's size; the context's 404 × 700 unless said. */
  viewport?: { width: number; height: number };
  /** The element whose presence says the page is up; the page's main element unless said. */
  readySelector?: string;
}

/** The options page, opened as a tab. */
export async function openOptions(
  radar: Radar,
  { viewport, readySelector = 'main.options' }: OptionsPageOptions = {},
): Promise<Page> {
  const page = await radar.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${radar.extensionId}/src/options/index.html`);
  await page.locator(readySelector).first().waitFor({ timeout: 10_000 });
  return page;
}

export interface BadgeSeen {
  text: string;
  /** [r, g, b, a] */
  color: number[];
  /** The tooltip's lines, sorted: which lines are there is tested, their order is presentation. */
  tooltip: string[];
}

export async function badgeOf(worker: Worker): Promise<BadgeSeen> {
  const seen = await worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: [...(await chrome.action.getBadgeBackgroundColor({}))],
    title: await chrome.action.getTitle({}),
  }));
  return { text: seen.text, color: seen.color, tooltip: seen.title.split('\n').sort() };
}

/** What the worker stored; undefined before its first poll ended. */
export async function storedState(where: Worker | Page): Promise<State | undefined> {
  // The body and its times (src/core/state/times), joined here as the extension joins them.
  // In one storage call: a poll writes both at once, and two reads could fall on either side of it.
  const read = () => chrome.storage.local.get(['state', 'checks']);
  // Both evaluate the function in the extension; their overloads only differ for an argument, which this has not.
  return stateOf(await (where as Worker).evaluate(read));
}

/** The State from its two stored parts, joined as the extension joins them. */
export function stateOf(parts: Record<string, unknown>): State | undefined {
  // Only the extension writes these keys, a State and its times.
  const body = parts.state as State | undefined;
  return body && joinTimes(body, parts.checks as StoredTimes | undefined);
}

/** The worker's answer to a refresh says only that the poll is done (src/browser/requests.ts). */
export function expectRefreshDone(answer: unknown): void {
  if (!isRecord(answer) || answer.done !== true) throw new Error(`the refresh was answered ${JSON.stringify(answer)}`);
}

/** Wait until the worker stored a State (its poll on install), so that later polls are not merged into that one. */
export async function waitForStoredState(worker: Worker, timeoutMs = 20_000): Promise<State> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await storedState(worker);
    if (state?.checkedAt) return state;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the worker stored no State within ${timeoutMs} ms`);
}

/** Ask the worker for a poll the way the popup does; the answer says it is done, and the State is read from storage. */
export async function requestRefresh(page: Page): Promise<State> {
  expectRefreshDone(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' })));
  const state = await storedState(page);
  if (!state) throw new Error('the refresh finished and no State is stored');
  return state;
}

/**
 * Let the poll alarm fire `delayMs` from now, as it does on its own every period (a scheduled poll, which
 * lets failing sources wait), and answer with the State that poll stored.
 */
export async function runScheduledPoll(worker: Worker, delayMs = 0, timeoutMs = 20_000): Promise<State> {
  const before = (await storedState(worker))?.checkedAt;
  await worker.evaluate((when) => chrome.alarms.create('poll', { when, periodInMinutes: 2 }), Date.now() + delayMs);
  const deadline = Date.now() + delayMs + timeoutMs;
  while (Date.now() < deadline) {
    const state = await storedState(worker);
    if (state?.checkedAt && state.checkedAt !== before) return state;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the scheduled poll stored no new State in time');
}

/** Write Settings the way an options page does; the worker re-polls when they change. */
export async function saveSettings(page: Page, settings: Settings): Promise<void> {
  await page.evaluate(async (value) => chrome.storage.local.set({ settings: value }), settings);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** '#c2410c' -> [194, 65, 12, 255], the shape getBadgeBackgroundColor answers with. */
export function rgba(hex: string): number[] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [...match.slice(1, 4).map((pair) => Number.parseInt(pair, 16)), 255];
}

/**
 * The badge colour of each severity as the browser answers it. Built from the product's own table, so that the
 * end-to-end tests ask "is the badge the colour of a partial outage" (the hex values are pinned by a unit test).
 */
export const BADGE_RGBA: Readonly<Record<Severity, number[]>> = Object.fromEntries(
  Object.entries(BADGE_COLORS).map(([severity, hex]) => [severity, rgba(hex)]),
) as Record<Severity, number[]>; // fromEntries loses the keys; they are BADGE_COLORS's, which is Record<Severity, string>

/** Ids of the extension's notifications on screen (Chrome answers ids only). */
export async function notificationIds(worker: Worker): Promise<string[]> {
  return Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).sort();
}

/**
 * From now on (what it recorded before is cleared), the worker records the title and message of every notification it creates (in this worker
 * instance: a restarted worker starts a fresh record). Whichever namespace the polyfill ends up calling,
 * chrome.* or the browser's own browser.*, is wrapped.
 */
export async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    type Create = (...args: unknown[]) => unknown;
    const scope = globalThis as unknown as Record<string, { notifications?: { create: Create; recorded?: boolean } } | unknown[]>;
    if (!Array.isArray(scope.createdNotifications)) scope.createdNotifications = [];
    const record = scope.createdNotifications as unknown[];
    record.length = 0;
    for (const name of ['chrome', 'browser']) {
      const api = (scope[name] as { notifications?: { create: Create; recorded?: boolean } } | undefined)?.notifications;
      if (!api || api.recorded) continue;
      const original = api.create.bind(api);
      api.create = (...args: unknown[]) => {
        const options = args.find((arg) => typeof arg === 'object' && arg !== null) as { title?: string; message?: string };
        record.push({ title: options?.title, message: options?.message });
        return original(...args);
      };
      api.recorded = true;
    }
  });
}

export async function recordedNotifications(worker: Worker): Promise<{ title: string; message: string }[]> {
  return worker.evaluate(
    () => (globalThis as unknown as { createdNotifications?: { title: string; message: string }[] }).createdNotifications ?? [],
  );
}

/**
 * Stop the service worker the way the browser does when it idles (DevTools protocol), then wake it with a
 * message from `page`, as the popup would. Playwright keeps the same Worker handle for the new instance.
 */
export async function restartWorker(radar: Radar, page: Page): Promise<void> {
  const session = await radar.context.newCDPSession(page);
  const statuses: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions)
      if (version.scriptURL.startsWith(`chrome-extension://${radar.extensionId}/`)) statuses.push(version.runningStatus);
  });
  const reached = async (status: string) => {
    const deadline = Date.now() + 15_000;
    while (!statuses.includes(status)) {
      if (Date.now() > deadline) throw new Error(`the service worker never reached "${status}" (saw ${statuses.join(', ')})`);
      await new Promise((done) => setTimeout(done, 50));
    }
  };
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await reached('stopped');
  statuses.length = 0;
  // Any message wakes the worker; one it does not know changes nothing.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
  await reached('running');
  await session.detach();
}

/** One stored value, read from an extension page: unlike the worker's evaluate, it never wakes a stopped worker. */
export async function storedFromPage(page: Page, key: string): Promise<unknown> {
  return (await page.evaluate(async (name) => chrome.storage.local.get(name), key))[key];
}
