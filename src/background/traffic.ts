import browser from 'webextension-polyfill';
import { t } from '../browser/i18n';
import { OWN_FAILURE_DAYS_KEY, OWN_TRAFFIC_KEY, TRAFFIC_EPISODES_KEY, TRAFFIC_VERDICT_KEY } from '../browser/keys';
import { queueNotice } from '../browser/notified';
import { userTimeZone } from '../browser/own-history';
import { loadSettings, loadState } from '../browser/storage';
import { observeRequests, onPermissionsAdded } from '../browser/web-request';
import { TRAFFIC_SCOPES, trafficHostPattern } from '../core/catalog/traffic';
import { fieldsOf } from '../core/fetch/fields';
import { dayKeyOf } from '../core/history/calendar';
import { ownTrafficNoticeFor } from '../core/notify/notification-text';
import { decideOwnTrafficNotices } from '../core/notify/own-traffic';
import { watchedProviders } from '../core/settings/settings';
import { sameStoredValue } from '../core/stored-schema';
import { MINUTE_MS } from '../core/time';
import { classify, type Observation } from '../core/traffic/classify';
import { type TrafficEpisodes, withVerdict } from '../core/traffic/episodes';
import { readFailureDays, withFailureDay } from '../core/traffic/failure-days';
import { providerOfRequest } from '../core/traffic/match';
import { addSample } from '../core/traffic/ring';
import { judgeTraffic, type TrafficVerdict } from '../core/traffic/rule';
import { readStoredRing } from '../core/traffic/stored-ring';
import { readEpisodes, type StoredTrafficVerdict } from '../core/traffic/verdict';
import { deliverNotices, noticeLocale } from './notifier';

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
  const before = fieldsOf(previous) ?? {};
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
  await followRuns(verdict, minute);
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
  await followRuns(verdict, minute);
}

/**
 * Each assistant's run of failures kept (core/traffic/episodes: for the popup's "how much earlier" and for
 * telling a run once), and the user notified of a new one when they asked to be (core/notify/own-traffic).
 * The notice is queued in the same write as the run marked told.
 */
async function followRuns(verdict: TrafficVerdict, minute: number): Promise<void> {
  const before = readEpisodes((await browser.storage.local.get(TRAFFIC_EPISODES_KEY))[TRAFFIC_EPISODES_KEY]);
  const runs = withVerdict(before, verdict, minute);
  const untold = runs.episodes.filter((episode) => episode.toldMinute === undefined).map((episode) => episode.providerId);
  const failingUntold = verdict.warnings.some((warning) => warning.kind === 'failing' && untold.includes(warning.providerId));
  const told = failingUntold ? await decide(verdict, runs, minute) : undefined;
  if (told?.notice) {
    await queueNotice(told.notice, { [TRAFFIC_EPISODES_KEY]: told.runs });
    await deliverNotices();
  } else if (runs !== before) {
    await browser.storage.local.set({ [TRAFFIC_EPISODES_KEY]: runs });
  }
}

async function decide(verdict: TrafficVerdict, runs: TrafficEpisodes, minute: number) {
  const [settings, state] = await Promise.all([loadSettings(), loadState()]);
  const decision = decideOwnTrafficNotices({
    verdict,
    episodes: runs,
    settings: settings.notifications,
    state,
    nowMs: Date.now(),
    timeZone: userTimeZone(),
  });
  const notice = ownTrafficNoticeFor(decision.tell, state, watchedProviders(settings), t, noticeLocale(), minute);
  return { runs: decision.episodes, notice };
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
 * Wakes the worker until one of its starts registers the observer. Listeners added after a start (at the grant)
 * observe while it runs, but Firefox starts a suspended event page only for listeners added while its scripts
 * first ran: seen in Firefox 153, the user's requests after the first suspension since the grant went unseen
 * until something else started it. Every half minute (the shortest period both browsers allow), so that the
 * gap is that long at most, once.
 */
export const OBSERVER_START_ALARM = 'own-traffic-observer-start';
const OBSERVER_START_MINUTES = 0.5;

/**
 * Called synchronously at every worker start: with `webRequest` granted, the listeners are registered at the
 * top level, which is what wakes a stopped Manifest V3 worker (and a suspended Firefox event page) for them;
 * granted later, they are registered when it is, and an alarm starts the worker again until a start has.
 */
export function registerTrafficObserver(): void {
  startObserving();
  const atStart = observing;
  if (atStart) void browser.alarms.clear(OBSERVER_START_ALARM).catch(() => false);
  onPermissionsAdded(() => {
    const before = observing;
    startObserving();
    if (!before && observing) {
      browser.alarms.create(OBSERVER_START_ALARM, {
        delayInMinutes: OBSERVER_START_MINUTES,
        periodInMinutes: OBSERVER_START_MINUTES,
      });
    }
  });
}

/** Resolves once every observation so far is kept: what a test waits for. */
export function trafficIdle(): Promise<void> {
  return queue;
}
