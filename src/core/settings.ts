import { CATALOG, providerById } from './catalog';
import type { NotificationSettings, Provider, Settings } from './model';

export const DEFAULT_POLL_MINUTES = 2;
export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 30;

export function defaultNotificationSettings(): NotificationSettings {
  return {
    enabled: true,
    minSeverity: 'partial_outage',
    maintenance: false,
    unreadable: true,
    muted: [],
    snoozes: [],
    quietHours: { enabled: false, startMinutes: 22 * 60, endMinutes: 7 * 60, majorOutagesBreakThrough: true },
  };
}

export function defaultSettings(): Settings {
  return {
    version: 2,
    watched: CATALOG.map((provider) => provider.id),
    pollMinutes: DEFAULT_POLL_MINUTES,
    notifications: defaultNotificationSettings(),
  };
}

/** The watched providers, in the user's order, skipping ids the catalog no longer has. */
export function watchedProviders(settings: Settings): Provider[] {
  return settings.watched.flatMap((id) => {
    const provider = providerById(id);
    return provider ? [provider] : [];
  });
}
