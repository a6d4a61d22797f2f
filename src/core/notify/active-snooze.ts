import type { NotificationSettings, Snooze, State } from '../model';

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
