import { type Category, hasStatusSource, type Provider, type Severity, type State } from '../model';
import { isAffected } from '../severity';
import { type AffectedEntry, affectedEntries, type Staleness, stalenessOf, unstatedAt } from './affected';
import { alternativesFor } from './alternatives';
import { overviewOf, type ProviderRow } from './overview';
import type { ReliabilityFigure } from './reliability-order';

/** Assistants of one level, as the headline names them: "Partial outage: Claude API, Gemini API". */
export interface HeadlineGroup {
  severity: Severity;
  /** The level stands only on incidents that state none: said as "incident posted". */
  unstated: boolean;
  providers: Provider[];
}

/**
 * The one line that answers "is it them or me". `trouble` names the assistants (affected; or, with none
 * affected, those in maintenance or that could not be checked), at most `MAX_NAMED` of them, and counts the rest.
 */
export type Headline =
  | { kind: 'nothing_watched' }
  | { kind: 'not_checked' }
  | { kind: 'offline'; lastKnown: HeadlineGroup[] }
  | { kind: 'all_clear'; checked: number }
  | { kind: 'trouble'; tone: 'affected' | 'maintenance' | 'unknown'; groups: HeadlineGroup[]; more: number };

/** A healthy assistant offered instead of an affected one. */
export interface Offer {
  provider: Provider;
  /** Its level; absent for an assistant with no public status page (worth a try, nothing says it works). */
  severity?: Severity;
  /** The URL its level was read from, for hover text. */
  source?: string;
}

/** Where to go instead, for one kind of assistant in which one is affected. */
export interface BestAlternative extends Partial<Offer> {
  category: Category;
  /** The affected assistants of the kind, worst first: what it stands in for. */
  insteadOf: Provider[];
}

/** The other healthy assistants of one affected kind, after the best one, in the order they are offered. */
export interface MoreAlternatives {
  category: Category;
  offers: Offer[];
}

/** An assistant that is neither affected nor offered: its row, and what its page last said if it failed. */
export interface RestRow {
  row: ProviderRow;
  stale?: Staleness;
}

/**
 * The popup, decided: what its first screen says and in what order everything follows. Every watched
 * assistant is in exactly one of `affected`, `best`, `alternatives`, `rest` and `unmonitored`, or in none
 * when the connection is down (then only the headline speaks).
 */
export interface FirstScreen {
  headline: Headline;
  /** One per kind in which an assistant is affected, the worst-affected assistant's kind first. */
  best: BestAlternative[];
  affected: AffectedEntry[];
  alternatives: MoreAlternatives[];
  /** Everyone else with a status page, in the user's order: working, in maintenance, or could not check. */
  rest: RestRow[];
  /** Watched, with no public status page, and not offered above. */
  unmonitored: Provider[];
  /** Where keyboard focus starts: the way out when there is one, else what is wrong, else checking again. */
  focus: 'best' | 'affected' | 'refresh';
}

/** More names than this turn the headline into a list; the rest are counted, and listed below it. */
export const MAX_NAMED = 8;

export interface FirstScreenOptions {
  /** The browser itself says it is offline (navigator.onLine): nothing read now can be trusted as fresh. */
  browserOffline?: boolean;
  /**
   * Each assistant's 30-day reliability figure, by id: among equally healthy alternatives, the more reliable
   * lately is offered first (see alternativesFor). Absent, the user's order alone decides, as before.
   */
  reliability?: Readonly<Record<string, ReliabilityFigure>>;
}

export function firstScreenOf(state: State, watched: readonly Provider[], options: FirstScreenOptions = {}): FirstScreen {
  const overview = overviewOf(state, watched);
  const affectedRows = overview.glance.attention.filter((row) => isAffected(row.glanceSeverity));
  if (watched.length === 0) return onlyHeadline({ kind: 'nothing_watched' });
  // The badge's rule (overview.connectionDown): every page failed without an answer. Saying it once
  // replaces twenty identical "no network connection" rows, which would blame the assistants.
  if (overview.connectionDown || options.browserOffline === true) {
    return onlyHeadline({ kind: 'offline', lastKnown: groupsOf(affectedRows) });
  }

  const offers = [...new Set(affectedRows.map((row) => row.provider.category))].map((category) => ({
    category,
    // Only assistants whose page says they work: those without a public status page are kept apart, labelled.
    offers: alternativesFor(category, state, watched, options.reliability)
      .filter(hasStatusSource)
      .map((provider) => offerOf(provider, state)),
    insteadOf: affectedRows.filter((row) => row.provider.category === category).map((row) => row.provider),
  }));
  const best = offers.map(({ category, offers: [first], insteadOf }) => ({ category, ...first, insteadOf }));
  const shown = new Set([...affectedRows, ...offers.flatMap((offer) => offer.offers)].map(idOf));
  const rows = new Map([...overview.attention, ...overview.operational].map((row) => [row.provider.id, row]));
  const rest = watched
    .flatMap((provider) => rows.get(provider.id) ?? [])
    .filter((row) => !shown.has(row.provider.id))
    .map((row) => {
      const stale = stalenessOf(row, state);
      return stale ? { row, stale } : { row };
    });
  const affected = affectedEntries(affectedRows, state);
  return {
    headline: headlineOf(state, overview.glance.attention, affectedRows, rows.size),
    best,
    affected,
    alternatives: offers
      .map(({ category, offers: [, ...others] }) => ({ category, offers: others }))
      .filter((more) => more.offers.length > 0),
    rest,
    unmonitored: overview.unmonitored.filter((provider) => !shown.has(provider.id)),
    focus: best.some((offer) => offer.provider) ? 'best' : affected.length > 0 ? 'affected' : 'refresh',
  };
}

/** Nothing read yet, nor known what is watched: the worker has not written its first roster. */
export function notCheckedScreen(): FirstScreen {
  return onlyHeadline({ kind: 'not_checked' });
}

function onlyHeadline(headline: Headline): FirstScreen {
  return { headline, best: [], affected: [], alternatives: [], rest: [], unmonitored: [], focus: 'refresh' };
}

function idOf(item: ProviderRow | { provider: Provider }): string {
  return item.provider.id;
}

function offerOf(provider: Provider, state: State): Offer {
  if (!hasStatusSource(provider)) return { provider };
  const read = state.providers[provider.id];
  return { provider, severity: read?.severity ?? 'unknown', ...(read?.reading ? { source: read.reading.source } : {}) };
}

function headlineOf(
  state: State,
  attention: readonly ProviderRow[],
  affectedRows: readonly ProviderRow[],
  checked: number,
): Headline {
  if (affectedRows.length > 0) return trouble('affected', affectedRows);
  if (state.checkedAt === undefined) return { kind: 'not_checked' };
  if (attention.length === 0) return { kind: 'all_clear', checked };
  return trouble(attention.some((row) => row.glanceSeverity === 'unknown') ? 'unknown' : 'maintenance', attention);
}

function trouble(tone: 'affected' | 'maintenance' | 'unknown', rows: readonly ProviderRow[]): Headline {
  return { kind: 'trouble', tone, groups: groupsOf(rows.slice(0, MAX_NAMED)), more: Math.max(0, rows.length - MAX_NAMED) };
}

/** Rows (worst first) gathered by the level a glance shows, in the order the levels first appear. */
function groupsOf(rows: readonly ProviderRow[]): HeadlineGroup[] {
  const groups = new Map<string, HeadlineGroup>();
  for (const row of rows) {
    const unstated = unstatedAt(row);
    const key = `${row.glanceSeverity}${unstated ? ' unstated' : ''}`;
    const group = groups.get(key) ?? { severity: row.glanceSeverity, unstated, providers: [] };
    group.providers.push(row.provider);
    groups.set(key, group);
  }
  return [...groups.values()];
}
