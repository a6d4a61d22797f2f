import browser, { type WebRequest } from 'webextension-polyfill';
import type { Observation } from '../core/traffic/classify';

/**
 * The browser's request observer, for the user's own requests to the assistants' web apps (issue 17). Observe
 * only: no listener here blocks or changes a request. `webRequest` is an optional permission: without it the
 * API is absent, which is known at once, so the worker can register its listeners synchronously at its start
 * whenever the user has granted it (Manifest V3 wakes a worker only for listeners registered that way).
 */
export function webRequestAvailable(): boolean {
  return typeof browser.webRequest?.onCompleted?.addListener === 'function';
}

/** Only the address (to tell which assistant, then dropped) and the outcome are handed on: nothing else is read. */
export type RequestObserver = (url: string, observation: Observation) => void;

// Fetch and XHR are "xmlhttprequest" in both browsers; a streamed answer read another way is "other".
const TYPES: WebRequest.ResourceType[] = ['xmlhttprequest', 'other'];

/** Observes the requests to `patterns` (their hosts granted too); false when the permission is not there. */
export function observeRequests(patterns: readonly string[], observe: RequestObserver): boolean {
  if (!webRequestAvailable() || patterns.length === 0) return false;
  const filter: WebRequest.RequestFilter = { urls: [...patterns], types: TYPES };
  browser.webRequest.onCompleted.addListener((details) => observe(details.url, { statusCode: details.statusCode }), filter);
  browser.webRequest.onErrorOccurred.addListener((details) => observe(details.url, { error: details.error }), filter);
  return true;
}

/** Calls back when the user grants an optional permission (the worker then starts observing, if it did not). */
export function onPermissionsAdded(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
}

/** Calls back when the user (or the browser's own settings page) takes an optional permission back. */
export function onPermissionsRemoved(listener: () => void): void {
  browser.permissions.onRemoved.addListener(listener);
}
