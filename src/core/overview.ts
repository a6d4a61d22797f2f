import { hasStatusSource } from './catalog';
import type { Provider, ProviderState, Severity, State } from './model';
import { isAffected } from './severity';

export interface ProviderRow {
  provider: Provider;
  /** Absent before the first poll that included this provider. */
  state?: ProviderState;
  severity: Severity;
}

export interface Overview {
  /** Not operational, worst first: outages, then maintenance, then could-not-check. */
  attention: ProviderRow[];
  operational: ProviderRow[];
  /** Watched assistants with no public status page: never counted, never shown as operational. */
  unmonitored: Provider[];
  affectedCount: number;
  unknownCount: number;
  maintenanceCount: number;
}

const ATTENTION_ORDER: readonly Severity[] = ['major_outage', 'partial_outage', 'degraded', 'maintenance', 'unknown'];

/** What the popup shows, in the order it shows it. */
export function overviewOf(state: State, watched: readonly Provider[]): Overview {
  const rows: ProviderRow[] = watched.filter(hasStatusSource).map((provider) => {
    const providerState = state.providers[provider.id];
    return providerState
      ? { provider, state: providerState, severity: providerState.severity }
      : { provider, severity: 'unknown' };
  });
  const attention = rows
    .filter((row) => row.severity !== 'operational')
    .map((row, order) => ({ row, order }))
    .sort((a, b) => ATTENTION_ORDER.indexOf(a.row.severity) - ATTENTION_ORDER.indexOf(b.row.severity) || a.order - b.order)
    .map((entry) => entry.row);
  return {
    attention,
    operational: rows.filter((row) => row.severity === 'operational'),
    unmonitored: watched.filter((provider) => !hasStatusSource(provider)),
    affectedCount: rows.filter((row) => isAffected(row.severity)).length,
    unknownCount: rows.filter((row) => row.severity === 'unknown').length,
    maintenanceCount: rows.filter((row) => row.severity === 'maintenance').length,
  };
}
