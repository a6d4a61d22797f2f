import { jsonOf } from '../../fetch/body';
import type { SnapshotParser } from '../platform';
import { readingParser } from '../reading';
import { googleIncidentRecords, namesLocations, snapshotGoogleIncidents } from './incidents';

/**
 * Google Cloud Service Health, https://status.cloud.google.com/incidents.json (schema:
 * https://status.cloud.google.com/incidents.schema.json). The whole incident history since the dashboard began,
 * each incident placed in regions (`currently_affected_locations`, `previously_affected_locations`, updates'
 * `affected_locations`). A reading has no notion of region, so an open incident counts for its products
 * wherever it is. Scope a provider by product id, e.g. `Z0FZJAMvEB4j3NbCJs6B` ("Vertex Gemini API", now
 * titled "Gemini on Agent Platform").
 */
export const snapshotGoogleCloud: SnapshotParser = snapshotGoogleIncidents;

export const parseGoogleCloud = readingParser(snapshotGoogleCloud);

/**
 * A Google incident list that places its incidents in regions. Workspace writes the same incident shape without
 * any location field, which is the only difference the content shows; an empty list could be either, so it is
 * claimed by neither.
 */
export function isGoogleCloudDocument(doc: unknown): boolean {
  return googleIncidentRecords(doc).some(namesLocations);
}

export function looksLikeGoogleCloud(body: string): boolean {
  return isGoogleCloudDocument(jsonOf(body));
}
