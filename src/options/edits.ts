import type { NotificationSettings, QuietHours, Settings, Snooze } from '../core/model';

/** One change the user made, applied to the freshest Settings in storage (read, modify, write). */
export type Edit = (settings: Settings) => Settings;

export function editNotifications(patch: Partial<NotificationSettings>): Edit {
  return (settings) => ({ ...settings, notifications: { ...settings.notifications, ...patch } });
}

export function editQuietHours(patch: Partial<QuietHours>): Edit {
  return (settings) => ({
    ...settings,
    notifications: { ...settings.notifications, quietHours: { ...settings.notifications.quietHours, ...patch } },
  });
}

/** Notify about an assistant or not: an unchecked assistant is listed in `muted`. */
export function setNotified(providerId: string, notify: boolean): Edit {
  return (settings) => {
    const others = settings.notifications.muted.filter((id) => id !== providerId);
    return editNotifications({ muted: notify ? others : [...others, providerId] })(settings);
  };
}

export function sameSnooze(a: Snooze, b: Snooze): boolean {
  return a.providerId === b.providerId && a.until === b.until && a.incidentId === b.incidentId;
}

/** Removes that one snooze, whatever else was snoozed since the page read the list. */
export function removeSnooze(snooze: Snooze): Edit {
  return (settings) =>
    editNotifications({ snoozes: settings.notifications.snoozes.filter((entry) => !sameSnooze(entry, snooze)) })(settings);
}

/** Still silencing: a time in the future, or an incident (whether it is still open is the worker's business). */
export function isActiveSnooze(snooze: Snooze, nowMs: number): boolean {
  return snooze.until === undefined ? snooze.incidentId !== undefined : snooze.until > nowMs;
}

const MINUTES_A_DAY = 24 * 60;

/** Minutes after midnight as an `<input type="time">` value: 420 -> "07:00". */
export function minutesToTime(minutes: number): string {
  const bounded = ((Math.round(minutes) % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(bounded / 60))}:${pad(bounded % 60)}`;
}

/** An `<input type="time">` value ("HH:MM", maybe with seconds) as minutes after midnight; undefined when empty or malformed. */
export function timeToMinutes(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}
