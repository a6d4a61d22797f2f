import { CATALOG } from '../catalog/providers';
import type { CustomPage, NotificationSettings, Provider, Settings } from '../model';
import { MINUTES_AN_HOUR } from '../time';

export const DEFAULT_POLL_MINUTES = 2;
export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 30;

export function defaultNotificationSettings(): NotificationSettings {
  return {
    enabled: true,
    minSeverity: 'partial_outage',
    maintenance: false,
    unreadable: true,
    ownTraffic: false,
    muted: [],
    snoozes: [],
    quietHours: {
      enabled: false,
      startMinutes: 22 * MINUTES_AN_HOUR,
      endMinutes: 7 * MINUTES_AN_HOUR,
      majorOutagesBreakThrough: true,
    },
  };
}

export function defaultSettings(): Settings {
  return {
    version: 3,
    watched: CATALOG.map((provider) => provider.id),
    pollMinutes: DEFAULT_POLL_MINUTES,
    notifications: defaultNotificationSettings(),
    components: {},
    customPages: [],
    focusOpenTabs: false,
    ownTraffic: [],
  };
}

/** A page the user added, as a provider the core polls and shows like any other. */
export function customProvider(page: CustomPage): Provider {
  return {
    id: page.id,
    name: page.name,
    category: page.category,
    chatUrl: page.chatUrl,
    statusPageUrl: page.statusPageUrl,
    sources: page.sources,
  };
}

/** Every assistant these settings know: the catalog's, with the user's component choices, then the user's pages. */
export function knownProviders(settings: Settings): Provider[] {
  const builtIn = CATALOG.map((provider) => {
    const chosen = settings.components[provider.id];
    return chosen && chosen.length > 0 ? { ...provider, componentIds: chosen } : provider;
  });
  return [...builtIn, ...settings.customPages.map(customProvider)];
}

/** The watched providers, in the user's order, skipping ids no longer known. */
export function watchedProviders(settings: Settings): Provider[] {
  const known = new Map(knownProviders(settings).map((provider) => [provider.id, provider]));
  return settings.watched.flatMap((id) => known.get(id) ?? []);
}
