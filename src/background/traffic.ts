import browser from 'webextension-polyfill';
import { OWN_TRAFFIC_KEY, TRAFFIC_VERDICT_KEY } from '../browser/keys';
import { loadSettings } from '../browser/storage';
import { observeRequests, onPermissionsAdded } from '../browser/web-request';
import { TRAFFIC_SCOPES, trafficHostPattern } from '../core/catalog/traffic';
import { sameStoredValue } from '../core/stored-schema';
import { MINUTE_MS } from '../core/time';
import { classify, type Observation } from '../core/traffic/classify';
import { providerOfRequest } from '../core/traffic/match';
import { addSample } from '../core/traffic/ring';
import { judgeTraffic, type TrafficVerdict } from '../core/traffic/rule';
import { readStoredRing } from '../core/traffic/stored-ring';

/** The verdict as stored, with the minute it was judged at: the popup says how fresh it is. */
export interface StoredTrafficVerdict extends TrafficVerdict {
  version: 1;
  atMinute: number;
}

/** Every app host the catalog knows: the browser fires only for those the user granted, the rest never match. */
const PATTERNS = TRAFFIC_SCOPES.map(trafficHostPattern);

let observing = false;
/** One observation after another: two requests finishing together must not each write over the other's sample. */
let queue: Promise<void> = Promise.resolve();

async function record(url: string, observation: Observation): Promise<void> {
  const outcome = classify(observation);
  if (outcome === undefined) return;
  const settings = await loadSettings();
  const enabled = new Set(settings.ownTraffic);
  // Nothing is observed for an assistant the user has not turned this on for, whatever the browser sends.
  const providerId = providerOfRequest(url, enabled);
  if (providerId === undefined) return;
  const minute = Math.floor(Date.now() / MINUTE_MS);
  const stored = await browser.storage.local.get([OWN_TRAFFIC_KEY, TRAFFIC_VERDICT_KEY]);
  const before = readStoredRing(stored[OWN_TRAFFIC_KEY]);
  const ring = addSample(before, { providerId, minute, outcome }, enabled);
  if (ring === before) return;
  const verdict: StoredTrafficVerdict = { version: 1, atMinute: minute, ...judgeTraffic(ring.samples, minute) };
  const previous = stored[TRAFFIC_VERDICT_KEY];
  const changed = !sameStoredValue(
    { ...verdict, atMinute: 0 },
    { ...(typeof previous === 'object' ? previous : {}), atMinute: 0 },
  );
  await browser.storage.local.set(
    changed ? { [OWN_TRAFFIC_KEY]: ring, [TRAFFIC_VERDICT_KEY]: verdict } : { [OWN_TRAFFIC_KEY]: ring },
  );
}

function observe(url: string, observation: Observation): void {
  queue = queue
    .then(() => record(url, observation))
    .catch((error: unknown) => console.warn('AI Outage Radar: could not keep an observed request', error));
}

function startObserving(): void {
  if (!observing) observing = observeRequests(PATTERNS, observe);
}

/**
 * Called synchronously at every worker start: with `webRequest` granted, the listeners are registered at the
 * top level, which is what wakes a stopped Manifest V3 worker (and a suspended Firefox event page) for them;
 * granted later, they are registered when it is.
 */
export function registerTrafficObserver(): void {
  startObserving();
  onPermissionsAdded(startObserving);
}

/** Resolves once every observation so far is kept: what a test waits for. */
export function trafficIdle(): Promise<void> {
  return queue;
}
