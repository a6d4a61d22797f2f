import { hasStatusSource } from './catalog';
import type { Provider } from './model';
import { type FetchedBody, fetchText, type ReadDeps, readFetched, type SourceResult } from './read-source';

/**
 * Read every provider in parallel. Each provider tries its sources in order until one reads; a URL
 * shared by several providers (one page, several products) is fetched once per poll. An assistant with
 * no public status source is not polled: it has no state, rather than a made-up one.
 */
export async function pollProviders(providers: readonly Provider[], deps: ReadDeps): Promise<Record<string, SourceResult>> {
  const bodies = new Map<string, Promise<FetchedBody>>();
  const fetchOnce = (url: string): Promise<FetchedBody> => {
    let pending = bodies.get(url);
    if (!pending) {
      pending = fetchText(url, deps);
      bodies.set(url, pending);
    }
    return pending;
  };

  const entries = await Promise.all(
    providers
      .filter(hasStatusSource)
      .map(async (provider) => [provider.id, await pollProvider(provider, fetchOnce, deps)] as const),
  );
  return Object.fromEntries(entries);
}

async function pollProvider(
  provider: Provider,
  fetchOnce: (url: string) => Promise<FetchedBody>,
  deps: ReadDeps,
): Promise<SourceResult> {
  let firstFailure: SourceResult | undefined;
  for (const source of provider.sources) {
    const fetched = await fetchOnce(source.url);
    const result = readFetched(provider, source, fetched, new Date(deps.now()).toISOString());
    if (result.ok) return result;
    // The first source is the provider's own page: its fault is the one worth telling.
    firstFailure ??= result;
  }
  return (
    firstFailure ?? {
      ok: false,
      error: { kind: 'bad_payload', message: 'no status source is known', source: '', at: new Date(deps.now()).toISOString() },
    }
  );
}
