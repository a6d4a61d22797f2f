import type { MessageKey, Translate } from '../core/i18n';
import type { ReadError } from '../core/model';

const STATUS_KEYS: Record<string, MessageKey> = {
  investigating: 'status_investigating',
  identified: 'status_identified',
  monitoring: 'status_monitoring',
  resolved: 'status_resolved',
  scheduled: 'status_scheduled',
  in_progress: 'status_in_progress',
  verifying: 'status_verifying',
  completed: 'status_completed',
};

/** The platform's status word in the user's language; a word we do not know is shown as the page wrote it. */
export function statusWord(status: string, t: Translate): string {
  const key = Object.hasOwn(STATUS_KEYS, status) ? STATUS_KEYS[status] : undefined;
  return key ? t(key) : status.replaceAll('_', ' ');
}

export function errorReason(error: ReadError, t: Translate): string {
  return t(`errorKind_${error.kind}`, error.status === undefined ? [] : [String(error.status)]);
}
