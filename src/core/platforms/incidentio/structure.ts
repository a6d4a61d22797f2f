import { optionalString } from '../../fetch/body';
import { isRecord } from '../../fetch/fields';
import type { Component, Severity } from '../../model';
import { fromComponentStatus, isKnown, worst } from '../../severity';
import { recordsOf } from '../json-entries';
import { componentEntry } from '../platform';

/**
 * The components of an incident.io page JSON (`/proxy/<host>`), as its page lays them out.
 *
 * `summary.structure.items[]` is the page's layout: `{group: {id, name, hidden, components: [{component_id,
 * name, hidden}]}}` or a plain `{component: {component_id, name, hidden}}`. `summary.components[]` is every
 * component the page has, shown or not. `summary.affected_components[]` holds the status of those not
 * operational; a component absent from it is operational.
 *
 * Hidden components (`hidden: true`, in a hidden group, or known to `components` but placed nowhere in the
 * structure, as OpenAI's "ChatGPT Atlas" was on 2026-10-07) are not on the page, so they stay out of the
 * list; a provider that names one by id still gets it, because it chose that component on purpose and the
 * page still reports its status.
 *
 * A group becomes a component of its own (no groupId, its children carry its id as groupId) so that a
 * provider scoped to a group id reads every child; its status is the worst of its visible children, as the
 * page shows it.
 */

export interface Placed {
  id: string;
  name: string;
  hidden: boolean;
  groupId?: string;
  isGroup: boolean;
}

/** Every component and group the payload names, in page order, each id once. */
export function placedComponents(summary: Record<string, unknown>): Placed[] {
  const placed = new Map<string, Placed>();
  const place = (entry: Placed) => {
    if (!placed.has(entry.id)) placed.set(entry.id, entry);
  };
  const names = new Map<string, string>();
  for (const component of recordsOf(summary.components)) {
    const id = optionalString(component.id);
    const name = optionalString(component.name);
    if (id && name) names.set(id, name);
  }
  const nameOf = (raw: Record<string, unknown>, id: string) => optionalString(raw.name) ?? names.get(id) ?? id;

  const items = isRecord(summary.structure) ? summary.structure.items : undefined;
  for (const item of recordsOf(items)) {
    if (isRecord(item.group)) {
      const group = item.group;
      const groupId = optionalString(group.id);
      const groupHidden = group.hidden === true;
      if (groupId) place({ id: groupId, name: nameOf(group, groupId), hidden: groupHidden, isGroup: true });
      for (const child of recordsOf(group.components)) {
        const id = optionalString(child.component_id);
        if (!id) continue;
        const hidden = groupHidden || child.hidden === true;
        place({ id, name: nameOf(child, id), hidden, isGroup: false, ...(groupId ? { groupId } : {}) });
      }
    } else if (isRecord(item.component)) {
      const id = optionalString(item.component.component_id) ?? optionalString(item.component.id);
      if (id) place({ id, name: nameOf(item.component, id), hidden: item.component.hidden === true, isGroup: false });
    }
  }
  // Without a structure there is no layout to be left out of: every listed component is shown.
  const offPage = Array.isArray(items);
  for (const [id, name] of names) place({ id, name, hidden: offPage, isGroup: false });
  return [...placed.values()];
}

/** Status words by component id; undefined when the payload does not say (then no status is known). */
export function componentStatuses(summary: Record<string, unknown>): Map<string, string> | undefined {
  if (!Array.isArray(summary.affected_components)) return undefined;
  const statuses = new Map<string, string>();
  for (const affected of recordsOf(summary.affected_components)) {
    const id = optionalString(affected.component_id);
    const status = optionalString(affected.status);
    if (!id || !status) continue;
    const before = statuses.get(id);
    // The same component listed twice keeps its worse word: never hide the worse signal.
    if (!before || worse(status, before)) statuses.set(id, status);
  }
  return statuses;
}

/**
 * The components to report: visible ones, plus hidden ones the provider names (`scope`). `statuses` is
 * undefined when the payload gives no statuses at all; every component then reads unknown, never operational.
 */
export function readComponents(
  placed: Placed[],
  statuses: Map<string, string> | undefined,
  scope: ReadonlySet<string>,
): Component[] {
  const statusOf = (id: string) => (statuses ? (statuses.get(id) ?? 'operational') : '');
  const wanted = placed.filter((entry) => !entry.hidden || scope.has(entry.id));
  return wanted.map((entry): Component => {
    const status = entry.isGroup ? groupStatus(entry.id, placed, statusOf, statuses !== undefined) : statusOf(entry.id);
    const { id, name, groupId } = entry;
    return componentEntry({ id, name, severity: fromComponentStatus(status), status, groupId });
  });
}

/** A group reads as its worst visible child, the way the page colours it; a group the payload rates itself counts too. */
function groupStatus(groupId: string, placed: Placed[], statusOf: (id: string) => string, known: boolean): string {
  if (!known) return '';
  const words = placed.filter((entry) => entry.groupId === groupId && !entry.hidden).map((entry) => statusOf(entry.id));
  return [statusOf(groupId), ...words].reduce((worstSoFar, word) => (worse(word, worstSoFar) ? word : worstSoFar));
}

/** True when `word` reads strictly worse than `than`; a word we do not know never wins. */
function worse(word: string, than: string): boolean {
  const a: Severity = fromComponentStatus(word);
  const b: Severity = fromComponentStatus(than);
  if (!isKnown(a)) return false;
  return !isKnown(b) || (worst([a, b]) === a && a !== b);
}
