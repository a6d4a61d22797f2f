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
/** What the radar itself saw, a day at a time (core/history/own-record). */
export const OWN_HISTORY_KEY = 'ownHistory';
