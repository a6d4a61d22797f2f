import { CATALOG, providerById } from './catalog';
import type { Provider, Settings } from './model';

export const DEFAULT_POLL_MINUTES = 2;
export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 30;

export function defaultSettings(): Settings {
  return { version: 1, watched: CATALOG.map((provider) => provider.id), pollMinutes: DEFAULT_POLL_MINUTES };
}

/** The watched providers, in the user's order, skipping ids the catalog no longer has. */
export function watchedProviders(settings: Settings): Provider[] {
  return settings.watched.flatMap((id) => {
    const provider = providerById(id);
    return provider ? [provider] : [];
  });
}
