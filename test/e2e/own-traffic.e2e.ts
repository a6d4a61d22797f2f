import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings/settings';
import { baselineAnswers } from '../fake-server/baseline';
import { type Answer, httpError } from '../fake-server/server';
import { saveSettings, storedFromPage } from './browser';
import { readStored } from './driver';
import { type FirefoxRadar, launchFirefoxRadar } from './firefox';
import { useRadarSession } from './radar-session';

/**
 * The user's own requests (issue 17) in the shipped builds: a page on claude.ai (sent, like every host, to the
 * fake server) asks its completion endpoint, as the web app does; the background observes the answers. Claude's
 * page says operational. In Chromium the worker is granted `webRequest` and claude.ai at install, in a copy of
 * the build; in Firefox the user grants them in the options page, as the shipped build asks.
 */
const APP = 'https://claude.ai/';
const COMPLETION = 'https://claude.ai/api/organizations/4f1c2d/chat_conversations/9a2b7e/completion';
const LINE = 'Claude: your requests are failing · status page: Operational';

const appPage: Answer = {
  status: 200,
  body: '<!doctype html><html lang="en"><title>Claude</title><p>a stand-in for the web app</p></html>',
  contentType: 'text/html; charset=utf-8',
  delayMs: 0,
};
const ok: Answer = { status: 200, body: '{"completion":"Hello"}', contentType: 'application/json', delayMs: 0 };
const answers = () => ({ ...baselineAnswers(), [APP]: appPage, [COMPLETION]: httpError(500) });

/** A sample of the ring the background keeps under `ownTraffic` (core/traffic/model), as far as the tests read it. */
type KeptSample = { outcome: string };

describe('your own requests to Claude, end to end in Chromium', () => {
  const session = useRadarSession({
    answers,
    hostPermissions: ['https://claude.ai/*', 'https://chatgpt.com/*'],
    permissions: ['webRequest'],
    popup: true,
  });
  let app: Page;

  beforeAll(async () => {
    await saveSettings(session.popup, { ...defaultSettings(), ownTraffic: ['claude'] });
    app = await session.radar.context.newPage();
    await app.goto(APP);
  });

  /** The web app asks for an answer, as claude.ai does when the user sends a message. */
  const ask = () =>
    app.evaluate(async (url) => {
      await fetch(url, { method: 'POST', body: '{}' }).catch(() => undefined);
    }, COMPLETION);

  /** What the worker kept, read from the popup's page: reading storage does not wake the worker. */
  const kept = async () => {
    // Written by the worker under test as a TrafficRing (core/traffic/model).
    const ring = (await storedFromPage(session.popup, 'ownTraffic')) as { samples?: KeptSample[] } | undefined;
    return ring?.samples ?? [];
  };

  it('three failing requests are said beside the page’s word; one that succeeds clears it', async () => {
    for (let index = 0; index < 3; index += 1) await ask();
    await expect.poll(async () => (await session.badge()).tooltip, { timeout: 10_000 }).toContain(LINE);
    expect((await kept()).map((sample) => sample.outcome)).toEqual(['server_error', 'server_error', 'server_error']);
    // Nothing of the request is kept: no address, no id.
    expect(JSON.stringify(await kept())).not.toMatch(/4f1c2d|9a2b7e|claude\.ai/);
    session.server.serve(COMPLETION, ok);
    await ask();
    await expect.poll(async () => (await session.badge()).tooltip, { timeout: 10_000 }).not.toContain(LINE);
  });

  it('a stopped worker still observes: the browser wakes it for the requests it listens to', async () => {
    const before = (await kept()).length;
    const cdp = await session.radar.context.newCDPSession(session.popup);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions)
        if (version.scriptURL.startsWith(`chrome-extension://${session.radar.extensionId}/`))
          statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 15_000 }).toBe('stopped');
    session.server.serve(COMPLETION, httpError(503));
    for (let index = 0; index < 3; index += 1) await ask();
    await expect.poll(async () => (await kept()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 1);
    await cdp.detach();
  });

  it('turned on from the popup, in ChatGPT’s row (degraded in the baseline): the worker saves it, and the row says so', async () => {
    const popup = session.popup;
    await popup.reload();
    const row = popup.locator('details.entry[data-providers~="chatgpt"]');
    await row.locator('summary.entry__summary').click();
    // chatgpt.com is granted in this copy of the build: the browser answers at once, with no prompt to accept.
    await row.getByRole('button', { name: 'Warn me when my own requests to ChatGPT fail' }).click();
    await expect
      .poll(async () => {
        // Written by the worker as Settings (core/model).
        const settings = (await storedFromPage(popup, 'settings')) as { ownTraffic?: string[] } | undefined;
        return settings?.ownTraffic;
      })
      .toEqual(['claude', 'chatgpt']);
    await expect.poll(() => row.locator('.own-offer--on').textContent()).toBe('Your own requests to ChatGPT are watched.');
  });
});

/** The options page's checkbox for Claude (public/_locales/en/messages.json, optionsOwnTrafficLabel). */
const OPT_IN_LABEL = 'Warn me when my own requests to Claude fail';
/** What Firefox asks the user for when they tick it (src/browser/permissions.ts requestOwnTrafficPermission). */
const OWN_TRAFFIC_PERMISSIONS = { permissions: ['webRequest'], origins: ['https://claude.ai/*'] };
/**
 * Firefox suspends an idle event page after 30 s; this short a time lets the tests see it happen, and is still
 * far longer than the gaps between the steps that must find the page still running since the click.
 */
const IDLE_TIMEOUT_MS = 3_000;
/** The document Firefox generates for a manifest's background.scripts: the event page, while it is loaded. */
const BACKGROUND_PAGE_PATH = '/_generated_background_page.html';

/** The extension APIs the callbacks below call in Firefox's options page. Declared for their types only. */
interface FirefoxExtensionApi {
  permissions: { contains(permissions: { permissions: string[]; origins: string[] }): Promise<boolean> };
  extension: { getViews(): Window[] };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
}

/*
 * The callbacks below are serialised into the page by puppeteer's evaluate: they may use nothing from this
 * module. `browser` is the extension's own namespace there, which the DOM typings do not know.
 */

/** Runs in the options page: the id of the checkbox that the label reading `text` names, as the user finds it. */
const checkboxLabelled = (text: string): string | null =>
  [...document.querySelectorAll('label')].find((label) => label.textContent === text)?.htmlFor || null;

/** Runs in the options page: whether the box with that id is ticked. */
const isTicked = (id: string): boolean => {
  const box = document.getElementById(id);
  return box instanceof HTMLInputElement && box.checked;
};

/** Runs in an extension page. */
const holdsPermissions = (permissions: { permissions: string[]; origins: string[] }): Promise<boolean> =>
  (globalThis as unknown as { browser: FirefoxExtensionApi }).browser.permissions.contains(permissions);

/**
 * Runs in an extension page: whether the background page is loaded. getViews lists the extension's documents
 * open in this process, the event page among them until Firefox suspends it, and, unlike
 * runtime.getBackgroundPage() or a message, asking it does not start the page again.
 */
const isBackgroundLoaded = (path: string): boolean =>
  (globalThis as unknown as { browser: FirefoxExtensionApi }).browser.extension
    .getViews()
    .some((view) => view.location.pathname === path);

/** Runs in an extension page: the alarms set, each with when it fires next (an alarm also starts the page). */
const alarmsSet = (): Promise<{ name: string; scheduledTime: number }[]> =>
  (globalThis as unknown as { browser: FirefoxExtensionApi }).browser.alarms.getAll();

/** src/background/traffic.ts OBSERVER_START_ALARM, written out so that the test checks the shipped build. */
const OBSERVER_START_ALARM = 'own-traffic-observer-start';

/**
 * The same in Firefox's shipped build (dist/firefox, unmodified), where the background is an event page that
 * Firefox suspends when idle and starts again for the events it listens to. The user grants the permission in
 * the options page; Firefox's prompt is turned off by its pref, the click is still the user's gesture.
 */
describe('your own requests to Claude, end to end in Firefox', () => {
  let opened: FirefoxRadar | undefined;
  let openedOptions: FirefoxPage | undefined;
  let openedApp: FirefoxPage | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what}: the browser did not start (see the beforeAll error)`);
    return value;
  };
  const radar = () => ready(opened, 'Firefox radar');
  const options = () => ready(openedOptions, 'options page');
  const app = () => ready(openedApp, 'claude.ai page');

  beforeAll(async () => {
    opened = await launchFirefoxRadar(answers(), {
      extraPrefs: {
        'extensions.webextOptionalPermissionPrompts': false,
        'extensions.background.idle.timeout': IDLE_TIMEOUT_MS,
      },
    });
    openedOptions = await opened.openTab(`${opened.extensionOrigin}/src/options/index.html`, 'main.options');
    // Open before the click, so that the requests follow the grant within moments, as they do for a user who
    // turns it on and goes back to the chat.
    openedApp = await opened.openTab(APP, 'p');
  });
  afterAll(async () => {
    await opened?.close();
  });

  /** The web app asks for an answer, as claude.ai does when the user sends a message. */
  const ask = () =>
    app().evaluate(async (url) => {
      await fetch(url, { method: 'POST', body: '{}' }).catch(() => undefined);
    }, COMPLETION);

  /** What the background kept, read from the options page: reading storage does not start the background page. */
  const kept = async () => {
    // Written by the background under test as a TrafficRing (core/traffic/model).
    const ring = (await options().evaluate(readStored, 'ownTraffic')) as { samples?: KeptSample[] } | undefined;
    return ring?.samples ?? [];
  };
  const backgroundLoaded = () => options().evaluate(isBackgroundLoaded, BACKGROUND_PAGE_PATH);

  /**
   * Waits until Firefox has suspended the background page, and makes sure no alarm can start it again within
   * the next half minute: whatever starts it after this is what the test does.
   */
  const untilSuspended = async () => {
    await expect.poll(backgroundLoaded, { timeout: IDLE_TIMEOUT_MS + 15_000, interval: 100 }).toBe(false);
    const alarms = await options().evaluate(alarmsSet);
    for (const alarm of alarms) expect(alarm.scheduledTime, alarm.name).toBeGreaterThan(Date.now() + 30_000);
  };

  it('the user ticks the box in the options page: Firefox grants webRequest and claude.ai, the setting is saved', async () => {
    expect(await options().evaluate(holdsPermissions, OWN_TRAFFIC_PERMISSIONS)).toBe(false);
    const checkbox = await options().evaluate(checkboxLabelled, OPT_IN_LABEL);
    if (checkbox === null) throw new Error(`the options page has no checkbox labelled "${OPT_IN_LABEL}"`);
    // A real click: Firefox grants an optional permission only from a user's gesture.
    await options().click(`input[type="checkbox"][id="${checkbox}"]`);
    await expect
      .poll(
        async () => {
          // Written by the options page as Settings (core/model), checked by its schema.
          const settings = (await options().evaluate(readStored, 'settings')) as { ownTraffic?: string[] } | undefined;
          return settings?.ownTraffic;
        },
        { timeout: 5_000 },
      )
      .toContain('claude');
    expect(await options().evaluate(holdsPermissions, OWN_TRAFFIC_PERMISSIONS)).toBe(true);
    expect(await options().evaluate(isTicked, checkbox)).toBe(true);
  });

  it('three failing requests are said beside the page’s word; one that succeeds clears it', async () => {
    expect(await backgroundLoaded(), 'the background page that added its observer at the grant is still running').toBe(true);
    for (let index = 0; index < 3; index += 1) await ask();
    await expect.poll(async () => (await radar().badge()).tooltip, { timeout: 10_000 }).toContain(LINE);
    expect((await kept()).map((sample) => sample.outcome)).toEqual(['server_error', 'server_error', 'server_error']);
    expect(JSON.stringify(await kept())).not.toMatch(/4f1c2d|9a2b7e|claude\.ai/);
    radar().server.serve(COMPLETION, ok);
    await ask();
    await expect.poll(async () => (await radar().badge()).tooltip, { timeout: 10_000 }).not.toContain(LINE);
  });

  /*
   * Firefox starts a suspended event page only for the listeners added while its scripts first ran
   * (ExtensionCommon's EventManager stops recording them once the page has started), and the observer was added
   * later, at the grant: the requests after this first suspension would go unseen until something else started
   * the page. So the radar sets an alarm at the grant that starts it again (src/background/traffic.ts), and the
   * start that follows adds the observer as it runs, and clears the alarm.
   */
  it('Firefox suspends the idle background page, which added its observer at the grant: an alarm will start it within half a minute', async () => {
    await expect.poll(backgroundLoaded, { timeout: IDLE_TIMEOUT_MS + 15_000, interval: 100 }).toBe(false);
    const alarms = await options().evaluate(alarmsSet);
    expect(alarms.find((alarm) => alarm.name === OBSERVER_START_ALARM)?.scheduledTime).toBeLessThanOrEqual(Date.now() + 31_000);
  });

  it('the alarm starts it again; that start adds the observer as it runs, and the alarm is cleared', async () => {
    await expect.poll(backgroundLoaded, { timeout: 45_000, interval: 200 }).toBe(true);
    await expect
      .poll(async () => (await options().evaluate(alarmsSet)).map((alarm) => alarm.name), { timeout: 5_000 })
      .not.toContain(OBSERVER_START_ALARM);
  });

  it('a suspended background page still observes: Firefox starts it again for the requests it listens to', async () => {
    await untilSuspended();
    const before = (await kept()).length;
    radar().server.serve(COMPLETION, httpError(502));
    for (let index = 0; index < 3; index += 1) await ask();
    // Firefox holds the events that start the page, and hands every one of them to its listeners once it ran.
    await expect.poll(async () => (await kept()).length, { timeout: 15_000 }).toBe(before + 3);
    expect((await kept()).slice(before).map((sample) => sample.outcome)).toEqual([
      'server_error',
      'server_error',
      'server_error',
    ]);
    // Nothing else could have started it (untilSuspended): the requests did.
    expect(await backgroundLoaded()).toBe(true);
  });
});
