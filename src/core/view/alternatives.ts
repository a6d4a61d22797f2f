import { type Category, hasStatusSource, type Provider, type Severity, type State } from '../model';
import { isAffected } from '../severity';
import { compareReliability, type ReliabilityFigure } from './reliability-order';

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
 * public status page (worth a try, but nothing says they work). Within a group, the one that has been more
 * reliable lately comes first (`reliability`: each assistant's 30-day figure, by id, see ./reliability), then
 * the user's order. Live health always wins: a month without trouble does not make a page in maintenance now
 * a better offer. Without the map, or for an assistant missing from it, the user's order alone decides
 * (compareReliability puts a missing figure after any figure).
 */
export function alternativesFor(
  category: Category,
  state: State,
  watched: readonly Provider[],
  reliability?: Readonly<Record<string, ReliabilityFigure>>,
): Provider[] {
  const healthRank = (provider: Provider) =>
    hasStatusSource(provider) ? HEALTHY.indexOf(state.providers[provider.id]?.severity ?? 'unknown') : HEALTHY.length;
  // Own keys only: an id such as "constructor" must not find Object.prototype's member and rank as a figure.
  const figureOf = (provider: Provider) =>
    reliability && Object.hasOwn(reliability, provider.id) ? reliability[provider.id] : undefined;
  return watched
    .filter((provider) => provider.category === category && healthRank(provider) >= 0)
    .map((provider, order) => ({ provider, order, health: healthRank(provider), figure: figureOf(provider) }))
    .sort((a, b) => a.health - b.health || compareReliability(a.figure, b.figure) || a.order - b.order)
    .map((entry) => entry.provider);
}
