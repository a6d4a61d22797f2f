import type { Json } from '../../support/poll-sequence';

/**
 * A real Statuspage `incidents.json` replayed as the `summary.json` the page served at each moment: the
 * incidents open then (with the updates posted by then), each component at the status the last update
 * before then set, and the page indicator. The list keeps only each incident's last impact, so an incident
 * reads at that impact all through; every component status and every time is the page's own.
 */
export interface ReplayPoll {
  at: string;
  summary: string;
}

interface Transition {
  at: number;
  component: string;
  status: string;
}

const IMPACT_ORDER = ['none', 'minor', 'major', 'critical'];

/** `componentsJson`: the page's real `components.json`, for components no incident in the list names. */
export function replayHistory(
  incidentsJson: string,
  pollTimes: (events: number[]) => number[],
  componentsJson?: string,
): ReplayPoll[] {
  const doc = JSON.parse(incidentsJson) as Json;
  const incidents = (doc.incidents as Json[]).filter((incident) => typeof incident.id === 'string');
  const listed = componentsJson ? ((JSON.parse(componentsJson) as Json).components as Json[]) : [];
  const components = componentsOf(incidents, listed);
  const transitions = incidents.flatMap(transitionsOf).sort((a, b) => a.at - b.at);
  const events = incidents.flatMap((incident) => [startOf(incident), endOf(incident)]).concat(transitions.map((t) => t.at));
  return pollTimes(events.filter(Number.isFinite)).map((at) => ({
    at: new Date(at).toISOString(),
    summary: JSON.stringify(summaryAt(at, doc.page as Json, incidents, components, transitions)),
  }));
}

/** Every event, the poll after it and the one after that: what a 2-minute poller sees of each change. */
export function aroundEvents(stepMs: number): (events: number[]) => number[] {
  return (events) =>
    [...new Set(events.flatMap((at) => [at + 1_000, at + 1_000 + stepMs, at + 1_000 + 2 * stepMs]))].sort((a, b) => a - b);
}

function componentsOf(incidents: Json[], listed: Json[]): Map<string, Json> {
  const byId = new Map<string, Json>(listed.map((component) => [String(component.id), component]));
  for (const incident of incidents) {
    for (const component of (incident.components as Json[] | null) ?? []) {
      if (typeof component.id === 'string') byId.set(component.id, component);
    }
  }
  return byId;
}

function updatesOf(incident: Json): Json[] {
  return ((incident.incident_updates as Json[] | null) ?? []).filter((update) => typeof update.created_at === 'string');
}

function transitionsOf(incident: Json): Transition[] {
  return updatesOf(incident).flatMap((update) =>
    ((update.affected_components as Json[] | null) ?? []).map((affected) => ({
      at: Date.parse(update.created_at as string),
      component: String(affected.code),
      status: String(affected.new_status),
    })),
  );
}

function startOf(incident: Json): number {
  const times = [incident.created_at, ...updatesOf(incident).map((update) => update.created_at)]
    .filter((time): time is string => typeof time === 'string')
    .map(Date.parse);
  return Math.min(...times);
}

function endOf(incident: Json): number {
  return typeof incident.resolved_at === 'string' ? Date.parse(incident.resolved_at) : Number.POSITIVE_INFINITY;
}

function summaryAt(at: number, page: Json, incidents: Json[], components: Map<string, Json>, transitions: Transition[]): Json {
  const open = incidents
    .filter((incident) => startOf(incident) <= at && at < Math.max(endOf(incident), startOf(incident) + 1))
    .map((incident): Json => {
      const posted = updatesOf(incident).filter((update) => Date.parse(update.created_at as string) <= at);
      const status = posted.map((update) => String(update.status)).at(-1) ?? 'investigating';
      return { ...incident, status: status === 'resolved' ? 'monitoring' : status, incident_updates: posted };
    });
  const statusOf = (id: string) => transitions.filter((t) => t.component === id && t.at <= at).at(-1)?.status ?? 'operational';
  const worstImpact = open
    .map((incident) => String(incident.impact))
    .sort((a, b) => IMPACT_ORDER.indexOf(b) - IMPACT_ORDER.indexOf(a))[0];
  return {
    page,
    status: { indicator: worstImpact ?? 'none', description: worstImpact ? 'Replayed' : 'All Systems Operational' },
    components: [...components.values()].map((component) => ({ ...component, status: statusOf(String(component.id)) })),
    incidents: open,
    scheduled_maintenances: [],
  };
}
