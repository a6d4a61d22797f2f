/**
 * The shipped Firefox build (dist/firefox, unmodified) in headless Firefox, driven by puppeteer-core over
 * WebDriver BiDi, behind the BrowserRadar interface of test/e2e/driver.ts.
 *
 * - browser.installExtension() installs it as a temporary add-on: its host_permissions are granted.
 * - extensions.webextensions.uuids fixes its moz-extension:// UUID, so its pages' URLs are known.
 * - --remote-allow-system-access lets the remote protocol open moz-extension pages; page.goto() on them then
 *   never resolves, so it is started and not awaited, and the page's own content is waited for.
 * - network.dns.localDomains sends the status hosts to 127.0.0.1, on the URL's own port: the fake status
 *   server listens on 443 (root, or CAP_NET_BIND_SERVICE). acceptInsecureCerts lets Firefox take its
 *   self-signed certificate.
 * - The extension's APIs are called from its popup, opened as a tab (the toolbar button cannot be clicked
 *   headless); the background page, which creates the notifications, is reached from there with
 *   runtime.getBackgroundPage(). A test of Firefox's own handling (its permission prompt, its event page)
 *   opens more tabs with FirefoxRadar.openTab, and its prefs with `extraPrefs`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/find-browser';
import { CATALOG } from '../../src/core/catalog/providers';
import type { State } from '../../src/core/model';
import { type Answer, startFakeStatusServer } from '../fake-server/server';
import { stateOf, withServedBrowser } from './browser';
import {
  attributeOf,
  type BrowserRadar,
  installNotificationRecorder,
  readBadge,
  readNotificationRecord,
  readStateParts,
  readStored,
  recordOrThrow,
  refreshFrom,
  sendRefresh,
  textsOf,
  waitForFirstState,
} from './driver';

/** The shipped Firefox build. `npm run test:e2e` builds it first. */
export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');

/** network.dns.localDomains keeps the URL's port, and every status URL is https on the default one. */
export const FIREFOX_SERVER_PORT = 443;

interface FirefoxManifest {
  action: { default_popup: string };
  browser_specific_settings: { gecko: { id: string } };
}

/** Every host the shipped catalog polls, and every host `answers` serves: all of them go to the fake server. */
export function statusHosts(answers: Record<string, Answer>): string[] {
  const urls = [...CATALOG.flatMap((provider) => provider.sources.map((source) => source.url)), ...Object.keys(answers)];
  return [...new Set(urls.map((url) => new URL(url).hostname))].sort();
}

export interface FirefoxLaunchOptions {
  /** Another copy of the build to install; the shipped one by default. */
  extensionDir?: string;
  /** More preferences for the new profile, beside the ones every run needs (they win over these). */
  extraPrefs?: Readonly<Record<string, string | number | boolean>>;
}

/** The radar in Firefox, with what a test of Firefox's own handling of the extension needs besides. */
export interface FirefoxRadar extends BrowserRadar {
  /** moz-extension://<uuid>, the UUID fixed at launch: where the extension's own pages are. */
  readonly extensionOrigin: string;
  /** A new tab on `url` (a web page or one of the extension's), once `readySelector` is in it. */
  openTab(url: string, readySelector: string): Promise<Page>;
}

/** An error and what caused it, down the chain puppeteer builds. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let link = error; link !== undefined && chain.length < 10; link = link instanceof Error ? link.cause : undefined) {
    chain.push(link);
  }
  return chain;
}

/**
 * Waits for a page's content. While the new tab turns into a moz-extension page, Firefox's WebDriver BiDi can
 * fail an evaluation in the page being replaced ("right-hand side of 'in' should be an object, got null", seen
 * once in CI), which ends puppeteer's wait at once: such a protocol error is waited past, not failed on.
 */
async function untilShown(page: Page, readySelector: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForSelector(readySelector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      const transient = causes(error).some((cause) => /Protocol error/.test(String(cause)));
      if (!transient || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A new tab on `url`, once `readySelector` is in it; throws if Firefox ended up anywhere else. */
async function openTab(browser: Browser, url: string, readySelector: string): Promise<Page> {
  const page = await browser.newPage();
  // Never resolves for a moz-extension page (see above); it rejects when the browser closes.
  if (url.startsWith('moz-extension:')) page.goto(url).catch(() => undefined);
  else await page.goto(url);
  await untilShown(page, readySelector);
  const href = await page.evaluate(() => location.href);
  if (href !== url) throw new Error(`Firefox opened ${href}, not ${url}`);
  return page;
}

export async function launchFirefoxRadar(
  answers: Record<string, Answer>,
  { extensionDir = FIREFOX_DIST, extraPrefs = {} }: FirefoxLaunchOptions = {},
): Promise<FirefoxRadar> {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${extensionDir}: run npm run build`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as FirefoxManifest;
  // FIREFOX_PATH, else the usual install paths (/usr/bin/firefox-esr on Debian); throws saying what to install.
  const executablePath = findFirefox();
  const server = await startFakeStatusServer(answers, { port: FIREFOX_SERVER_PORT });
  const uuid = randomUUID();
  return await withServedBrowser<Browser, Omit<FirefoxRadar, 'close'>>(
    server,
    () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        acceptInsecureCerts: true,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          ...extraPrefs,
          'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: uuid }),
          'network.dns.localDomains': statusHosts(answers).join(','),
          // The popup's words are checked in English, whatever the machine's locale.
          'intl.locale.requested': 'en-US',
        },
        timeout: 30_000,
      }),
    async (browser) => {
      await browser.installExtension(extensionDir);
      const extensionOrigin = `moz-extension://${uuid}`;
      const popup = await openTab(browser, `${extensionOrigin}/${manifest.action.default_popup}`, 'main.popup');
      const stored = async <T>(key: string) => (await popup.evaluate(readStored, key)) as T | undefined;
      const firstState = await waitForFirstState(async () => stateOf(await popup.evaluate(readStateParts)), 'Firefox');
      return firefoxRadar(browser, extensionOrigin, popup, server, firstState, stored);
    },
  );
}

function firefoxRadar(
  browser: Browser,
  extensionOrigin: string,
  popup: Page,
  server: BrowserRadar['server'],
  firstState: State,
  stored: BrowserRadar['stored'],
): Omit<FirefoxRadar, 'close'> {
  return {
    browserName: 'Firefox',
    extensionOrigin,
    openTab: (url, readySelector) => openTab(browser, url, readySelector),
    server,
    firstState,
    stored,
    badge: () => popup.evaluate(readBadge),
    refresh: () =>
      refreshFrom(
        () => popup.evaluate(sendRefresh),
        async () => stateOf(await popup.evaluate(readStateParts)),
      ),
    popupTexts: (selector) => popup.evaluate(textsOf, selector),
    popupAttribute: (selector, name) => popup.evaluate(attributeOf, [selector, name] as [string, string]),
    // Run in the popup, the recorder reaches the background page; its wrapper lives in the popup, which stays open.
    recordNotifications: () => popup.evaluate(installNotificationRecorder),
    notificationsCreated: async () => recordOrThrow(await popup.evaluate(readNotificationRecord), 'Firefox'),
    notificationsOnScreen: undefined,
  };
}
