import browser from 'webextension-polyfill';
import { isRecord } from '../core/body';
import type { State } from '../core/model';
import { readStoredState } from '../core/stored';

export interface RefreshRequest {
  type: 'refresh';
}

export function isRefreshRequest(message: unknown): message is RefreshRequest {
  return isRecord(message) && message.type === 'refresh';
}

/** Ask the service worker to poll now; answers with the State it stored. */
export async function requestRefresh(): Promise<State> {
  const request: RefreshRequest = { type: 'refresh' };
  return readStoredState(await browser.runtime.sendMessage(request));
}
