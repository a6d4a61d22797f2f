import type { NotificationSettings, QuietHours, Settings, Snooze } from '../core/model';
import { MAX_POLL_MINUTES, MIN_POLL_MINUTES } from '../core/settings/settings';

/** One change the user made, applied to the freshest Settings in storage (read, modify, write). */
export type Edit = (settings: Settings) => Settings;

/** Applies an edit; resolves true once it is in storage, false when saving failed (the page then says so). */
export type SaveEdit = (edit: Edit) => Promise<boolean>;

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

/** Watch an assistant or not; a newly watched one goes last in the user's order. */
export function setWatched(providerId: string, watch: boolean): Edit {
  return (settings) => {
    const others = settings.watched.filter((id) => id !== providerId);
    const watched = watch ? (settings.watched.includes(providerId) ? settings.watched : [...others, providerId]) : others;
    return { ...settings, watched };
  };
}

/**
 * Swaps an assistant with its nearest neighbour among `group` (its category: only assistants of one kind are
 * offered for each other) in the user's order; at either end of the group, nothing changes.
 */
export function moveWatched(providerId: string, offset: -1 | 1, group: readonly string[]): Edit {
  return (settings) => {
    const from = settings.watched.indexOf(providerId);
    if (from < 0) return settings;
    let to = from + offset;
    while (to >= 0 && to < settings.watched.length && !group.includes(settings.watched[to] ?? '')) to += offset;
    const neighbour = settings.watched[to];
    if (neighbour === undefined) return settings;
    const watched = [...settings.watched];
    watched[to] = providerId;
    watched[from] = neighbour;
    return { ...settings, watched };
  };
}

/** A whole number of minutes within what the worker accepts; undefined for what is no number at all. */
export function clampPollMinutes(value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  return Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(value)));
}

export function setPollMinutes(minutes: number): Edit {
  return (settings) => {
    const pollMinutes = clampPollMinutes(minutes);
    return pollMinutes === undefined ? settings : { ...settings, pollMinutes };
  };
}

export function setFocusOpenTabs(focusOpenTabs: boolean): Edit {
  return (settings) => ({ ...settings, focusOpenTabs });
}

/**
 * Observe the user's own requests to an assistant's web app or not (issue 17). Only called once the browser
 * granted that app's host: the setting never says on where the permission is missing.
 */
export function setOwnTraffic(providerId: string, on: boolean): Edit {
  return (settings) => {
    const others = settings.ownTraffic.filter((id) => id !== providerId);
    const ownTraffic = on ? (settings.ownTraffic.includes(providerId) ? settings.ownTraffic : [...others, providerId]) : others;
    return { ...settings, ownTraffic };
  };
}

/**
 * Puts one component in or out of an assistant's scope. `shown` is what is in scope while the user has
 * made no choice (the catalog's, or the whole page), so that the first click starts from what was on screen.
 * The last component is never taken out: an empty choice would read as "the catalog's choice" again.
 */
export function setComponentInScope(providerId: string, componentId: string, inScope: boolean, shown: readonly string[]): Edit {
  return (settings) => {
    const current = settings.components[providerId] ?? shown;
    const others = current.filter((id) => id !== componentId);
    const next = inScope ? [...others, componentId] : others;
    if (next.length === 0) return settings;
    return { ...settings, components: { ...settings.components, [providerId]: next } };
  };
}

/** Forgets the user's component choice for an assistant: the catalog's choice applies again. */
export function resetComponents(providerId: string): Edit {
  return (settings) => ({
    ...settings,
    components: Object.fromEntries(Object.entries(settings.components).filter(([id]) => id !== providerId)),
  });
}

/** An imported file: everything is replaced, whatever storage held. */
export function replaceSettings(imported: Settings): Edit {
  return () => imported;
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
