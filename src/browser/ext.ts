import type { Browser } from 'webextension-polyfill';

/**
 * The extension API as the browser gives it, without webextension-polyfill: what the popup loads must stay
 * small, and what it calls needs no polyfill. Firefox has `browser`; Chrome's Manifest V3 `chrome` returns
 * promises for storage, runtime.sendMessage, tabs, windows, permissions and openOptionsPage, and i18n is
 * synchronous. The worker keeps the polyfill: its onMessage listeners answer with promises, which Chrome's
 * own API does not take.
 */
export function api(): Browser {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  // `chrome` is typed as `browser` here: for the calls listed above the two have the same promise shape.
  const found = scope.browser ?? scope.chrome;
  if (!found) throw new Error('AI Outage Radar: no extension API in this page');
  return found;
}
