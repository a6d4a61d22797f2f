import { type Category, hasStatusSource, type Provider, type Severity, type State } from '../model';
import { isAffected } from '../severity';

const HEALTHY: readonly Severity[] = ['operational', 'maintenance'];

/** Categories in which at least one watched assistant is affected: where the user needs somewhere else to go. */
export function affectedCategories(state: State, watched: readonly Provider[]): Category[] {
  const categories = watched
    .filter((provider) => isAffected(state.providers[provider.id]?.severity ?? 'unknown'))
    .map((provider) => provider.category);
  return [...new Set(categories)];
}

/**
 * Where to go instead, in one category: operational first, then in maintenance, then assistants with no
 * public status page (worth a try, but nothing says they work), each group in the user's order.
 */
export function alternativesFor(category: Category, state: State, watched: readonly Provider[]): Provider[] {
  const healthRank = (provider: Provider) =>
    hasStatusSource(provider) ? HEALTHY.indexOf(state.providers[provider.id]?.severity ?? 'unknown') : HEALTHY.length;
  return watched
    .filter((provider) => provider.category === category && healthRank(provider) >= 0)
    .map((provider, order) => ({ provider, order, health: healthRank(provider) }))
    .sort((a, b) => a.health - b.health || a.order - b.order)
    .map((entry) => entry.provider);
}
