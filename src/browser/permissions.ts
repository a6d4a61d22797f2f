import browser from 'webextension-polyfill';

/**
 * Host access asked for at run time (the manifest's optional_host_permissions), one match pattern at a time.
 *
 * Firefox grants only from inside the handler of a user action, before any await: call
 * requestHostPermission() synchronously from the click or submit handler.
 */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export function hasHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/**
 * Gives host access back. Never throws: a pattern the manifest requires cannot be removed, and a failure
 * here must not undo what the user did; it is logged and answered with false.
 */
export async function removeHostPermissions(patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await browser.permissions.remove({ origins: [...patterns] });
  } catch (error) {
    console.warn('AI Outage Radar: could not give back host access', patterns, error);
    return false;
  }
}
