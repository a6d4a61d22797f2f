import { CATALOG } from '../../../src/core/catalog/providers';
import type { Provider, State } from '../../../src/core/model';
import { emptyState } from '../../../src/core/state/fold';
import type { Answer } from '../../fake-server/server';
import { readFixture } from '../../fixtures';
import type { FakeAnswer } from './fake-fetch';
import { CLAUDE_INCIDENT, edited, type Json, poll } from './poll-sequence';

/**
 * The end-to-end tests' pages (test/fake-server/baseline.ts: real captures of every platform) as the unit
 * tests' fake fetch answers them, so that the popup's decisions are tested on the very payloads the shipped
 * build is shown in Chromium. A reset connection is a network error, as the browser reports it.
 */
export function asPages(answers: Record<string, Answer>): Record<string, FakeAnswer> {
  return Object.fromEntries(
    Object.entries(answers).map(([url, answer]) => [
      url,
      answer.fault === 'reset'
        ? { networkError: true }
        : {
            status: answer.status,
            body: answer.body,
            contentType: answer.contentType,
            ...(answer.headers ? { headers: answer.headers } : {}),
            ...(answer.fault === 'cut-off' ? { cutOff: true } : {}),
          },
    ]),
  );
}

/** One poll of every built-in assistant (or of `providers`) at `at`, through the real core. */
export function stateOf(
  answers: Record<string, Answer>,
  at: string,
  providers: readonly Provider[] = CATALOG,
  previous: State = emptyState(),
): Promise<State> {
  return poll(previous, asPages(answers), at, providers);
}

/**
 * status.claude.com's summary during "Elevated errors for multiple models" (2026-09-22), the incident that
 * touched claude.ai, the Claude API and Claude Code at once: the captured summary with its open incident
 * replaced by the real one from the captured incident history, set back to where it stood at 02:20 UTC
 * (monitoring; its resolving update not yet written).
 */
export const CLAUDE_SHARED_INCIDENT_AT = '2026-09-22T02:20:00.000Z';
export const CLAUDE_SHARED_INCIDENT: Answer = {
  status: 200,
  contentType: 'application/json',
  delayMs: 0,
  ...edited(CLAUDE_INCIDENT, (doc) => {
    const history = JSON.parse(readFixture('statuspage/anthropic-incidents-history-excerpt-1.json')) as { incidents: Json[] };
    const [incident] = history.incidents;
    if (!incident) throw new Error('the captured history has the incident');
    const updates = (incident.incident_updates as Json[]).filter((update) => update.status !== 'resolved');
    doc.incidents = [{ ...incident, status: 'monitoring', resolved_at: null, incident_updates: updates }];
  }),
};
