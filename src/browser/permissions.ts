import type { Permissions } from 'webextension-polyfill';
import { api } from './ext';

/**
 * Optional permissions asked for at run time: host access (the manifest's optional_host_permissions), one
 * match pattern at a time, and "tabs".
 *
 * Firefox grants only from inside the handler of a user action, before any await: call the request
 * functions synchronously from the click or submit handler.
 */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return api().permissions.request({ origins: [pattern] });
}

export function hasHostPermission(pattern: string): Promise<boolean> {
  return api().permissions.contains({ origins: [pattern] });
}

/**
 * Gives host access back. Never throws: a pattern the manifest requires cannot be removed, and a failure
 * here must not undo what the user did; it is logged and answered with false.
 */
export async function removeHostPermissions(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await api().permissions.remove({ origins: [...patterns] });
  } catch (error) {
    console.warn('AI Outage Radar: could not give back host access', patterns, error);
    return false;
  }
}

/** Only to find an assistant's open tab: reading tab addresses needs it, and it is asked for when the user turns that on. */
const TABS: Permissions.Permissions = { permissions: ['tabs'] };

/**
 * Must be called straight from the click handler: browsers grant optional permissions only on a user
 * gesture. An async function still makes the call at once (before its first await), and turns a thrown
 * error into a rejection.
 */
export async function requestTabsPermission(): Promise<boolean> {
  return await api().permissions.request(TABS);
}

export async function releaseTabsPermission(): Promise<boolean> {
  return await api().permissions.remove(TABS);
}

export async function hasTabsPermission(): Promise<boolean> {
  return await api().permissions.contains(TABS);
}

/**
 * Observing the user's own requests to one assistant's web app (issue 17): `webRequest` (observe only, never
 * block) and exactly that app's host, asked when the user turns it on for the assistant. Call straight from
 * the click handler, as above.
 */
export async function requestOwnTrafficPermission(hostPattern: string): Promise<boolean> {
  return await api().permissions.request({ permissions: ['webRequest'], origins: [hostPattern] });
}

/**
 * Gives back the app's host when the user turns it off, and `webRequest` too when no assistant is left on, so
 * that nothing is observed after. Never throws: a failure is logged and answered with false.
 */
export async function releaseOwnTrafficPermission(hostPattern: string, anyLeft: boolean): Promise<boolean> {
  try {
    return await api().permissions.remove(
      anyLeft ? { origins: [hostPattern] } : { permissions: ['webRequest'], origins: [hostPattern] },
    );
  } catch (error) {
    console.warn('AI Outage Radar: could not give back the permission to observe', hostPattern, error);
    return false;
  }
}

/** Whether observing one app is still granted: `webRequest` and its host (a file of settings cannot grant them). */
export async function hasOwnTrafficPermission(hostPattern: string): Promise<boolean> {
  return await api().permissions.contains({ permissions: ['webRequest'], origins: [hostPattern] });
}
