import type { Component, Reading, Severity } from '../model';
import { fail, ok, type Result } from '../result';
import { isAffected, worst } from '../severity';
import { MAX_RECENT_INCIDENTS, type PageSnapshot, type ParseContext, type SnapshotParser } from './platform';

/** A platform parser made whole: snapshot, then the provider's scope and the severity rule. */
export function readingParser(parse: SnapshotParser) {
  return (body: string, context: ParseContext): Result<Reading> => {
    const snapshot = parse(body, context);
    return snapshot.ok ? readingFrom(snapshot.value, context) : snapshot;
  };
}

/**
 * The design's rule, for every platform: a page reads as the worst of its own word, its open incidents'
 * impact, its components and any maintenance under way. A provider scoped to some components reads only
 * those, and the incidents and maintenances that touch them, never the page's overall word.
 */
export function readingFrom(snapshot: PageSnapshot, context: ParseContext): Result<Reading> {
  const base = { source: context.source, fetchedAt: context.fetchedAt };
  if (!context.componentIds) {
    return ok({
      severity: worst([
        snapshot.pageSeverity ?? 'operational',
        ...snapshot.components.map((component) => component.severity),
        ...snapshot.incidents.map((incident) => incident.impact),
        ...snapshot.maintenances.filter((maintenance) => maintenance.inProgress).map((): Severity => 'maintenance'),
      ]),
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
  return ok({
    severity: worst([
      ...components.map((component) => component.severity),
      ...incidents.map((incident) => incident.impact),
      ...maintenances.filter((maintenance) => maintenance.inProgress).map((): Severity => 'maintenance'),
    ]),
    incidents,
    components,
    maintenances,
    recent: recent.slice(0, MAX_RECENT_INCIDENTS),
    ...base,
  });
}

/** A group's id in scope brings its children along. */
function expandGroups(scope: Set<string>, components: Component[]): Set<string> {
  const expanded = new Set(scope);
  for (const component of components) {
    if (component.groupId && scope.has(component.groupId)) expanded.add(component.id);
  }
  return expanded;
}
