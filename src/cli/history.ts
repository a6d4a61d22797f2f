import type { DayLevel, HistoryDay } from '../core/history/model';
import type { AssistantHistory } from '../core/history/view/view';
import { SEVERITY_ORDER } from '../core/severity';
import {
  compareReliability,
  type ReliabilityFigure,
  type ReliabilityWindow,
  rankByReliability,
  reliabilityOf,
} from '../core/view/reliability';
import { RANKED_MINUTES } from '../core/view/reliability-order';
import { t, utcTime } from './words';

/**
 * `--history`: each assistant's last 30 or 90 days as a strip of block characters (one a day, oldest left,
 * taller is worse), what the days add up to, the uptime the page itself publishes (only when it publishes
 * one), and who has been most reliable over 30 and 90 days. Fetching the histories is the caller's part.
 */

export interface HistoryRenderOptions {
  window: ReliabilityWindow;
  /** ANSI colours on the strip; off for pipes and NO_COLOR (the caller decides). */
  color: boolean;
  /** The terminal's columns: a strip that does not fit beside the names goes on lines of its own, wrapped. */
  width?: number;
}

/** Height says severity, so that the strip still reads without colour (a pipe, a screen reader's braille). */
export const STRIP_MARKS: Readonly<Record<DayLevel, string>> = {
  operational: '▁',
  maintenance: '▂',
  degraded: '▄',
  partial_outage: '▆',
  major_outage: '█',
  no_data: '·',
};

/** The popup's colours, as near as 256-colour terminals come: green, blue, yellow, orange, red, dim grey. */
const COLOURS: Readonly<Record<DayLevel, string>> = {
  operational: '\x1b[32m',
  maintenance: '\x1b[34m',
  degraded: '\x1b[33m',
  partial_outage: '\x1b[38;5;208m',
  major_outage: '\x1b[31m',
  no_data: '\x1b[90m',
};
const RESET = '\x1b[0m';

/** The legend's order: the severity scale, best to worst, then the days nothing is known of. */
const LEVELS: readonly DayLevel[] = [...SEVERITY_ORDER, 'no_data'];

/** The extension's own word for a level; "No data" has none, since the popup draws it rather than names it. */
function levelWord(level: DayLevel): string {
  return level === 'no_data' ? 'No data' : t(`severity_${level}`);
}

function paint(text: string, level: DayLevel, color: boolean): string {
  return color ? `${COLOURS[level]}${text}${RESET}` : text;
}

export function legendLine(color: boolean): string {
  return `Legend: ${LEVELS.map((level) => `${paint(STRIP_MARKS[level], level, color)} ${levelWord(level)}`).join('  ')}`;
}

/** One mark a day; a run of one level takes one colour code, not one per character. */
function stripOf(days: readonly HistoryDay[], color: boolean): string {
  let text = '';
  let start = 0;
  for (let index = 1; index <= days.length; index += 1) {
    const level = days[start]?.level ?? 'no_data';
    if (index < days.length && days[index]?.level === level) continue;
    text += paint(STRIP_MARKS[level].repeat(index - start), level, color);
    start = index;
  }
  return text;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * The figure, saying what it counts: "by minutes" only when every trouble day gave its duration, else "by days
 * with incidents", with no minutes at all (a partial sum would read as the whole).
 */
export function figureLine(figure: ReliabilityFigure): string {
  const head = `Last ${figure.window} days`;
  if (figure.noDataDays >= figure.window) return `${head}: no data`;
  const days = `${plural(figure.troubleDays, 'trouble day')}, ${figure.outageDays} with an outage`;
  const gaps = figure.noDataDays > 0 ? [`${plural(figure.noDataDays, 'day')} without data`] : [];
  if (figure.counts === 'days') return [`${head}, by days with incidents (no durations published): ${days}`, ...gaps].join('; ');
  const lasted = RANKED_MINUTES.flatMap((level) => {
    const minutes = figure.minutes[level] ?? 0;
    return minutes > 0 ? [`${levelWord(level).toLowerCase()} ${duration(minutes)}`] : [];
  });
  const maintenance = figure.minutes.maintenance ?? 0;
  const planned = maintenance > 0 ? [`maintenance ${duration(maintenance)} (not counted)`] : [];
  const trouble = lasted.length > 0 ? [lasted.join(', '), days] : ['no trouble'];
  return [`${head}, by minutes: ${trouble[0]}`, ...trouble.slice(1), ...planned, ...gaps].join('; ');
}

/** Two decimals, cut rather than rounded: 99.996% must not print as a perfect 100%. */
function percent(value: number): string {
  return `${Math.floor(value * 100 + 1e-9) / 100}%`;
}

function uptimeLine(history: AssistantHistory): string | undefined {
  const [lowest] = history.uptimes; // lowest first
  if (!lowest) return undefined;
  const of = history.uptimes.length > 1 ? `, the lowest of its ${history.uptimes.length} parts` : '';
  return `Uptime the page publishes: ${percent(lowest.percent)} over ${plural(lowest.days, 'day')}${of}`;
}

function ageLine(history: AssistantHistory): string | undefined {
  if (history.failedAtMs === undefined) return undefined;
  const read =
    history.readAtMs === undefined ? '' : `; these days are as read at ${utcTime(new Date(history.readAtMs).toISOString())}`;
  return `Could not read the history at ${utcTime(new Date(history.failedAtMs).toISOString())}${read}`;
}

/** Days in pieces of `size`, for a strip too long for the terminal: each piece is coloured on its own. */
function piecesOf(days: readonly HistoryDay[], size: number): HistoryDay[][] {
  const pieces: HistoryDay[][] = [];
  for (let start = 0; start < days.length; start += size) pieces.push(days.slice(start, start + size));
  return pieces;
}

function assistantBlock(history: AssistantHistory, name: string, nameWidth: number, options: HistoryRenderOptions): string[] {
  const days = history.days.slice(-options.window);
  const details = [figureLine(reliabilityOf(history, options.window)), uptimeLine(history), ageLine(history)].flatMap((line) =>
    line === undefined ? [] : [`  ${line}`],
  );
  if (options.width === undefined || nameWidth + 2 + days.length <= options.width) {
    return [`${name.padEnd(nameWidth)}  ${stripOf(days, options.color)}`, ...details];
  }
  const pieces = piecesOf(days, Math.max(10, options.width - 2));
  return [name, ...pieces.map((piece) => `  ${stripOf(piece, options.color)}`), ...details];
}

const RANK_HEADERS = ['#', 'Assistant', 'Outage days', 'Trouble days', 'Major', 'Partial', 'Degraded', 'No data days'];

/** A ranking row; minutes are printed only where the page gave them ('-' otherwise, never a made-up 0). */
function rankCells(figure: ReliabilityFigure, place: number, name: string): string[] {
  const blind = figure.noDataDays >= figure.window;
  const minutes = RANKED_MINUTES.map((level) => (blind || figure.counts === 'days' ? '-' : duration(figure.minutes[level] ?? 0)));
  const days = blind ? ['-', '-'] : [String(figure.outageDays), String(figure.troubleDays)];
  return [String(place), name, ...days, ...minutes, String(figure.noDataDays)];
}

/** Most reliable first (the rule is core/view/reliability's); tied assistants share a place. */
export function rankingTable(
  histories: readonly AssistantHistory[],
  names: Readonly<Record<string, string>>,
  window: ReliabilityWindow,
): string {
  const ranked = rankByReliability(histories, window);
  let place = 0;
  const rows = ranked.map((figure, index) => {
    const previous = ranked[index - 1];
    if (previous === undefined || compareReliability(previous, figure) !== 0) place = index + 1;
    return rankCells(figure, place, nameOf(names, figure.providerId));
  });
  const widths = RANK_HEADERS.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)));
  // Names left-aligned; the place and the counts right-aligned, so that their digits line up.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const title = `Most reliable, last ${window} days (fewer outage days, then fewer outage minutes, then fewer trouble days):`;
  return [title, line(RANK_HEADERS), ...rows.map(line)].join('\n');
}

function nameOf(names: Readonly<Record<string, string>>, id: string): string {
  return Object.hasOwn(names, id) ? (names[id] ?? id) : id;
}

export function renderHistory(
  histories: AssistantHistory[],
  names: Record<string, string>,
  options: HistoryRenderOptions,
): string {
  if (histories.length === 0) return 'No history: none of the watched assistants has a status page that publishes one.';
  const nameWidth = Math.max(...histories.map((history) => nameOf(names, history.providerId).length));
  const blocks = histories.map((history) =>
    assistantBlock(history, nameOf(names, history.providerId), nameWidth, options).join('\n'),
  );
  const head = [`History, last ${options.window} days, one mark a day, oldest first:`, legendLine(options.color)].join('\n');
  return [head, ...blocks, rankingTable(histories, names, 30), rankingTable(histories, names, 90)].join('\n\n');
}
