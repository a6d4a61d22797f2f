import browser from 'webextension-polyfill';

/** Only to find an assistant's open tab: reading tab addresses needs it, and it is asked for when the user turns that on. */
const TABS: browser.Permissions.Permissions = { permissions: ['tabs'] };

/**
 * Must be called straight from the click handler: browsers grant optional permissions only on a user
 * gesture. An async function still makes the call at once (before its first await), and turns a thrown
 * error into a rejection.
 */
export async function requestTabsPermission(): Promise<boolean> {
  return await browser.permissions.request(TABS);
}

export async function releaseTabsPermission(): Promise<boolean> {
  return await browser.permissions.remove(TABS);
}

export async function hasTabsPermission(): Promise<boolean> {
  return await browser.permissions.contains(TABS);
}
