import { jsonOf } from '../../fetch/body';
import type { SnapshotParser } from '../platform';
import { readingParser } from '../reading';
import { googleIncidentRecords, namesLocations, snapshotGoogleIncidents } from './incidents';

/**
 * Google Workspace Status Dashboard, https://www.google.com/appsstatus/dashboard/incidents.json: Google Cloud's
 * incident format without locations, for Gmail, Chat, Meet, Gemini and the other Workspace products. Its status
 * page is https://www.google.com/appsstatus/dashboard/ and an incident's `uri` ("incidents/<id>") lives below
 * that path. Scope a provider by product id, e.g. `npdyhgECDJ6tB66MxXyo` (Gemini).
 */
export const snapshotGoogleWorkspace: SnapshotParser = snapshotGoogleIncidents;

export const parseGoogleWorkspace = readingParser(snapshotGoogleWorkspace);

/**
 * A Google incident list with no location anywhere: Google Cloud places every incident in regions, Workspace
 * never does. Google's other dashboards in this format (Search, Ads) read the same way, so claiming them is
 * harmless. An empty list could be either dashboard, so it is claimed by neither.
 */
export function isGoogleWorkspaceDocument(doc: unknown): boolean {
  const incidents = googleIncidentRecords(doc);
  return incidents.length > 0 && !incidents.some(namesLocations);
}

export function looksLikeGoogleWorkspace(body: string): boolean {
  return isGoogleWorkspaceDocument(jsonOf(body));
}
