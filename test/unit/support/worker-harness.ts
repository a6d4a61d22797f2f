import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { POLL_ALARM } from '../../../src/background/alarm';
import { isRecord } from '../../../src/core/fetch/fields';
import type { State } from '../../../src/core/model';
import { baselineAnswers } from '../../fake-server/baseline';
import { readFixture } from '../../fixtures';
import { giveI18n } from './english';
import { fakeEvent } from './fake-events';
import { type FakeAnswer, fakeFetch } from './fake-fetch';
import { storedState } from './storage';

/**
 * The service worker under test, as the tests in test/unit/background drive it: each test file mocks
 * `webextension-polyfill` with fakeBrowser (vi.mock must stay in the test file, where it is hoisted), gives
 * it English (support/english.ts) and reads what the worker stored through support/storage.ts.
 */

export const CLAUDE = 'https://status.claude.com/api/v2/summary.json';

/** Every catalog source answered as in the end-to-end baseline (real payloads), Claude with an open major incident. */
export function realPages(): Record<string, FakeAnswer> {
  return {
    ...baselineAnswers(),
    [CLAUDE]: { body: readFixture('statuspage/anthropic-summary-unresolved-major-monitoring-1.json') },
  };
}

/**
 * What the worker tests start from: a fresh fake browser in English, whose fetch answers `realPages()`. The
 * routes can be changed by the test; the fetch counts what was asked.
 */
export function serveRealPages(): { routes: Record<string, FakeAnswer>; fetch: ReturnType<typeof fakeFetch> } {
  fakeBrowser.reset();
  giveI18n();
  const routes = realPages();
  const fetch = fakeFetch(routes);
  vi.stubGlobal('fetch', fetch);
  return { routes, fetch };
}

/** What a Manifest V3 worker start does: load the module, which registers its listeners. */
export async function startWorker(): Promise<void> {
  vi.resetModules();
  givePermissionEvents();
  await import('../../../src/background/index');
}

/**
 * What fake-browser leaves unimplemented, as a real browser has it: permissions.onAdded and onRemoved, which the
 * worker listens to at every start (background/traffic, background/own-traffic-switch), kept across starts as the browser keeps its events; and webRequest
 * absent, as without the optional permission, unless a test gave it (test/unit/background/traffic.test.ts).
 */
export function givePermissionEvents(): void {
  const permissions = fakeBrowser.permissions as unknown as { onAdded: unknown; onRemoved: unknown };
  // A fake event stands where fake-browser's throws on use; the polyfill's type is the real event's.
  if (!isFakeEvent(permissions.onAdded)) permissions.onAdded = fakeEvent<[unknown]>();
  if (!isFakeEvent(permissions.onRemoved)) permissions.onRemoved = fakeEvent<[unknown]>();
  const browser = fakeBrowser as unknown as { webRequest?: { onCompleted?: unknown } | undefined };
  if (!isFakeEvent(browser.webRequest?.onCompleted)) browser.webRequest = undefined;
}

function isFakeEvent(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'trigger' in value && 'hasListeners' in value;
}

/** The worker dies: its listeners go, storage and alarms stay. */
export function stopWorker(): void {
  for (const event of [
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.runtime.onMessage,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.storage.onChanged,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
  ]) {
    // fakeBrowser's events have removeAllListeners; the polyfill's types do not list it.
    (event as unknown as { removeAllListeners(): void }).removeAllListeners();
  }
  // The events this harness gave (permissions.onAdded and onRemoved, and webRequest's where a test gave them) die with it too.
  const webRequest = (fakeBrowser as unknown as { webRequest?: Record<string, unknown> }).webRequest;
  for (const event of [
    (fakeBrowser.permissions as unknown as { onAdded: unknown }).onAdded,
    (fakeBrowser.permissions as unknown as { onRemoved: unknown }).onRemoved,
    webRequest?.onCompleted,
    webRequest?.onErrorOccurred,
  ]) {
    if (isFakeEvent(event)) (event as { removeAllListeners(): void }).removeAllListeners();
  }
}

/**
 * The history the poll set going (background/history) has read its pages and written its view. The module is
 * the one the worker loaded: imported after startWorker, it is the same instance.
 */
export async function historySettled(): Promise<void> {
  const { historyIdle } = await import('../../../src/background/history');
  await historyIdle();
}

/** Asks the worker to poll, as the popup's Refresh does; the State it stored, once it said it is done. */
export async function refresh(): Promise<State> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'refresh' }, {}, () => {});
  // The answer says only that the poll finished; the State is read where the popup reads it, in storage.
  if (!isRecord(answer) || answer.done !== true)
    throw new Error(`the worker did not answer the refresh: ${JSON.stringify(answer)}`);
  await historySettled();
  const state = await storedState();
  if (!state) throw new Error('the worker said it polled, and stored no State');
  return state;
}

/** Lets pending storage events and promise chains run; for asserting that nothing more happens. */
export function settle(ms = 150): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** The poll alarm goes off now, as the browser fires it on the default period; resolves once its listeners have. */
export async function firePollAlarm(): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({
    name: POLL_ALARM,
    scheduledTime: Date.now(),
    periodInMinutes: 2,
    persistAcrossSessions: true,
  });
}
