import browser from 'webextension-polyfill';
import { isRefreshRequest, isTestNotificationRequest } from '../browser/messages';
import { loadSettings, SETTINGS_KEY, storedStateIsBroken } from '../browser/storage';
import { readStoredSettings } from '../core/stored';
import { ensurePollAlarm, POLL_ALARM } from './alarm';
import { deliverNotices, registerNotificationListeners, showTestNotice } from './notifier';
import { pollNow } from './poller';

/** A failure in a background task is logged, never left to kill the worker. */
function runSafely(task: () => Promise<unknown>): void {
  task().catch((error: unknown) => console.error('AI Outage Radar:', error));
}

async function scheduleAndPoll(): Promise<void> {
  const settings = await loadSettings();
  await ensurePollAlarm(settings.pollMinutes);
  await pollNow();
}

/** A snooze or a notification switch needs no new poll; a new watch list or period does. */
function changesWhatIsPolled(before: unknown, after: unknown): boolean {
  const old = readStoredSettings(before);
  const next = readStoredSettings(after);
  return old.pollMinutes !== next.pollMinutes || old.watched.join() !== next.watched.join();
}

/** Listeners are registered synchronously on every worker start, as Manifest V3 requires. */
export function registerListeners(): void {
  browser.runtime.onInstalled.addListener(() => runSafely(scheduleAndPoll));
  browser.runtime.onStartup.addListener(() => runSafely(scheduleAndPoll));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) runSafely(() => pollNow('scheduled'));
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRefreshRequest(message)) return pollNow();
    if (isTestNotificationRequest(message)) return showTestNotice().then(() => true);
    return undefined;
  });
  registerNotificationListeners(runSafely);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change && changesWhatIsPolled(change.oldValue, change.newValue)) runSafely(scheduleAndPoll);
  });
  runSafely(async () => ensurePollAlarm((await loadSettings()).pollMinutes));
  // A stored State that no longer reads (see core/stored-state) is replaced now, not at the next alarm.
  runSafely(async () => {
    if (await storedStateIsBroken()) await pollNow();
  });
  // A worker stopped between deciding a notice and showing it shows it now.
  runSafely(deliverNotices);
}
