import type { Provider, SourceMemo, State } from '../model';
import { isDue, KB, paceMs } from './pace';
import { keptReading, scopeDigest } from './reuse';

export type SourceMemos = Record<string, SourceMemo>;

export interface PaceContext {
  /** What the last poll left: each provider's reading and each source's memo. */
  previous: State;
  pollMs: number;
  nowMs: number;
  /** The build that reads (see scopeDigest). */
  reader: string;
}

/**
 * The source URLs a scheduled poll leaves alone: heavy ones without validators not yet due (core/poll/pace).
 * A source whose body changed at its last fetch is read again at once (SourceMemo.changed). A URL is left alone only when every provider this poll reads that lists it has a reading from it it may keep
 * (keptReading): a provider new to the URL, one whose scope changed, one that failed, one whose reading
 * foresaw a change that has come, all need the page now. Its weight is what its last answer weighed, or what
 * the catalog declares before it was ever fetched (or when its memo was lost); its last fetch is its readings'
 * `fetchedAt`.
 */
export function pacedSources(providers: readonly Provider[], context: PaceContext): Set<string> {
  const { previous, pollMs, nowMs, reader } = context;
  const byUrl = new Map<string, { weightKB: number | undefined; fetchedAt: number[]; keepable: boolean }>();
  for (const provider of providers) {
    for (const source of provider.sources) {
      const entry = byUrl.get(source.url) ?? { weightKB: source.weightKB, fetchedAt: [], keepable: true };
      const kept = keptReading(previous.providers[provider.id], source, scopeDigest(provider, source, reader), nowMs);
      if (kept) entry.fetchedAt.push(Date.parse(kept.fetchedAt));
      else entry.keepable = false;
      byUrl.set(source.url, entry);
    }
  }
  const paced = new Set<string>();
  for (const [url, entry] of byUrl) {
    if (!entry.keepable || entry.fetchedAt.length === 0) continue;
    const memo = previous.sources?.[url];
    // It changed at its last fetch: read again now, so that the change is confirmed a poll later, not a pace.
    if (memo?.changed) continue;
    const bytes = memo?.bytes ?? (entry.weightKB ?? 0) * KB;
    // Before its first answer here a source's validators are not known: it is taken to have none.
    const interval = paceMs(bytes, memo?.validated ?? false, pollMs);
    if (interval > pollMs && !isDue(Math.max(...entry.fetchedAt), interval, pollMs, nowMs)) paced.add(url);
  }
  return paced;
}

/**
 * The memo table after a poll: what this poll's answers weighed, else what was known, for the URLs the
 * providers still list. A URL no longer watched drops out, so the table never outgrows the watch list.
 */
export function nextSources(
  previous: SourceMemos | undefined,
  fresh: ReadonlyMap<string, SourceMemo>,
  providers: readonly Provider[],
): SourceMemos {
  const next: SourceMemos = {};
  for (const provider of providers) {
    for (const { url } of provider.sources) {
      const memo = fresh.get(url) ?? previous?.[url];
      if (memo) next[url] = memo;
    }
  }
  return next;
}
