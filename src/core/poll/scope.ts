import type { Settings } from '../model';
import { watchedProviders } from '../settings/settings';

/**
 * What a poll reads, as one comparable string: the watched providers as a set (the user's order is how
 * they are shown, not what is read), each with its sources in order (tried in that order) and its
 * components as a set. Two settings with the same scope poll the same pages for the same readings.
 */
export function pollScope(settings: Settings): string {
  const providers = watchedProviders(settings)
    .map((provider) => ({
      id: provider.id,
      sources: provider.sources.map((source) => [source.platform, source.url]),
      componentIds: provider.componentIds ? [...new Set(provider.componentIds)].sort() : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify(providers);
}
