import type { FetchedBody } from '../fetch/fetch-text';
import type { Provider, ReadError, Reading, Source } from '../model';
import { parserFor } from '../platforms/parsers';
import { boundReading } from './bound-reading';

/**
 * What a poll made of one provider. `paced`: its source was not fetched this poll (core/poll/pace), and the
 * reading is the one it had, kept as it was, with its State.
 */
export type SourceResult = { ok: true; reading: Reading; paced?: true } | { ok: false; error: ReadError };

/** Parse what one source answered, on behalf of one provider (its scope, its status page). */
export function readFetched(provider: Provider, source: Source, fetched: FetchedBody, at: string): SourceResult {
  if ('failure' in fetched) return { ok: false, error: { ...fetched.failure, source: source.url, at } };
  const parsed = parserFor(source.platform)(fetched.body, {
    source: source.url,
    statusPageUrl: provider.statusPageUrl ?? new URL(source.url).origin,
    ...(provider.componentIds ? { componentIds: provider.componentIds } : {}),
    fetchedAt: at,
  });
  if (!parsed.ok) return { ok: false, error: { ...parsed.failure, source: source.url, at } };
  // Every parser's reading is bounded and cleaned here, once, before it can reach a view or storage.
  return { ok: true, reading: boundReading(parsed.value) };
}
