import browser from 'webextension-polyfill';
import { isDiscoverRequest } from '../browser/discovery-request';
import { SETTINGS_KEY } from '../browser/keys';
import {
  isHistoryDueRequest,
  isOwnTrafficOnRequest,
  isRefreshRequest,
  isSnoozeRequest,
  isTestNotificationRequest,
  type RefreshDone,
} from '../browser/requests';
import { repairStoredSettings } from '../browser/settings-store';
import { loadSettings, storedStateIsBroken } from '../browser/storage';
import { onPermissionsAdded, onPermissionsRemoved } from '../browser/web-request';
import { pollScope } from '../core/poll/scope';
import { readStoredSettings } from '../core/settings/stored-settings';
import { ensurePollAlarm, POLL_ALARM } from './alarm';
import { answerDiscovery } from './discovery';
import { refreshHistory } from './history';
import { deliverNotices, registerNotificationListeners, showTestNotice } from './notifier';
import { answerOwnTrafficOn, forgetRevoked, grantWishes } from './own-traffic-switch';
import { pollForChange, pollNow, repaintBadge } from './poller';
import { writeRoster } from './roster';
import { answerSnooze } from './snooze';
import { onVerdictChange, registerTrafficObserver } from './traffic';

/** A failure in a background task is logged, never left to kill the worker. */
function runSafely(task: () => Promise<unknown>): void {
  task().catch((error: unknown) => console.error('AI Outage Radar:', error));
}

async function scheduleAndPoll(): Promise<void> {
  const settings = await loadSettings();
  await ensurePollAlarm(settings.pollMinutes);
  await pollNow();
}

/**
 * Follows a settings change exactly: the popup's roster is written again if it differs; a new period moves the alarm; a new scope (what is read) polls
 * again; anything else (the order, a snooze, a notification switch) polls nothing, and the badge is
 * painted again from what is stored, since it lists assistants in the user's order.
 */
async function followSettings(before: unknown, after: unknown): Promise<void> {
  // Problems in these values are told by the worker's own reads (loadSettings); not twice here.
  const old = readStoredSettings(before);
  const next = readStoredSettings(after);
  await writeRoster();
  if (old.pollMinutes !== next.pollMinutes) await ensurePollAlarm(next.pollMinutes);
  if (pollScope(old) !== pollScope(next)) await pollForChange();
  else await repaintBadge();
}

/**
 * The extension pages' requests. The answer is the returned promise (the polyfill's way); undefined leaves
 * a message to any other listener.
 */
export function answerMessage(message: unknown): Promise<unknown> | undefined {
  // Only that it finished: the State is in storage, where the popup follows it; sending it would copy it whole.
  if (isRefreshRequest(message)) return pollNow().then((): RefreshDone => ({ done: true }));
  if (isSnoozeRequest(message)) return answerSnooze(message);
  if (isTestNotificationRequest(message)) return showTestNotice().then(() => true);
  if (isDiscoverRequest(message)) return answerDiscovery(message);
  // The popup opened on an old history: only the pages that are due are read (core/history/pages/page-store).
  if (isHistoryDueRequest(message)) return refreshHistory().then(() => true);
  if (isOwnTrafficOnRequest(message)) return answerOwnTrafficOn(message);
  return undefined;
}

/** Listeners are registered synchronously on every worker start, as Manifest V3 requires. */
export function registerListeners(): void {
  browser.runtime.onInstalled.addListener(() => runSafely(scheduleAndPoll));
  browser.runtime.onStartup.addListener(() => runSafely(scheduleAndPoll));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) runSafely(() => pollNow('scheduled'));
  });
  browser.runtime.onMessage.addListener(answerMessage);
  registerNotificationListeners(runSafely);
  registerTrafficObserver();
  // A verdict of the user's own requests that changes between polls paints the badge at once.
  onVerdictChange(repaintBadge);
  // Access granted after the popup asked (it may be closed by then), or taken back in the browser's settings.
  onPermissionsAdded(() => runSafely(grantWishes));
  onPermissionsRemoved(() => runSafely(forgetRevoked));
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) runSafely(() => followSettings(change.oldValue, change.newValue));
  });
  runSafely(async () => ensurePollAlarm((await loadSettings()).pollMinutes));
  // A stored State that no longer reads (see core/state/stored-state) is replaced now, not at the next alarm.
  runSafely(async () => {
    if (await storedStateIsBroken()) await pollNow();
  });
  runSafely(repairStoredSettings);
  // A new version may bring a new catalog: the popup's roster is written again if it differs.
  runSafely(writeRoster);
  // A worker stopped between deciding a notice and showing it shows it now.
  runSafely(deliverNotices);
}
