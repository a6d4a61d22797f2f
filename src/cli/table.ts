import type { Translate } from '../core/i18n';
import { hasStatusSource, type Incident, type Maintenance, type Provider, type ProviderState, type Reading } from '../core/model';
import { statusWord } from '../core/view/status-words';
import { utcTime } from './words';

/**
 * What a reading says, one line each, indented under its assistant: open incidents with their start, the
 * parts that are not operational (the reading is already cut to the assistant's components), maintenances
 * with their times. A link is shown only when the page's address is known.
 */
export function readingLines(reading: Reading, t: Translate, withLinks: boolean): string[] {
  return [
    ...reading.incidents.map((incident) => `  ${incidentLine(incident, t, withLinks)}`),
    ...reading.components
      .filter((component) => component.severity !== 'operational')
      .map((component) => `  Component: ${component.name} · ${t(`severity_${component.severity}`)}`),
    ...reading.maintenances.map((maintenance) => `  ${maintenanceLine(maintenance, t)}`),
  ];
}

function incidentLine(incident: Incident, t: Translate, withLinks: boolean): string {
  const impact = incident.unstated ? t('severity_unstated') : t(`severity_${incident.impact}`);
  const parts = [incident.title, statusWord(incident.status, t), impact, t('popupIncidentStarted', utcTime(incident.startedAt))];
  if (withLinks && incident.url) parts.push(incident.url);
  return `Incident: ${parts.join(' · ')}`;
}

function maintenanceLine(maintenance: Maintenance, t: Translate): string {
  const { scheduledFor, scheduledUntil } = maintenance;
  const when =
    scheduledFor && scheduledUntil
      ? `${utcTime(scheduledFor)} until ${utcTime(scheduledUntil)}`
      : scheduledFor
        ? `from ${utcTime(scheduledFor)}`
        : scheduledUntil
          ? `until ${utcTime(scheduledUntil)}`
          : undefined;
  return `Maintenance: ${[maintenance.title, statusWord(maintenance.status, t), ...(when ? [when] : [])].join(' · ')}`;
}

/** `--file` and `--url` without `--json`: the severity word, then what the reading says. */
export function readingSummary(reading: Reading, t: Translate, withLinks: boolean): string {
  return [t(`severity_${reading.severity}`), ...readingLines(reading, t, withLinks)].join('\n');
}

/** The live check: one row an assistant, its name and its status word, then what its page says. */
export function providerTable(rows: { provider: Provider; state: ProviderState | undefined }[], t: Translate): string {
  const entries = rows.map(({ provider, state }) => {
    if (!hasStatusSource(provider)) return { name: provider.name, status: t('popupNoStatusPage'), lines: [] };
    if (!state) return { name: provider.name, status: t('severity_unknown'), lines: [] };
    const error = state.error;
    const reason = error ? t(`errorKind_${error.kind}`, error.status === undefined ? [] : [String(error.status)]) : '';
    return {
      name: provider.name,
      status: t(`severity_${state.severity}`),
      lines: error ? [`  ${t('popupCouldNotRead', reason)}`] : state.reading ? readingLines(state.reading, t, true) : [],
    };
  });
  const width = Math.max('Assistant'.length, ...entries.map((entry) => entry.name.length));
  const row = (name: string, status: string) => `${name.padEnd(width)}  ${status}`;
  return [row('Assistant', 'Status'), ...entries.flatMap((entry) => [row(entry.name, entry.status), ...entry.lines])].join('\n');
}
