import type { MessageKey, Translate } from '../i18n';

/** The platforms' status words that have a translation; others are shown as the page wrote them. */
const STATUS_KEYS: Record<string, MessageKey> = {
  investigating: 'status_investigating',
  identified: 'status_identified',
  monitoring: 'status_monitoring',
  resolved: 'status_resolved',
  scheduled: 'status_scheduled',
  in_progress: 'status_in_progress',
  verifying: 'status_verifying',
  completed: 'status_completed',
  // xAI's and feeds' words for an incident under way; Google's impact words.
  active: 'status_active',
  update: 'status_update',
  postmortem: 'status_postmortem',
  service_information: 'status_service_information',
  service_disruption: 'status_service_disruption',
  service_outage: 'status_service_outage',
};

/** The platform's status word in the user's language; a word we do not know is shown as the page wrote it. */
export function statusWord(status: string, t: Translate): string {
  const key = Object.hasOwn(STATUS_KEYS, status) ? STATUS_KEYS[status] : undefined;
  return key ? t(key) : status.replaceAll('_', ' ');
}
