import type { Incident, Reading, State } from '../model';

/**
 * Smaller and smaller copies of a State, each losing less than the next: first the resolved incidents
 * (`recent`), then also the text of every latest update. What is going on now (severities, open incidents,
 * components, errors, backoff) is never shed: that is what the badge, the popup and notifications need.
 */
export function shedSteps(state: State): State[] {
  const withoutRecent = mapReadings(state, dropRecent);
  return [withoutRecent, mapReadings(withoutRecent, dropUpdateBodies)];
}

function mapReadings(state: State, change: (reading: Reading) => Reading): State {
  const providers = Object.fromEntries(
    Object.entries(state.providers).map(([id, provider]) => [
      id,
      provider.reading ? { ...provider, reading: change(provider.reading) } : provider,
    ]),
  );
  return { ...state, providers, shed: true };
}

function dropRecent(reading: Reading): Reading {
  const { recent: _recent, ...rest } = reading;
  return rest;
}

function dropUpdateBodies(reading: Reading): Reading {
  return { ...reading, incidents: reading.incidents.map(dropUpdateBody) };
}

function dropUpdateBody(incident: Incident): Incident {
  return incident.latestUpdate ? { ...incident, latestUpdate: { ...incident.latestUpdate, body: '' } } : incident;
}
