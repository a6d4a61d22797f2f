import type { Translate } from '../core/i18n';
import { hasStatusSource, type Incident, type Provider, type ProviderState, type Reading } from '../core/model';

/**
 * The shape `--file --json` prints: severity words for severity and impact, the platform's words for status.
 * `withLinks` false: the page's address is not known, so an incident's `url` is null rather than guessed.
 */
export function readingJson(reading: Reading, withLinks: boolean) {
  return { severity: reading.severity, ...listsJson(reading, withLinks) };
}

/** No reading (no page, or a failed check): empty lists, since what they would hold is not known. */
function listsJson(reading: Reading | undefined, withLinks: boolean) {
  if (!reading) return { incidents: [], components: [], maintenances: [] };
  return {
    incidents: reading.incidents.map((incident) => incidentJson(incident, withLinks)),
    components: reading.components.map(({ id, name, status, severity }) => ({ id, name, status, severity })),
    maintenances: reading.maintenances.map(({ id, title, status, scheduledFor, scheduledUntil }) => ({
      id,
      title,
      status,
      scheduledFor: scheduledFor ?? null,
      scheduledUntil: scheduledUntil ?? null,
    })),
  };
}

function incidentJson(incident: Incident, withLinks: boolean) {
  const { id, title, status, impact, startedAt, url } = incident;
  return { id, title, status, impact, startedAt, url: withLinks ? url : null };
}

/**
 * One assistant of the live check. An assistant with no public status page is never checked: it reads as
 * unknown and says why. A failed check lists nothing: what it would list is not known.
 */
export function providerJson(provider: Provider, state: ProviderState | undefined, t: Translate) {
  const about = { id: provider.id, name: provider.name, category: provider.category, statusPage: provider.statusPageUrl ?? null };
  if (!hasStatusSource(provider)) {
    return {
      ...about,
      severity: 'unknown',
      ...listsJson(undefined, false),
      source: null,
      error: { kind: 'no_status_page', message: t('popupNoStatusPage') },
    };
  }
  const fresh = state && !state.error ? state.reading : undefined;
  return {
    ...about,
    severity: state?.severity ?? 'unknown',
    ...listsJson(fresh, true),
    source: fresh?.source ?? null,
    error: state?.error ? { kind: state.error.kind, message: state.error.message } : null,
  };
}
