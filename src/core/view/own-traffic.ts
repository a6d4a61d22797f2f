import type { Translate } from '../i18n';
import type { Provider, Severity, State } from '../model';
import type { TrafficVerdict } from '../traffic/rule';

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
