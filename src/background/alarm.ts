import browser from 'webextension-polyfill';

export const POLL_ALARM = 'poll';

/**
 * Alarms can be lost (a browser update, a profile restore), so every worker start makes sure the alarm
 * exists with the current period; an alarm already right is left alone so its schedule does not slip.
 */
export async function ensurePollAlarm(periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(POLL_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(POLL_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}
