import browser from 'webextension-polyfill';
import { OWN_TRAFFIC_WISHES_KEY } from '../browser/keys';
import { hasOwnTrafficPermission } from '../browser/permissions';
import type { OwnTrafficOnRequest } from '../browser/requests';
import { updateSettings } from '../browser/settings-store';
import { loadSettings } from '../browser/storage';
import { trafficHostPattern, trafficScopeOf } from '../core/catalog/traffic';
import { MINUTE_MS } from '../core/time';

/**
 * Turning on "my own requests" from the popup (issue 17). The popup asks the browser for access and tells the
 * worker at once; when access is granted later (the popup may be gone by then: Firefox closes it as its prompt
 * opens), the worker turns it on itself from permissions.onAdded. A wish waits WISH_MS, then it is forgotten,
 * so that access granted much later, for another reason, turns nothing on that the user did not just ask for.
 */
const WISH_MS = 10 * MINUTE_MS;

interface Wish {
  providerId: string;
  atMs: number;
}

function patternOf(providerId: string): string | undefined {
  const scope = trafficScopeOf(providerId);
  return scope && trafficHostPattern(scope);
}

async function loadWishes(nowMs: number): Promise<Wish[]> {
  const value: unknown = (await browser.storage.local.get(OWN_TRAFFIC_WISHES_KEY))[OWN_TRAFFIC_WISHES_KEY];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown): Wish[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    // Fields checked right below.
    const { providerId, atMs } = entry as Record<string, unknown>;
    if (typeof providerId !== 'string' || typeof atMs !== 'number') return [];
    return nowMs - atMs <= WISH_MS && atMs <= nowMs + MINUTE_MS ? [{ providerId, atMs }] : [];
  });
}

async function turnOn(providerIds: readonly string[]): Promise<void> {
  if (providerIds.length === 0) return;
  await updateSettings((current) => ({ ...current, ownTraffic: [...new Set([...current.ownTraffic, ...providerIds])] }));
}

/** On when access is there already; otherwise kept as a wish, for permissions.onAdded. Answers whether it is on. */
export async function answerOwnTrafficOn({ providerId }: OwnTrafficOnRequest): Promise<boolean> {
  const pattern = patternOf(providerId);
  if (!pattern) return false;
  const nowMs = Date.now();
  const others = (await loadWishes(nowMs)).filter((wish) => wish.providerId !== providerId);
  if (await hasOwnTrafficPermission(pattern)) {
    await turnOn([providerId]);
    await browser.storage.local.set({ [OWN_TRAFFIC_WISHES_KEY]: others });
    return true;
  }
  await browser.storage.local.set({ [OWN_TRAFFIC_WISHES_KEY]: [...others, { providerId, atMs: nowMs }] });
  return false;
}

/** Access was granted: each recent wish it now covers is turned on. */
export async function grantWishes(): Promise<void> {
  const wishes = await loadWishes(Date.now());
  if (wishes.length === 0) return;
  const granted: string[] = [];
  for (const wish of wishes) {
    const pattern = patternOf(wish.providerId);
    if (pattern && (await hasOwnTrafficPermission(pattern))) granted.push(wish.providerId);
  }
  await turnOn(granted);
  await browser.storage.local.set({ [OWN_TRAFFIC_WISHES_KEY]: wishes.filter((wish) => !granted.includes(wish.providerId)) });
}

/**
 * Access was taken back (in the browser's own settings, say): an assistant whose access is gone is turned off,
 * so that the options page and the popup never say it is watched when nothing can be observed.
 */
export async function forgetRevoked(): Promise<void> {
  const { ownTraffic } = await loadSettings();
  const gone: string[] = [];
  for (const id of ownTraffic) {
    const pattern = patternOf(id);
    if (!pattern || !(await hasOwnTrafficPermission(pattern))) gone.push(id);
  }
  if (gone.length === 0) return;
  await updateSettings((current) => ({ ...current, ownTraffic: current.ownTraffic.filter((id) => !gone.includes(id)) }));
}
