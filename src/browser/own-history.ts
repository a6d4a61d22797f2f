import browser from 'webextension-polyfill';
import { type OwnRecord, type PollMoment, recordPoll } from '../core/history/own/own-record';
import { readStoredOwnRecord } from '../core/history/own/stored-own-record';
import type { State } from '../core/model';
import { OWN_HISTORY_KEY } from './keys';
import { reportBadStored } from './storage';

export async function loadOwnRecord(): Promise<OwnRecord> {
  const value = (await browser.storage.local.get(OWN_HISTORY_KEY))[OWN_HISTORY_KEY];
  return readStoredOwnRecord(value, (problem) => reportBadStored(OWN_HISTORY_KEY, problem));
}

/** The user's own zone: the radar's record is kept in the calendar of the person reading it. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Adds a committed poll to the radar's own record, written only when it changed (core/history/own/own-record: a
 * poll that sees what the last one saw writes nothing). After the poll's own write and apart from it: the
 * record is history, and a failure here costs a little of it, never the State, the badge or a notice.
 */
export async function recordOwnHistory(state: State, moment: Omit<PollMoment, 'timeZone'>): Promise<void> {
  try {
    const record = await loadOwnRecord();
    const next = recordPoll(record, state, { ...moment, timeZone: userTimeZone() });
    if (next !== record) await browser.storage.local.set({ [OWN_HISTORY_KEY]: next });
  } catch (error) {
    console.warn('AI Outage Radar: could not add this poll to the history it keeps', error);
  }
}
