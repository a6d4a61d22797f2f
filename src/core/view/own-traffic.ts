import type { Translate } from '../i18n';
import type { Provider, Severity, State } from '../model';
import { MINUTE_MS } from '../time';
import type { TrafficEpisode } from '../traffic/episodes';
import type { TrafficVerdict } from '../traffic/rule';
import { KEEP_RUN_MINUTES, SAME_RUN_GAP_MINUTES } from '../traffic/thresholds';

/**
 * What the user's own requests say, assistant by assistant, beside what its status page says (issue 17): the
 * badge's tooltip and the popup show it apart from the page's word, never in place of it.
 */
export type OwnTrafficNote =
  | { kind: 'failing'; provider: Provider; statusSeverity: Severity; sinceMinute: number }
  | { kind: 'usage_limit'; provider: Provider; sinceMinute: number }
  | { kind: 'own_network'; providers: Provider[]; sinceMinute: number };

/** The notes of the watched assistants, failing ones first, in the user's order. */
export function ownTrafficNotes(
  verdict: TrafficVerdict | undefined,
  state: State,
  watched: readonly Provider[],
): OwnTrafficNote[] {
  if (!verdict) return [];
  const byId = new Map(watched.map((provider) => [provider.id, provider]));
  const notes: OwnTrafficNote[] = [];
  const network = verdict.ownNetwork;
  const networkProviders = (network?.providerIds ?? []).flatMap((id) => byId.get(id) ?? []);
  if (network && networkProviders.length > 0) {
    notes.push({ kind: 'own_network', providers: networkProviders, sinceMinute: network.sinceMinute });
  }
  const order = (id: string) => watched.findIndex((provider) => provider.id === id);
  const warnings = [...verdict.warnings].sort(
    (a, b) => Number(a.kind === 'usage_limit') - Number(b.kind === 'usage_limit') || order(a.providerId) - order(b.providerId),
  );
  for (const warning of warnings) {
    const provider = byId.get(warning.providerId);
    if (!provider) continue;
    notes.push(
      warning.kind === 'failing'
        ? {
            kind: 'failing',
            provider,
            statusSeverity: state.providers[provider.id]?.severity ?? 'unknown',
            sinceMinute: warning.sinceMinute,
          }
        : { kind: 'usage_limit', provider, sinceMinute: warning.sinceMinute },
    );
  }
  return notes;
}

/**
 * "Claude: your requests are failing · status page: Operational", the user's limit and network as such: the one
 * wording of a note, in the badge's tooltip and in the popup.
 */
export function ownTrafficLine(note: OwnTrafficNote, t: Translate): string {
  switch (note.kind) {
    case 'failing':
      return t('badgeLineOwnFailing', [note.provider.name, t(`severity_${note.statusSeverity}`)]);
    case 'usage_limit':
      return t('badgeLineOwnLimit', note.provider.name);
    case 'own_network':
      return t('badgeLineOwnNetwork', note.providers.map((provider) => provider.name).join(', '));
  }
}

/**
 * How many minutes before the status page's incident began the user's own requests to the assistant began
 * failing (issue 17), when they did: the run began first, lasted until close to the incident's start, and no
 * earlier incident of the assistant was already there. Undefined otherwise, or under a minute.
 */
export function ownLeadMinutes(run: TrafficEpisode | undefined, incidentStarts: readonly string[]): number | undefined {
  if (!run) return undefined;
  const starts = incidentStarts.map((iso) => Date.parse(iso)).filter((at) => !Number.isNaN(at));
  if (starts.length === 0) return undefined;
  const pageMinute = Math.floor(Math.min(...starts) / MINUTE_MS);
  const lead = pageMinute - run.firstMinute;
  if (lead < 1 || lead > KEEP_RUN_MINUTES) return undefined;
  // A run that had ended long before the incident began is another trouble, not an early word of this one.
  return run.lastMinute >= pageMinute - SAME_RUN_GAP_MINUTES ? lead : undefined;
}
