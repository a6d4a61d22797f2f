import { fieldsOf } from '../core/fetch/fields';
import type { SnoozeChoice } from '../core/notify/snooze';
import { api } from './ext';

/**
 * What the popup and the options page ask of the worker, beside discovery (browser/discovery-request).
 * Small on purpose: the popup loads this, and nothing here reads a schema.
 */

function isRequest(message: unknown, type: string): message is Record<string, unknown> {
  return fieldsOf(message)?.type === type;
}

export interface RefreshRequest {
  type: 'refresh';
}

export function isRefreshRequest(message: unknown): message is RefreshRequest {
  return isRequest(message, 'refresh');
}

/** The worker's answer to a refresh: only that it finished. What it read is in storage, where the popup follows it. */
export interface RefreshDone {
  done: true;
}

/** Ask the service worker to poll now; resolves when the poll is stored. */
export async function requestRefresh(): Promise<void> {
  const request: RefreshRequest = { type: 'refresh' };
  await api().runtime.sendMessage(request);
}

export interface TestNotificationRequest {
  type: 'test-notification';
}

export function isTestNotificationRequest(message: unknown): message is TestNotificationRequest {
  return isRequest(message, 'test-notification');
}

/** Ask the worker to show a test notification; resolves once it is shown, rejects if the browser refused. */
export async function requestTestNotification(): Promise<void> {
  const request: TestNotificationRequest = { type: 'test-notification' };
  await api().runtime.sendMessage(request);
}

/** Snooze one assistant's notifications (or, with no choice, resume them): the worker writes the settings. */
export interface SnoozeRequest {
  type: 'snooze';
  providerId: string;
  choice?: SnoozeChoice;
}

const CHOICES: readonly unknown[] = ['hour', 'tomorrow', 'incident'] satisfies SnoozeChoice[];

export function isSnoozeRequest(message: unknown): message is SnoozeRequest {
  return (
    isRequest(message, 'snooze') &&
    typeof message.providerId === 'string' &&
    (message.choice === undefined || CHOICES.includes(message.choice))
  );
}

/** Resolves once the settings are written. */
export async function requestSnooze(providerId: string, choice: SnoozeChoice | undefined): Promise<void> {
  const request: SnoozeRequest = { type: 'snooze', providerId, ...(choice ? { choice } : {}) };
  await api().runtime.sendMessage(request);
}

/**
 * The popup opened on a history older than the worker's pace for it: the worker reads the pages that are due,
 * at most once a pace, whatever the popup asks (background/history). Fire and forget: the view follows in storage.
 */
export interface HistoryDueRequest {
  type: 'history-due';
}

export function isHistoryDueRequest(message: unknown): message is HistoryDueRequest {
  return isRequest(message, 'history-due');
}

export async function requestHistoryIfDue(): Promise<void> {
  const request: HistoryDueRequest = { type: 'history-due' };
  await api().runtime.sendMessage(request);
}

/**
 * The popup's "Warn me when my own requests to Claude fail": sent from the click, right after the browser was
 * asked for access, and again once it answers. Firefox may close the popup as its prompt opens, so the popup
 * never hears the answer: the worker keeps the wish and turns it on itself once the access is granted
 * (background/own-traffic-switch). Answers whether it is on now.
 */
export interface OwnTrafficOnRequest {
  type: 'own-traffic-on';
  providerId: string;
}

export function isOwnTrafficOnRequest(message: unknown): message is OwnTrafficOnRequest {
  return isRequest(message, 'own-traffic-on') && typeof message.providerId === 'string';
}

export async function requestOwnTrafficOn(providerId: string): Promise<boolean> {
  const request: OwnTrafficOnRequest = { type: 'own-traffic-on', providerId };
  return (await api().runtime.sendMessage(request)) === true;
}
