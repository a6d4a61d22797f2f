import type { Reading } from '../model';
import type { Result } from '../result';

export interface ParseContext {
  /** The URL that answered, recorded on the Reading. */
  source: string;
  /** The human status page; incident links are built on its origin, never on a URL from the payload. */
  statusPageUrl: string;
  /** Component ids the provider cares about; absent reads the whole page. */
  componentIds?: readonly string[];
  fetchedAt: string;
}

export type Parser = (body: string, context: ParseContext) => Result<Reading>;

/** Feed text is untrusted and unbounded; these caps keep storage and the popup small. */
export const MAX_TITLE_LENGTH = 300;
export const MAX_BODY_LENGTH = 2_000;

export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

export function incidentUrl(statusPageUrl: string, id: string): string {
  return new URL(`/incidents/${encodeURIComponent(id)}`, statusPageUrl).href;
}
