/**
 * One small interface over a browser running the shipped build against the fake status server, so that the
 * same scenario steps run in Chromium (playwright-core, test/e2e/browser.ts) and in Firefox (puppeteer-core over
 * WebDriver BiDi, test/e2e/firefox.ts). Everything is read the way a user or the extension itself would see
 * it: the toolbar badge through the action API, the popup's DOM, storage.local, and the calls the background
 * makes to notifications.create.
 */
import type { Page } from 'playwright-core';
import type { State } from '../../src/core/model';
import { type Answer, type FakeStatusServer, startFakeStatusServer } from '../fake-server/server';
import {
  type BadgeSeen,
  expectRefreshDone,
  launchRadar,
  openPopup,
  type Radar,
  stateOf,
  waitForStoredState,
  withServedBrowser,
} from './browser';

/** One call the background made to notifications.create, and how the browser answered it. */
export interface CreatedNotification {
  id: string;
  title: string;
  message: string;
  /** Whether the browser's create call succeeded (its promise, or its callback without lastError). */
  result: 'pending' | 'resolved' | 'rejected';
}

export interface BrowserRadar {
  /** 'Chromium' or 'Firefox', for messages. */
  readonly browserName: string;
  /** The fake status server this browser polls (owned by the driver: close() closes it). */
  readonly server: FakeStatusServer;
  /** The State the background stored after its poll on install. */
  readonly firstState: State;
  /** A value the extension keeps in storage.local, read from its popup. */
  stored<T = unknown>(key: string): Promise<T | undefined>;
  /** The toolbar badge as it is now (text, [r, g, b, a], tooltip lines sorted). */
  badge(): Promise<BadgeSeen>;
  /** Ask the background for a poll the way the popup does; answers with the State it stored. */
  refresh(): Promise<State>;
  /** The text of every element of the open popup that matches `selector`, in document order. */
  popupTexts(selector: string): Promise<string[]>;
  /** An attribute of the popup's first element that matches `selector`; null when there is none. */
  popupAttribute(selector: string, name: string): Promise<string | null>;
  /**
   * From now on, record every notifications.create call the background makes (what was recorded before is
   * cleared). The record lives in the background's global scope: a background started again has none, and
   * notificationsCreated() then throws rather than answer "nothing".
   */
  recordNotifications(): Promise<void>;
  notificationsCreated(): Promise<CreatedNotification[]>;
  /**
   * The ids of the extension's notifications the browser holds as shown (notifications.getAll), where
   * that says something. Undefined in headless Firefox: it has no alert backend there, so every
   * notification is closed as soon as it is created (onClosed fires, onShown never does) and getAll()
   * answers {} whether or not anything was created.
   */
  readonly notificationsOnScreen: (() => Promise<string[]>) | undefined;
  close(): Promise<void>;
}

/**
 * The extension's API namespace as the callbacks below use it inside the browser: `browser` in Firefox,
 * `chrome` in Chromium (both promise-based for these calls). Declared for the callbacks' types only.
 */
interface ExtensionApi {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
    getTitle(details: object): Promise<string>;
  };
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getBackgroundPage(): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
}

/*
 * The callbacks below are serialised into the browser (Playwright's and Puppeteer's evaluate): they may use
 * nothing from this module, and declare no named inner function.
 */

/** Runs in an extension page. */
export const readBadge = async (): Promise<BadgeSeen> => {
  const api = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  const title = await api.action.getTitle({});
  return {
    text: await api.action.getBadgeText({}),
    color: [...(await api.action.getBadgeBackgroundColor({}))],
    tooltip: title.split('\n').sort(),
  };
};

/** Runs in an extension page. */
export const readStored = async (key: string): Promise<unknown> => {
  const api = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  return (await api.storage.local.get(key))[key];
};

/** Runs in an extension page: the State's body and its times, in one storage call (a poll writes both at once). */
export const readStateParts = async (): Promise<Record<string, unknown>> => {
  const api = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  return api.storage.local.get(['state', 'checks']);
};

/** Runs in an extension page: the message the popup's Refresh button sends. */
export const sendRefresh = async (): Promise<unknown> => {
  const api = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  return api.runtime.sendMessage({ type: 'refresh' });
};

/** Runs in an extension page. */
export const textsOf = (selector: string): string[] =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');

/** Runs in an extension page. */
export const attributeOf = ([selector, name]: [string, string]): string | null =>
  document.querySelector(selector)?.getAttribute(name) ?? null;

/**
 * Runs in Chromium's service worker (no document: the record goes into its own scope) or in a Firefox
 * extension page (the record goes into the background page's scope, reached with
 * runtime.getBackgroundPage()). Wraps notifications.create of both namespaces there, `chrome` and
 * `browser`, whichever the polyfill ends up calling, once per background instance.
 */
export const installNotificationRecorder = async (): Promise<void> => {
  type Entry = { id: string; title: string; message: string; result: 'pending' | 'resolved' | 'rejected' };
  type Create = (...args: unknown[]) => unknown;
  type Namespace = { notifications?: { create: Create; radarRecorded?: boolean }; runtime?: { lastError?: unknown } };
  type Scope = { radarNotifications?: Entry[] } & Record<string, unknown>;
  const here = globalThis as unknown as Scope & { browser?: ExtensionApi };
  const scope = (typeof document === 'undefined' ? here : await here.browser?.runtime.getBackgroundPage()) as Scope | null;
  if (!scope) throw new Error('no background page to record notifications in');
  if (!Array.isArray(scope.radarNotifications)) scope.radarNotifications = [];
  const record = scope.radarNotifications;
  record.length = 0;
  for (const name of ['chrome', 'browser']) {
    const namespace = scope[name] as Namespace | undefined;
    const api = namespace?.notifications;
    if (!api || api.radarRecorded) continue;
    const original = api.create.bind(api);
    api.create = (...args: unknown[]) => {
      const options = args.find((arg) => typeof arg === 'object' && arg !== null) as { title?: string; message?: string };
      const entry: Entry = {
        id: typeof args[0] === 'string' ? args[0] : '',
        title: options?.title ?? '',
        message: options?.message ?? '',
        result: 'pending',
      };
      record.push(entry);
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        // Callback style (the polyfill on chrome.*): success is a callback without runtime.lastError.
        args[last] = (...answer: unknown[]) => {
          entry.result = namespace?.runtime?.lastError ? 'rejected' : 'resolved';
          return callback(...answer);
        };
        return original(...args);
      }
      const answer = original(...args);
      Promise.resolve(answer).then(
        () => {
          entry.result = 'resolved';
        },
        () => {
          entry.result = 'rejected';
        },
      );
      return answer;
    };
    api.radarRecorded = true;
  }
};

/** Runs where installNotificationRecorder ran; null when the background holds no record (it started again). */
export const readNotificationRecord = async (): Promise<CreatedNotification[] | null> => {
  type Scope = { radarNotifications?: CreatedNotification[] };
  const here = globalThis as unknown as Scope & { browser?: ExtensionApi };
  const scope = (typeof document === 'undefined' ? here : await here.browser?.runtime.getBackgroundPage()) as Scope | null;
  const record = scope?.radarNotifications;
  return Array.isArray(record) ? record.map((entry) => ({ ...entry })) : null;
};

/** Runs in an extension page. */
export const notificationIdsShown = async (): Promise<string[]> => {
  const api = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  return Object.keys(await api.notifications.getAll()).sort();
};

/** Wait until `read` answers a State with checkedAt: the poll on install is over. */
/** The popup's Refresh, then the State it stored: the answer only says the poll is done. */
export async function refreshFrom(send: () => Promise<unknown>, readState: () => Promise<State | undefined>): Promise<State> {
  expectRefreshDone(await send());
  const state = await readState();
  if (!state) throw new Error('the refresh finished and no State is stored');
  return state;
}

export async function waitForFirstState(
  read: () => Promise<State | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<State> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await read();
    if (state?.checkedAt) return state;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what}: the extension stored no State within ${timeoutMs} ms`);
}

export function recordOrThrow(record: CreatedNotification[] | null, browserName: string): CreatedNotification[] {
  if (record === null)
    throw new Error(`${browserName}: the background holds no notification record (not recorded yet, or it started again since)`);
  return record;
}

/** The shipped Chrome build in headless Chromium (test/e2e/browser.ts launchRadar), its popup open as a tab. */
export async function launchChromiumRadar(answers: Record<string, Answer>): Promise<BrowserRadar> {
  const server = await startFakeStatusServer(answers);
  return await withServedBrowser<Radar, Omit<BrowserRadar, 'close'>>(
    server,
    () => launchRadar(server.port),
    async (radar) => {
      const firstState = await waitForStoredState(radar.worker);
      const popup: Page = await openPopup(radar);
      const stored = async <T>(key: string) => (await popup.evaluate(readStored, key)) as T | undefined;
      const readState = async () => stateOf(await popup.evaluate(readStateParts));
      return {
        browserName: 'Chromium',
        server,
        firstState,
        stored,
        badge: () => popup.evaluate(readBadge),
        refresh: () => refreshFrom(() => popup.evaluate(sendRefresh), readState),
        popupTexts: (selector) => popup.evaluate(textsOf, selector),
        popupAttribute: (selector, name) => popup.evaluate(attributeOf, [selector, name] as [string, string]),
        recordNotifications: () => radar.worker.evaluate(installNotificationRecorder),
        notificationsCreated: async () => recordOrThrow(await radar.worker.evaluate(readNotificationRecord), 'Chromium'),
        notificationsOnScreen: () => popup.evaluate(notificationIdsShown),
      };
    },
  );
}
