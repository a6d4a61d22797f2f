import { providerById } from '../../../src/core/catalog/providers';
import type { Provider, ReadError, Reading, Severity, State } from '../../../src/core/model';

/** Small states for the view's rules: a severity per assistant, with a reading, or a timeout for 'unknown'. */

export function reading(severity: Reading['severity'], fetchedAt = '2026-10-07T12:00:00.000Z'): Reading {
  return {
    severity,
    incidents: [],
    components: [],
    maintenances: [],
    source: 'https://status.claude.com/api/v2/summary.json',
    fetchedAt,
  };
}

export const timeout: ReadError = {
  kind: 'timeout',
  message: 'no answer within 10 s',
  source: 'https://status.claude.com/api/v2/summary.json',
  at: '2026-10-07T12:02:00.000Z',
};

export function stateOf(severities: Record<string, Severity>): State {
  const providers: State['providers'] = {};
  for (const [id, severity] of Object.entries(severities)) {
    providers[id] =
      severity === 'unknown'
        ? { severity, error: timeout, checkedAt: 'x' }
        : { severity, reading: reading(severity), checkedAt: 'x' };
  }
  return { version: 1, checkedAt: '2026-10-07T12:00:00.000Z', providers };
}

export function providers(...ids: string[]): Provider[] {
  return ids.map((id) => {
    const provider = providerById(id);
    if (!provider) throw new Error(id);
    return provider;
  });
}
