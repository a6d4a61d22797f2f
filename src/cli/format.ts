import type { Translate } from '../core/i18n';
import type { Incident, Provider, ProviderState, Reading } from '../core/model';

/** The shape `--file --json` prints: severity words for severity and impact, the platform's words for status. */
export function readingJson(reading: Reading, withLinks: boolean) {
  return {
    severity: reading.severity,
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

/** An assistant with no public status page has no state: it reads as unknown, and says why. */
export function providerJson(provider: Provider, state: ProviderState | undefined) {
  if (!state) {
    return {
      id: provider.id,
      name: provider.name,
      category: provider.category,
      severity: 'unknown',
      incidents: [],
      source: null,
      error: { kind: 'no_status_page', message: 'no public status page is known' },
    };
  }
  return {
    id: provider.id,
    name: provider.name,
    category: provider.category,
    severity: state.severity,
    incidents: (state.reading && !state.error ? state.reading.incidents : []).map((incident) => incidentJson(incident, true)),
    source: state.reading?.source ?? null,
    error: state.error ? { kind: state.error.kind, message: state.error.message } : null,
  };
}

/** A plain table: one row an assistant, with its open incidents' titles. */
export function providerTable(rows: { provider: Provider; state: ProviderState | undefined }[], t: Translate): string {
  const lines = rows.map(({ provider, state }) => {
    if (!state) return [provider.name, t('severity_unknown'), t('popupNoStatusPage')];
    const severity = t(`severity_${state.severity}`);
    const detail = state.error
      ? `${t(`errorKind_${state.error.kind}`, state.error.status === undefined ? [] : [String(state.error.status)])}`
      : (state.reading?.incidents ?? []).map((incident) => incident.title).join('; ');
    return [provider.name, severity, detail];
  });
  const header = ['Assistant', 'Status', 'Open incidents'];
  const widths = [0, 1].map((column) => Math.max(...[header, ...lines].map((line) => (line[column] ?? '').length)));
  const pad = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [pad(header), ...lines.map(pad)].join('\n');
}

export function readingSummary(reading: Reading, t: Translate): string {
  const lines = [`${t(`severity_${reading.severity}`)}`];
  for (const incident of reading.incidents) {
    lines.push(`  ${incident.title} [${incident.status}, ${t(`severity_${incident.impact}`)}] ${incident.url}`);
  }
  for (const maintenance of reading.maintenances) lines.push(`  ${maintenance.title} [${maintenance.status}]`);
  return lines.join('\n');
}
