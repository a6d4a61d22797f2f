import { isRecord } from '../../fetch/fields';
import { nextDayKey } from '../calendar';
import { TROUBLE_LEVELS } from '../fold/fold-day';
import type { DayLevel, HistoryDay, PublishedUptime, TroubleLevel } from '../model';
import type { AssistantHistory, HistoryBasis, HistoryView } from './view';

/**
 * The history view as storage keeps it: a quiet day is one letter, and only a day with something to say
 * carries its minutes and titles. Ninety quiet days of an assistant are about 120 bytes; the worst case (every
 * day three titles of 120 characters) is bounded by the caps the folds apply.
 *
 * The popup reads this without a schema library: only the worker writes it, but a value left by another version
 * or damaged on disk must still never freeze the popup, so every field is checked by hand and a day that cannot
 * be read is `no_data`, an assistant that cannot be read is left out.
 */
export interface StoredHistoryView {
  version: 1;
  builtAtMs: number;
  assistants: Record<string, StoredAssistantHistory>;
}

export interface StoredAssistantHistory {
  /** The first day's key; the others follow one calendar day each. */
  first: string;
  /** One letter a day, oldest first (LEVEL_LETTERS). */
  levels: string;
  /** By day index: what a day with trouble, titles or unchecked minutes says beyond its letter. */
  notes?: Record<string, StoredDayNote>;
  uptimes?: PublishedUptime[];
  basis: HistoryBasis;
  readAtMs?: number;
  failedAtMs?: number;
}

export interface StoredDayNote {
  minutes?: Partial<Record<TroubleLevel, number>>;
  titles?: string[];
  unchecked?: number;
  ongoing?: true;
  ownFailures?: true;
}

const LEVEL_LETTERS: Record<DayLevel, string> = {
  operational: 'o',
  maintenance: 'm',
  degraded: 'd',
  partial_outage: 'p',
  major_outage: 'M',
  no_data: 'n',
};
const LEVEL_OF_LETTER = new Map(Object.entries(LEVEL_LETTERS).map(([level, letter]) => [letter, level as DayLevel]));
const BASES: readonly HistoryBasis[] = ['page', 'own', 'page+own'];

export function encodeAssistant(history: AssistantHistory): StoredAssistantHistory {
  const notes: Record<string, StoredDayNote> = {};
  history.days.forEach((day, index) => {
    const note: StoredDayNote = {};
    if (Object.keys(day.minutes).length > 0) note.minutes = day.minutes;
    if (day.titles.length > 0) note.titles = [...day.titles];
    if (day.uncheckedMinutes) note.unchecked = day.uncheckedMinutes;
    if (day.ongoing) note.ongoing = true;
    if (day.ownFailures) note.ownFailures = true;
    if (Object.keys(note).length > 0) notes[String(index)] = note;
  });
  return {
    first: history.days[0]?.day ?? '',
    levels: history.days.map((day) => LEVEL_LETTERS[day.level]).join(''),
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
    ...(history.uptimes.length > 0 ? { uptimes: history.uptimes } : {}),
    basis: history.basis,
    ...(history.readAtMs !== undefined ? { readAtMs: history.readAtMs } : {}),
    ...(history.failedAtMs !== undefined ? { failedAtMs: history.failedAtMs } : {}),
  };
}

export function encodeHistoryView(view: HistoryView): StoredHistoryView {
  const assistants: Record<string, StoredAssistantHistory> = {};
  for (const [id, history] of Object.entries(view.assistants)) assistants[id] = encodeAssistant(history);
  return { version: 1, builtAtMs: view.builtAtMs, assistants };
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function minutesOf(value: unknown): HistoryDay['minutes'] {
  if (!isRecord(value)) return {};
  const minutes: HistoryDay['minutes'] = {};
  for (const level of TROUBLE_LEVELS) {
    const figure = value[level];
    if (finite(figure) && figure > 0) minutes[level] = figure;
  }
  return minutes;
}

function titlesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((title): title is string => typeof title === 'string').slice(0, 3) : [];
}

function uptimesOf(value: unknown): PublishedUptime[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): PublishedUptime[] => {
    if (!isRecord(entry) || !finite(entry.percent) || !finite(entry.days)) return [];
    const componentId = typeof entry.componentId === 'string' ? { componentId: entry.componentId } : {};
    return [{ percent: entry.percent, days: entry.days, ...componentId }];
  });
}

export function decodeAssistant(providerId: string, value: unknown): AssistantHistory | undefined {
  if (!isRecord(value) || typeof value.first !== 'string' || typeof value.levels !== 'string') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.first) || !Number.isFinite(Date.parse(value.first))) return undefined;
  const basis = BASES.find((known) => known === value.basis);
  if (!basis) return undefined;
  const notes = isRecord(value.notes) ? value.notes : {};
  const days: HistoryDay[] = [];
  let day = value.first;
  // At most a strip's length: a damaged value cannot make the popup draw thousands of marks.
  for (const [index, letter] of [...value.levels.slice(0, 120)].entries()) {
    const note = notes[String(index)];
    const level = LEVEL_OF_LETTER.get(letter) ?? 'no_data';
    const unchecked = isRecord(note) && finite(note.unchecked) && note.unchecked > 0 ? { uncheckedMinutes: note.unchecked } : {};
    days.push({
      day,
      level,
      minutes: isRecord(note) ? minutesOf(note.minutes) : {},
      titles: isRecord(note) ? titlesOf(note.titles) : [],
      ...unchecked,
      ...(isRecord(note) && note.ongoing === true ? { ongoing: true as const } : {}),
      ...(isRecord(note) && note.ownFailures === true ? { ownFailures: true as const } : {}),
    });
    day = nextDayKey(day);
  }
  return {
    providerId,
    days,
    uptimes: uptimesOf(value.uptimes),
    basis,
    ...(finite(value.readAtMs) ? { readAtMs: value.readAtMs } : {}),
    ...(finite(value.failedAtMs) ? { failedAtMs: value.failedAtMs } : {}),
  };
}

/** The view from storage, or undefined when there is none or it is not ours; an unreadable assistant is left out. */
export function decodeHistoryView(value: unknown): HistoryView | undefined {
  if (!isRecord(value) || value.version !== 1 || !finite(value.builtAtMs) || !isRecord(value.assistants)) return undefined;
  const assistants: Record<string, AssistantHistory> = {};
  for (const [id, stored] of Object.entries(value.assistants)) {
    const history = decodeAssistant(id, stored);
    if (history) assistants[id] = history;
  }
  return { version: 1, builtAtMs: value.builtAtMs, assistants };
}
