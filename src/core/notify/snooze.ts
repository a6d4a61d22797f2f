import type { NotificationSettings, Snooze, State } from '../model';
import { HOUR_MS } from '../time';
import { activeSnooze } from './active-snooze';
import { nextLocalMidnight } from './quiet-hours';

export type SnoozeChoice = 'hour' | 'tomorrow' | 'incident';

/** The snooze a choice in the popup makes; `incident` needs the incident to wait for. */
export function snoozeOf(
  choice: SnoozeChoice,
  providerId: string,
  nowMs: number,
  timeZone: string,
  incidentId?: string,
): Snooze | undefined {
  if (choice === 'hour') return { providerId, until: nowMs + HOUR_MS };
  if (choice === 'tomorrow') return { providerId, until: nextLocalMidnight(nowMs, timeZone) };
  return incidentId ? { providerId, incidentId } : undefined;
}

/** Settings with this assistant's snoozes replaced by `snooze` (none: resumed), and spent ones dropped. */
export function withSnooze(
  settings: NotificationSettings,
  providerId: string,
  snooze: Snooze | undefined,
  state: State,
  nowMs: number,
): NotificationSettings {
  const kept = settings.snoozes.filter(
    (entry) => entry.providerId !== providerId && activeSnooze({ ...settings, snoozes: [entry] }, entry.providerId, state, nowMs),
  );
  return { ...settings, snoozes: snooze ? [...kept, snooze] : kept };
}
