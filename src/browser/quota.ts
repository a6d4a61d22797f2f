import { isRecord } from '../core/fetch/fields';

/**
 * Whether a storage write was refused for lack of room. Chrome rejects with "QUOTA_BYTES quota exceeded"
 * (or QUOTA_BYTES_PER_ITEM); Firefox with a QuotaExceededError. Either may come as an Error, a
 * DOMException or a plain object with a message, depending on the browser and the polyfill.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error === 'string') return /quota/i.test(error);
  if (!isRecord(error)) return false;
  return error.name === 'QuotaExceededError' || (typeof error.message === 'string' && /quota/i.test(error.message));
}
