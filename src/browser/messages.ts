import browser from 'webextension-polyfill';
import { isRecord } from '../core/fetch/body';
import type { State } from '../core/model';
import { readStoredState } from '../core/state/read-stored';

export interface RefreshRequest {
  type: 'refresh';
}

export function isRefreshRequest(message: unknown): message is RefreshRequest {
  return isRecord(message) && message.type === 'refresh';
}

export interface TestNotificationRequest {
  type: 'test-notification';
}

export function isTestNotificationRequest(message: unknown): message is TestNotificationRequest {
  return isRecord(message) && message.type === 'test-notification';
}

/** Ask the worker to show a test notification; resolves once it is shown, rejects if the browser refused. */
export async function requestTestNotification(): Promise<void> {
  const request: TestNotificationRequest = { type: 'test-notification' };
  await browser.runtime.sendMessage(request);
}

/** Ask the service worker to poll now; answers with the State it stored. */
export async function requestRefresh(): Promise<State> {
  const request: RefreshRequest = { type: 'refresh' };
  return readStoredState(await browser.runtime.sendMessage(request));
}
