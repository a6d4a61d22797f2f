import type { SnoozeRequest } from '../browser/requests';
import { updateSettings } from '../browser/settings-store';
import { loadState } from '../browser/storage';
import { snoozeOf, withSnooze } from '../core/notify/snooze';

/**
 * Snoozes (or resumes) what the popup asked, on the settings stored when the write happens: a second quick
 * snooze, or an edit on the options page meanwhile, is kept, not overwritten. The incident a snooze waits
 * for is the one the assistant's stored reading lists first, as the popup showed it.
 */
export async function answerSnooze({ providerId, choice }: SnoozeRequest): Promise<true> {
  const state = await loadState();
  const at = Date.now();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const incidentId = state.providers[providerId]?.reading?.incidents[0]?.id;
  const chosen = choice && snoozeOf(choice, providerId, at, timeZone, incidentId);
  await updateSettings((current) => ({
    ...current,
    notifications: withSnooze(current.notifications, providerId, chosen, state, at),
  }));
  return true;
}
