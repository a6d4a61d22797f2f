import type { Component, Incident, KnownSeverity, Maintenance, Reading, Severity } from '../model';
import { fail, ok, type Result } from '../result';
import { isAffected, rank, worst } from '../severity';
import { MAX_RECENT_INCIDENTS, type PageSnapshot, type ParseContext, type Parser, type SnapshotParser } from './platform';

/** A platform parser made whole: snapshot, then the provider's scope and the severity rule. */
export function readingParser(parse: SnapshotParser): Parser {
  return (body, context) => {
    const snapshot = parse(body, context);
    return snapshot.ok ? readingFrom(snapshot.value, context) : snapshot;
  };
}

/**
 * The design's rule, for every platform: a page reads as the worst of its own word, its open incidents'
 * impact, its components and any maintenance under way. A provider scoped to some components reads only
 * those, and the incidents and maintenances that touch them, never the page's overall word.
 */
export function readingFrom(page: PageSnapshot, context: ParseContext): Result<Reading> {
  // An open incident whose impact word is missing or unknown is still an incident: it counts at the floor,
  // said as such, rather than not at all (a page reading operational while it lists an incident).
  const snapshot = { ...page, incidents: page.incidents.map(withStatedFloor) };
  const base = {
    source: context.source,
    fetchedAt: context.fetchedAt,
    // For the whole page even when scoped: an instant that changes nothing in scope only costs one parse.
    ...(page.changesAt ? { changesAt: page.changesAt } : {}),
  };
  if (!context.componentIds) {
    // A page whose own word already weighs its monitors (Better Stack) is read by that word, not its worst monitor.
    const parts = snapshot.pageWordDecides ? [] : snapshot.components.map((component) => component.severity);
    const stated = [snapshot.pageSeverity ?? 'operational', ...parts];
    return ok({
      ...severityOf(stated, snapshot.incidents, snapshot.maintenances),
      incidents: snapshot.incidents,
      components: snapshot.components,
      maintenances: snapshot.maintenances,
      recent: snapshot.recent.slice(0, MAX_RECENT_INCIDENTS),
      ...base,
    });
  }

  if (!snapshot.lists.components && !snapshot.lists.incidents) {
    return fail('bad_payload', 'the payload lists neither components nor incidents, so the watched components cannot be read');
  }
  const scope = expandGroups(new Set(context.componentIds), snapshot.components);
  const components = snapshot.components.filter((component) => scope.has(component.id));
  if (snapshot.lists.components && components.length === 0) {
    return fail('bad_payload', 'none of the watched components is on this page any more');
  }
  // An incident that names no component (incident.io's compatible API, most feeds) is taken to touch this
  // provider when one of its components shows the trouble, or, on a payload that lists no components at
  // all, always: the page is the provider's own and hiding it would be worse.
  const showsTrouble = !snapshot.lists.components || components.some((component) => isAffected(component.severity));
  const showsMaintenance = !snapshot.lists.components || components.some((component) => component.severity === 'maintenance');
  const touches = (ids: string[], evidence: boolean) => (ids.length === 0 ? evidence : ids.some((id) => scope.has(id)));

  const incidents = snapshot.incidents.filter((incident) => touches(incident.componentIds, showsTrouble));
  const maintenances = snapshot.maintenances.filter((maintenance) => touches(maintenance.componentIds, showsMaintenance));
  // History is only kept where it names this provider's components: it informs, it never alarms.
  const recent = snapshot.recent.filter((incident) => touches(incident.componentIds, false));
  const severity = severityOf(
    components.map((component) => component.severity),
    incidents,
    maintenances,
  );
  const blind = blindSpot(context.componentIds, snapshot);
  // Operational is a claim about every watched part: a source that sees few of them cannot make it.
  if (blind && severity.severity === 'operational') return fail('partial_view', blind);
  return ok({
    ...severity,
    incidents,
    components,
    maintenances,
    recent: recent.slice(0, MAX_RECENT_INCIDENTS),
    ...base,
  });
}

/**
 * The worst of what the page states, its incidents and maintenance under way. An incident the page gives
 * no severity counts at its floor, `degraded`; when nothing stated is as bad, the reading says so
 * (`unstated`) rather than pass the floor off as a level.
 */
function severityOf(
  stated: readonly Severity[],
  incidents: readonly Incident[],
  maintenances: readonly Maintenance[],
): { severity: KnownSeverity; unstated?: true } {
  const underWay = maintenances.filter((maintenance) => maintenance.inProgress).map((): Severity => 'maintenance');
  const statedWorst = worst([...stated, ...incidents.filter((incident) => !incident.unstated).map((i) => i.impact), ...underWay]);
  const severity = worst([statedWorst, ...incidents.map((incident) => incident.impact)]);
  const unstated = rank(statedWorst) < rank(severity) && incidents.some((incident) => incident.unstated);
  return unstated ? { severity, unstated: true } : { severity };
}

/**
 * Why a payload that lists components cannot vouch for the watched ones: it shows fewer than half of them
 * (incident.io's compatible summary stops at 25 components, so Codex's ids past that are missing).
 */
function blindSpot(watched: readonly string[], snapshot: PageSnapshot): string | undefined {
  if (!snapshot.lists.components) return undefined;
  const present = new Set(snapshot.components.flatMap((component) => [component.id, component.groupId ?? '']));
  const seen = watched.filter((id) => present.has(id)).length;
  return seen * 2 < watched.length ? `this source shows ${seen} of the ${watched.length} watched components` : undefined;
}

function withStatedFloor(incident: Incident): Incident {
  return incident.impact === 'unknown' ? { ...incident, impact: 'degraded', unstated: true } : incident;
}

/** A group's id in scope brings its children along. */
function expandGroups(scope: Set<string>, components: Component[]): Set<string> {
  const expanded = new Set(scope);
  for (const component of components) {
    if (component.groupId && scope.has(component.groupId)) expanded.add(component.id);
  }
  return expanded;
}
