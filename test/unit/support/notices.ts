import type { Notice } from '../../../src/core/notify/notification-text';

/** A notice of the shape the worker queues (core/notify/notification-text), for one assistant. */
export function noticeAbout(id: string): Notice {
  return {
    id,
    title: `Notice ${id}`,
    message: 'Something happened',
    silent: false,
    severity: 'partial_outage',
    providerId: 'claude-api',
    providerName: 'Claude API',
    openUrl: 'https://status.claude.com',
    statusPageUrl: 'https://status.claude.com',
  };
}
