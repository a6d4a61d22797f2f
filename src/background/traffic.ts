import browser from 'webextension-polyfill';
import { OWN_FAILURE_DAYS_KEY, OWN_TRAFFIC_KEY, TRAFFIC_VERDICT_KEY } from '../browser/keys';
import { userTimeZone } from '../browser/own-history';
import { loadSettings } from '../browser/storage';
import { observeRequests, onPermissionsAdded } from '../browser/web-request';
import { TRAFFIC_SCOPES, trafficHostPattern } from '../core/catalog/traffic';
import { dayKeyOf } from '../core/history/calendar';
import { sameStoredValue } from '../core/stored-schema';
import { MINUTE_MS } from '../core/time';
import { classify, type Observation } from '../core/traffic/classify';
import { readFailureDays, withFailureDay } from '../core/traffic/failure-days';
import { providerOfRequest } from '../core/traffic/match';
import { addSample } from '../core/traffic/ring';
import { judgeTraffic, type TrafficVerdict } from '../core/traffic/rule';
import { readStoredRing } from '../core/traffic/stored-ring';
import type { StoredTrafficVerdict } from '../core/traffic/verdict';

/** Every app host the catalog knows: the browser fires only for those the user granted, the rest never match. */
const PATTERNS = TRAFFIC_SCOPES.map(trafficHostPattern);

let observing = false;
/** One observation after another: two requests finishing together must not each write over the other's sample. */
let queue: Promise<void> = Promise.resolve();
/** Set by the poller, which owns the badge: a verdict that changed paints it again. */
let repaint: () => Promise<void> = async () => {};

export function onVerdictChange(paint: () => Promise<void>): void {
  repaint = paint;
}

const minuteNow = () => Math.floor(Date.now() / MINUTE_MS);

/** Stores the verdict when it differs from the stored one (the minute alone changing is no change). */
async function storeVerdict(verdict: StoredTrafficVerdict, previous: unknown): Promise<boolean> {
  const before = typeof previous === 'object' && previous !== null ? previous : {};
  if (sameStoredValue({ ...verdict, atMinute: 0 }, { ...before, atMinute: 0 })) return false;
  await browser.storage.local.set({ [TRAFFIC_VERDICT_KEY]: verdict });
  return true;
}

/**
 * What the user's own requests say now, judged again at this minute: a warning with no request since ends once
 * the rule's window has passed. Stored when it changed; what the badge is painted with at each poll.
 */
export async function currentTrafficVerdict(): Promise<TrafficVerdict> {
  const minute = minuteNow();
  const stored = await browser.storage.local.get([OWN_TRAFFIC_KEY, TRAFFIC_VERDICT_KEY]);
  const verdict = judgeTraffic(readStoredRing(stored[OWN_TRAFFIC_KEY]).samples, minute);
  await storeVerdict({ version: 1, atMinute: minute, ...verdict }, stored[TRAFFIC_VERDICT_KEY]);
  return verdict;
}

async function record(url: string, observation: Observation): Promise<void> {
  const outcome = classify(observation);
  if (outcome === undefined) return;
  const settings = await loadSettings();
  const enabled = new Set(settings.ownTraffic);
  // Nothing is observed for an assistant the user has not turned this on for, whatever the browser sends.
  const providerId = providerOfRequest(url, enabled);
  if (providerId === undefined) return;
  const minute = minuteNow();
  const stored = await browser.storage.local.get([OWN_TRAFFIC_KEY, TRAFFIC_VERDICT_KEY]);
  const before = readStoredRing(stored[OWN_TRAFFIC_KEY]);
  const ring = addSample(before, { providerId, minute, outcome }, enabled);
  if (ring === before) return;
  await browser.storage.local.set({ [OWN_TRAFFIC_KEY]: ring });
  const verdict: StoredTrafficVerdict = { version: 1, atMinute: minute, ...judgeTraffic(ring.samples, minute) };
  // A new word for the badge: painted again from what is stored, with this verdict.
  if (await storeVerdict(verdict, stored[TRAFFIC_VERDICT_KEY])) await repaint();
  await markFailureDay(verdict);
}

/** The day, in the user's calendar, on which each assistant the verdict says is failing failed: for the strip. */
async function markFailureDay(verdict: StoredTrafficVerdict): Promise<void> {
  const failing = verdict.warnings.flatMap((warning) => (warning.kind === 'failing' ? [warning.providerId] : []));
  if (failing.length === 0) return;
  const before = readFailureDays((await browser.storage.local.get(OWN_FAILURE_DAYS_KEY))[OWN_FAILURE_DAYS_KEY]);
  const next = withFailureDay(before, failing, dayKeyOf(Date.now(), userTimeZone()));
  if (next !== before) await browser.storage.local.set({ [OWN_FAILURE_DAYS_KEY]: next });
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
