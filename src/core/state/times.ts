import type { ProviderState, State } from '../model';

/**
 * When the latest poll ran, and the providers whose times differ from it. Stored under a key of its own so
 * that a quiet poll, where only these times move, writes a few dozen bytes instead of the whole State.
 */
export interface StoredTimes {
  checkedAt: string;
  /** By provider id: only the times that are not `checkedAt` (a paced source, a reading kept from before). */
  except?: Record<string, { checkedAt?: string; fetchedAt?: string }>;
}

/** What stands in the State's body for a time kept in StoredTimes. */
const IN_TIMES = '';

/**
 * The State apart from its times: the body (times blanked) changes only when something a user could see
 * changes, and the times, which change at every poll. `joinTimes(splitTimes(s).body, splitTimes(s).times)`
 * is `s` again.
 */
export function splitTimes(state: State): { body: State; times?: StoredTimes } {
  const at = state.checkedAt;
  if (at === undefined) return { body: state };
  const except: NonNullable<StoredTimes['except']> = {};
  const providers: Record<string, ProviderState> = {};
  for (const [id, provider] of Object.entries(state.providers)) {
    const fetchedAt = provider.reading?.fetchedAt;
    const differs = {
      ...(provider.checkedAt === at ? {} : { checkedAt: provider.checkedAt }),
      ...(fetchedAt === undefined || fetchedAt === at ? {} : { fetchedAt }),
    };
    if (Object.keys(differs).length > 0) except[id] = differs;
    providers[id] = {
      ...provider,
      checkedAt: IN_TIMES,
      ...(provider.reading ? { reading: { ...provider.reading, fetchedAt: IN_TIMES } } : {}),
    };
  }
  const { checkedAt: _moved, ...rest } = state;
  return {
    body: { ...rest, providers },
    times: { checkedAt: at, ...(Object.keys(except).length > 0 ? { except } : {}) },
  };
}

/**
 * The State again from its body and times. A body written before times had a key of their own carries its
 * times itself: they are kept where the times say nothing.
 */
export function joinTimes(body: State, times: StoredTimes | undefined): State {
  if (!times) return body;
  const providers: Record<string, ProviderState> = {};
  for (const [id, provider] of Object.entries(body.providers)) {
    const except = times.except?.[id];
    const checkedAt = except?.checkedAt ?? (provider.checkedAt || times.checkedAt);
    const reading = provider.reading && {
      ...provider.reading,
      fetchedAt: except?.fetchedAt ?? (provider.reading.fetchedAt || times.checkedAt),
    };
    providers[id] = { ...provider, checkedAt, ...(reading ? { reading } : {}) };
  }
  return { ...body, checkedAt: times.checkedAt, providers };
}
