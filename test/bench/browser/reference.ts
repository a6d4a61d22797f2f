import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOG } from '../../../src/core/catalog/providers';

/** The minimal reference extension: hand-written, loaded as it is (no build step). */
export const REFERENCE_DIR = resolve(import.meta.dirname, '../reference');
/** Its pages: a static popup, and the same page as the place its messages are sent from. */
export const REFERENCE_POPUP = 'popup.html';
/** A popup with one script that reads storage and writes a line: the floor under a popup drawn from storage. */
export const REFERENCE_SCRIPTED_POPUP = 'scripted.html';

/** What the default catalog polls first: the first source of each provider that has one, once each. */
export function primaryStatusUrls(): string[] {
  return [...new Set(CATALOG.flatMap((provider) => provider.sources.slice(0, 1).map((source) => source.url)))];
}

/**
 * Where the reference's worker.js no longer fetches what the catalog polls first (the catalog changed):
 * the comparison is then unfair, which the bench says rather than hides. Empty when they agree.
 */
export function referenceDrift(): string[] {
  const worker = readFileSync(join(REFERENCE_DIR, 'worker.js'), 'utf8');
  const fetched = new Set([...worker.matchAll(/'(https:\/\/[^']+)'/g)].map((match) => match[1]));
  const wanted = primaryStatusUrls();
  return [
    ...wanted.filter((url) => !fetched.has(url)).map((url) => `the reference does not fetch ${url}`),
    ...[...fetched]
      .filter((url) => url !== undefined && !wanted.includes(url))
      .map((url) => `the reference fetches ${url}, which the catalog does not poll first`),
  ];
}
