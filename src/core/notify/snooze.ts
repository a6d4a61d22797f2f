import type { NotificationSettings, Snooze, State } from '../model';
import { HOUR_MS } from '../time';
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

/**
 * The snooze silencing an assistant now, if any: one whose time has not come, or one waiting for an
 * incident the assistant still lists (a page that cannot be read keeps the last list it showed).
 */
export function activeSnooze(
  settings: Pick<NotificationSettings, 'snoozes'>,
  providerId: string,
  state: State,
  nowMs: number,
): Snooze | undefined {
  const open = new Set(state.providers[providerId]?.reading?.incidents.map((incident) => incident.id));
  return settings.snoozes.find(
    (snooze) =>
      snooze.providerId === providerId &&
      ((snooze.until !== undefined && snooze.until > nowMs) ||
        (snooze.until === undefined && snooze.incidentId !== undefined && open.has(snooze.incidentId))),
  );
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
