import { providerById } from '../core/catalog/providers';
import type { Settings } from '../core/model';

export interface ComponentScope {
  /** In scope now: the user's choice, else the default. */
  inScope: readonly string[];
  /** In scope while the user has made no choice: the catalog's ids, or every component of a page read whole. */
  defaults: readonly string[];
  /** The user made a choice, which "Use the default" forgets. */
  chosen: boolean;
}

/**
 * The default comes from the catalog, not from knownProviders, which already carries the user's choice.
 * A page the user added has no catalog entry: it is read whole.
 */
export function componentScope(settings: Settings, providerId: string, pageComponentIds: readonly string[]): ComponentScope {
  const defaults = providerById(providerId)?.componentIds ?? pageComponentIds;
  const choice = settings.components[providerId];
  const chosen = choice !== undefined && choice.length > 0;
  return { inScope: chosen ? choice : defaults, defaults, chosen };
}
