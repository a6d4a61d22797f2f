import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsBetween, type RadarEvent } from '../../src/core/events';
import type { NotificationSettings, State } from '../../src/core/model';
import { decideNotifications } from '../../src/core/notify';
import { emptyLedger, type NotifyLedger } from '../../src/core/notify-ledger';
import { pollProviders } from '../../src/core/poll';
import type { SourceResult } from '../../src/core/read-source';
import { foldResults } from '../../src/core/state';
import { readFixture } from '../fixtures';
import { fakeFetch } from './fake-fetch';
import { PROPERTY_RUNS } from './parser-properties';
import {
  CLAUDE_INCIDENT,
  CLAUDE_OK,
  CLAUDE_SUMMARY,
  edited,
  type Json,
  OPENAI_INCIDENT,
  OPENAI_PAGE,
  OPENAI_QUIET,
  type Pages,
  PROVIDERS,
} from './poll-sequence';

/** What the two pages can say at any poll: real payloads and one-field edits of them. */
function variants(): Record<string, Pages> {
  const incident = (edit: (incident: Json) => void) =>
    edited(CLAUDE_INCIDENT, (doc) => {
      const first = { ...(doc.incidents as Json[])[0] };
      edit(first);
      (doc.incidents as Json[])[0] = first;
    });
  const maintenance = edited(CLAUDE_OK, (doc) => {
    const list = (JSON.parse(readFixture('statuspage/anthropic-scheduled-maintenances-completed-1.json')) as Json)
      .scheduled_maintenances as Json[];
    doc.scheduled_maintenances = [{ ...list[0], status: 'in_progress' }];
  });
  const claudeAiDown = edited(CLAUDE_OK, (doc) => {
    (doc.components as Json[])[0] = { ...(doc.components as Json[])[0], status: 'major_outage' };
  });
  const claude = {
    ok: { body: readFixture(CLAUDE_OK) },
    incident: { body: readFixture(CLAUDE_INCIDENT) },
    critical: incident((entry) => {
      entry.impact = 'critical';
    }),
    identified: incident((entry) => {
      entry.status = 'identified';
    }),
    another: incident((entry) => {
      entry.id = 'anotherincid';
    }),
    maintenance,
    claudeAiDown,
    unreadable: { status: 503, body: 'unavailable' },
  };
  const openai = { quiet: OPENAI_QUIET, incident: { body: readFixture(OPENAI_INCIDENT) }, unreadable: { status: 502, body: '' } };
  const all: Record<string, Pages> = {};
  for (const [claudeName, claudePage] of Object.entries(claude)) {
    for (const [openaiName, openaiPage] of Object.entries(openai)) {
      all[`${claudeName}+${openaiName}`] = { [CLAUDE_SUMMARY]: claudePage, [OPENAI_PAGE]: openaiPage };
    }
  }
  return all;
}

/** Each variant polled once through the real core; folding them in any order is then cheap. */
const resultsByVariant = new Map<string, Record<string, SourceResult>>();

beforeAll(async () => {
  for (const [name, pages] of Object.entries(variants())) {
    const fetch = fakeFetch(pages as Record<string, { body: string }>);
    resultsByVariant.set(name, await pollProviders(PROVIDERS, { fetch, now: () => 0, timeoutMs: 1_000 }));
  }
});

const settingsArbitrary: fc.Arbitrary<NotificationSettings> = fc.record({
  enabled: fc.boolean(),
  minSeverity: fc.constantFrom('degraded', 'partial_outage', 'major_outage'),
  maintenance: fc.boolean(),
  unreadable: fc.boolean(),
  muted: fc.subarray(PROVIDERS.map((provider) => provider.id)),
  snoozes: fc.constant([]),
  quietHours: fc.record({
    enabled: fc.boolean(),
    startMinutes: fc.integer({ min: 0, max: 1439 }),
    endMinutes: fc.integer({ min: 0, max: 1439 }),
    majorOutagesBreakThrough: fc.boolean(),
  }),
});

function keyOf(event: RadarEvent): string {
  return 'incident' in event ? `${event.providerId}/${event.incident.id}` : event.providerId;
}

describe('notification policy properties (random sequences of real payloads)', () => {
  it('never repeats, never tells an end it did not tell the start of, and tells nothing of a muted assistant', () => {
    const names = [...resultsByVariant.keys()];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 12 }),
        settingsArbitrary,
        fc.integer({ min: 1, max: 40 }),
        (sequence, settings, stepMinutes) => {
          let state: State = { version: 1, providers: {} };
          let ledger: NotifyLedger = emptyLedger();
          const openedImpacts = new Map<string, string[]>();
          const toldTrouble = new Set<string>();
          const problems: string[] = [];
          for (const [index, name] of sequence.entries()) {
            const nowMs = Date.parse('2026-11-22T00:00:00Z') + index * stepMinutes * 60_000;
            const next = foldResults(state, resultsByVariant.get(name) ?? {}, new Date(nowMs).toISOString());
            const events = eventsBetween(state, next);
            // JSON round trip: what the worker stores is what it reads back.
            const decision = decideNotifications({ events, next, ledger, settings, nowMs, timeZone: 'Europe/Paris' });
            ledger = JSON.parse(JSON.stringify(decision.ledger));
            if (index === 0 && decision.shown.length > 0) problems.push('the baseline poll told something');
            for (const event of decision.shown) {
              const key = keyOf(event);
              if (!settings.enabled || settings.muted.includes(event.providerId)) problems.push(`told ${key} while off`);
              if (event.kind === 'incident_opened' || event.kind === 'incident_escalated') {
                const impacts = openedImpacts.get(key) ?? [];
                if (impacts.includes(event.incident.impact)) problems.push(`told ${key} at ${event.incident.impact} twice`);
                openedImpacts.set(key, [...impacts, event.incident.impact]);
                toldTrouble.add(event.providerId);
              }
              if (event.kind === 'status_changed') toldTrouble.add(event.providerId);
              if (event.kind === 'incident_resolved') {
                if (!openedImpacts.has(key)) problems.push(`resolved ${key} never opened`);
                openedImpacts.delete(key);
              }
              if (event.kind === 'recovered') {
                if (!toldTrouble.has(event.providerId)) problems.push(`recovered ${key} never in trouble`);
                toldTrouble.delete(event.providerId);
              }
            }
            // An incident the page stopped listing has ended, told or not (its end may fall in quiet hours):
            // if the same id comes back, that is news again.
            for (const key of [...openedImpacts.keys()]) {
              const [providerId, incidentId] = key.split('/');
              const now = next.providers[providerId ?? ''];
              if (now?.reading && !now.error && !now.reading.incidents.some((incident) => incident.id === incidentId)) {
                openedImpacts.delete(key);
              }
            }
            const kinds = decision.shown.map((event) => `${event.kind}:${keyOf(event)}`);
            if (new Set(kinds).size !== kinds.length) problems.push(`one poll told the same thing twice: ${kinds.join(', ')}`);
            state = next;
          }
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
