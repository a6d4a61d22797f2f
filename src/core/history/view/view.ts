import type { HistoryDay, PublishedUptime } from '../model';

/**
 * An assistant's past as the popup, the options page and the terminal show it: the worker builds it from the
 * page's history (scoped to the assistant's components) and the radar's own record, and the UIs only draw it.
 */
export interface AssistantHistory {
  providerId: string;
  /** HISTORY_DAYS days, oldest first. */
  days: HistoryDay[];
  /** Uptime the platform itself publishes for the assistant's components, lowest first; empty where it publishes none. */
  uptimes: PublishedUptime[];
  /** Where the days come from: the page's own history, the radar's record of what it saw, or both merged. */
  basis: HistoryBasis;
  /** When the page's history was last read, epoch ms; absent when the strip is the radar's own record alone. */
  readAtMs?: number;
  /** The last try to read it failed at this time: the days are those of `readAtMs`, shown with their age. */
  failedAtMs?: number;
}

export type HistoryBasis = 'page' | 'own' | 'page+own';

/** Every watched assistant's history with a status source, as the worker last built it. */
export interface HistoryView {
  version: 1;
  builtAtMs: number;
  assistants: Record<string, AssistantHistory>;
}
