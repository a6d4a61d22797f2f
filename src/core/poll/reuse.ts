import { digestBody } from '../fetch/digest';
import type { Provider, ProviderState, Reading, ReadingBasis, Source } from '../model';

/**
 * Parsing a page is the poll's cost on the user's machine (Google's incident lists are hundreds of KB), and
 * most polls bring the body they brought last time. A reading remembers what it was made from (its basis:
 * the body's digest and how it was read), so that the same body read the same way gives the same reading
 * without parsing it again.
 */

/**
 * How a provider reads a source, as one digest: the build that reads it (a new parser must read old bodies
 * again), the platform, the URL, the status page its links are built on and the components in scope as a set.
 */
export function scopeDigest(provider: Provider, source: Source, reader: string): string {
  const components = provider.componentIds ? [...new Set(provider.componentIds)].sort() : null;
  return digestBody(JSON.stringify([reader, source.platform, source.url, provider.statusPageUrl ?? null, components])).hash;
}

/**
 * The reading this provider already has, when it was made from this very body read the same way, and nothing
 * it foresaw (`changesAt`: an incident's end, a maintenance window) has come since. A reading kept stale
 * after a failure counts too: it was made from this body, which is back.
 */
export function sameReading(before: ProviderState | undefined, basis: ReadingBasis, nowMs: number): Reading | undefined {
  const reading = before?.reading;
  if (!reading?.basis || reading.basis.body !== basis.body || reading.basis.scope !== basis.scope) return undefined;
  return stillTrue(reading, nowMs) ? reading : undefined;
}

/**
 * The reading a poll may keep as it is without fetching its source (a paced source, core/poll/pace): one read
 * from that source the same way, fresh (no error since), and still true now.
 */
export function keptReading(
  before: ProviderState | undefined,
  source: Source,
  scope: string,
  nowMs: number,
): Reading | undefined {
  const reading = before?.reading;
  if (!reading || before?.error || reading.source !== source.url || reading.basis?.scope !== scope) return undefined;
  return stillTrue(reading, nowMs) ? reading : undefined;
}

/** Nothing the reading foresaw has come: no `changesAt`, or one still ahead. A time that cannot be read has come. */
function stillTrue(reading: Reading, nowMs: number): boolean {
  return reading.changesAt === undefined || Date.parse(reading.changesAt) > nowMs;
}
