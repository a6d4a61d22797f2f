import type { MessageKey, Translate } from '../i18n';

/**
 * Every platform's status word for an incident or a maintenance, onto the few phases the user reads. The
 * parsers keep the platform's own word (lowercased, underscores for spaces); this one table says it in the
 * user's language, so that no raw word ("major outage") sits beside translated ones.
 *
 * Some platforms put a severity where the phase belongs: Google's dashboards write SERVICE_DISRUPTION and
 * the like as an update's status, a StatusIQ feed writes "Major Outage", Better Stack its state. The
 * severity is shown once, by the severity tag; as a phase such a word only says the incident is under way.
 */
const STATUS_KEYS: Record<string, MessageKey> = {
  investigating: 'status_investigating',
  identified: 'status_identified',
  monitoring: 'status_monitoring',
  resolved: 'status_resolved',
  closed: 'status_resolved',
  postmortem: 'status_postmortem',
  // Maintenances: Statuspage's words, Instatus's NOTSTARTEDYET, StatusIQ's "Under Maintenance".
  scheduled: 'status_scheduled',
  not_started_yet: 'status_scheduled',
  in_progress: 'status_in_progress',
  maintenance_in_progress: 'status_in_progress',
  under_maintenance: 'status_in_progress',
  maintenance: 'status_in_progress',
  verifying: 'status_verifying',
  completed: 'status_completed',
  cancelled: 'status_completed',
  canceled: 'status_completed',
  // xAI's and feeds' words for an incident under way.
  active: 'status_active',
  update: 'status_update',
  // Severities written as a status: under way, at the severity the tag shows.
  service_information: 'status_active',
  service_disruption: 'status_active',
  service_outage: 'status_active',
  degraded: 'status_active',
  degraded_performance: 'status_active',
  partial_outage: 'status_active',
  major_outage: 'status_active',
  full_outage: 'status_active',
  downtime: 'status_active',
};

/** The platform's status word in the user's language; a word we do not know is shown as the page wrote it. */
export function statusWord(status: string, t: Translate): string {
  const key = Object.hasOwn(STATUS_KEYS, status) ? STATUS_KEYS[status] : undefined;
  return key ? t(key) : status.replaceAll('_', ' ');
}
