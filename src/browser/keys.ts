/**
 * Where each value lives in storage.local. Apart from the code that reads them, so that the popup's reader
 * (stored-view) and the worker's (storage) name the same keys without the popup loading the worker's schemas.
 */
export const STATE_KEY = 'state';
export const SETTINGS_KEY = 'settings';
/** The State's times (core/state/times): what a quiet poll writes, apart from the State. */
export const TIMES_KEY = 'checks';
/** The settings resolved against the catalog, for the popup (core/settings/roster). */
export const ROSTER_KEY = 'roster';
/** What the radar itself saw, a day at a time (core/history/own/own-record). */
export const OWN_HISTORY_KEY = 'ownHistory';
/** Every watched assistant's 90 days, as the worker last built them (core/history/view/stored-view). */
export const HISTORY_VIEW_KEY = 'historyView';
/** What the worker keeps of each page's history between reads (core/history/pages/page-store). Only the worker reads it. */
export const PAGE_HISTORY_KEY = 'pageHistory';
/** Each watched assistant's 30-day reliability figure, for the popup's first screen ("Switch to" order). */
export const RELIABILITY_KEY = 'reliability';
/** The user's own requests, as assistant, outcome and minute (core/traffic), when turned on for an assistant. */
export const OWN_TRAFFIC_KEY = 'ownTraffic';
/** What the calm rule says of them now (core/traffic/rule), for the badge and the popup. */
export const TRAFFIC_VERDICT_KEY = 'trafficVerdict';
/** The days the user's own requests to an assistant failed, for the history strip (core/traffic/failure-days). */
export const OWN_FAILURE_DAYS_KEY = 'ownFailureDays';
/** Each assistant's latest run of failing requests, when it began and whether it was told (core/traffic/episodes). */
export const TRAFFIC_EPISODES_KEY = 'trafficEpisodes';
/** Assistants the popup asked to observe, waiting for the browser's grant (background/own-traffic-switch). */
export const OWN_TRAFFIC_WISHES_KEY = 'ownTrafficWishes';
