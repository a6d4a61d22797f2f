import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnownSeverity, NotificationSettings, ProviderState, Severity, State } from '../../../../src/core/model';
import type { RadarEvent } from '../../../../src/core/notify/events';
import { emptyLedger, type NotifyLedger } from '../../../../src/core/notify/ledger';
import { decideNotifications } from '../../../../src/core/notify/notify';
import { isQuietTime } from '../../../../src/core/notify/quiet-hours';
import { pollProviders } from '../../../../src/core/poll/poll';
import type { SourceResult } from '../../../../src/core/poll/read-source';
import { isAffected, isKnown, rank } from '../../../../src/core/severity';
import { foldResults } from '../../../../src/core/state/fold';
import { readFixture } from '../../../fixtures';
import { fakeFetch } from '../../support/fake-fetch';
import { PROPERTY_RUNS } from '../../support/parser-properties';
import {
  CLAUDE_INCIDENT,
  CLAUDE_OK,
  CLAUDE_SUMMARY,
  OPENAI_INCIDENT,
  OPENAI_PAGE,
  OPENAI_QUIET,
  type Pages,
  PROVIDERS,
} from '../../support/poll-sequence';
import { CLAUDE_AI_DOWN, CLAUDE_MAINTENANCE_UNDER_WAY, claudeIncidentWith } from './claude-pages';

/** What the two pages can say at any poll: real payloads and one-field edits of them. */
function variants(): Record<string, Pages> {
  const claude = {
    ok: { body: readFixture(CLAUDE_OK) },
    incident: { body: readFixture(CLAUDE_INCIDENT) },
    critical: claudeIncidentWith({ impact: 'critical' }),
    identified: claudeIncidentWith({ status: 'identified' }),
    another: claudeIncidentWith({ id: 'anotherincid' }),
    // GitHub's common case: a minor impact word over a component in partial outage.
    minorPartial: claudeIncidentWith({ impact: 'minor' }, 'partial_outage'),
    maintenance: CLAUDE_MAINTENANCE_UNDER_WAY,
    claudeAiDown: CLAUDE_AI_DOWN,
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
    // Read at the start of every sequence, so a failure's start is never before the first poll.
    const now = () => Date.parse('2026-11-22T00:00:00Z');
    resultsByVariant.set(name, await pollProviders(PROVIDERS, { fetch, now, timeoutMs: 1_000 }));
  }
});

const settingsArbitrary: fc.Arbitrary<NotificationSettings> = fc.record({
  enabled: fc.boolean(),
  minSeverity: fc.constantFrom('degraded', 'partial_outage', 'major_outage'),
  maintenance: fc.boolean(),
  unreadable: fc.boolean(),
  ownTraffic: fc.boolean(),
  muted: fc.subarray(PROVIDERS.map((provider) => provider.id)),
  snoozes: fc.constant([]),
  quietHours: fc.record({
    enabled: fc.boolean(),
    startMinutes: fc.integer({ min: 0, max: 1439 }),
    endMinutes: fc.integer({ min: 0, max: 1439 }),
    majorOutagesBreakThrough: fc.boolean(),
  }),
});

/** Whether a notice may interrupt now: what the policy may hold back for, and nothing else. */
function mayInterrupt(settings: NotificationSettings, providerId: string, severity: Severity, nowMs: number): boolean {
  if (!settings.enabled || settings.muted.includes(providerId)) return false;
  if (!isQuietTime(settings.quietHours, nowMs, 'Europe/Paris')) return true;
  return settings.quietHours.majorOutagesBreakThrough && severity === 'major_outage';
}

function reaches(state: ProviderState | undefined, settings: NotificationSettings): state is ProviderState {
  if (!state || state.error || !isAffected(state.severity) || !isKnown(state.severity)) return false;
  const unstated = state.reading?.unstated === true && settings.minSeverity !== 'major_outage';
  return rank(state.severity) >= rank(settings.minSeverity) || unstated;
}

interface Told {
  /** The worst trouble told since the last end told, per assistant. */
  level: Map<string, KnownSeverity>;
  /** Assistants that have read calm (operational or maintenance) since their first reading. */
  calmSince: Set<string>;
  read: Set<string>;
  /** Each assistant's last readable state: whether an end seen now is confirmed (the policy waits for two). */
  lastRead: Map<string, ProviderState>;
}

describe('notification policy properties (random sequences of real payloads)', () => {
  const names = () => [...resultsByVariant.keys()];
  const run = (
    check: (
      problems: string[],
      step: {
        index: number;
        previous: State;
        next: State;
        shown: RadarEvent[];
        settings: NotificationSettings;
        nowMs: number;
        told: Told;
      },
    ) => void,
  ) =>
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...names()), { minLength: 1, maxLength: 14 }),
        settingsArbitrary,
        fc.integer({ min: 1, max: 40 }),
        (sequence, settings, stepMinutes) => {
          let state: State = { version: 1, providers: {} };
          let ledger: NotifyLedger = emptyLedger();
          const told: Told = { level: new Map(), calmSince: new Set(), read: new Set(), lastRead: new Map() };
          const problems: string[] = [];
          for (const [index, name] of sequence.entries()) {
            const nowMs = Date.parse('2026-11-22T00:00:00Z') + index * stepMinutes * 60_000;
            const next = foldResults(state, resultsByVariant.get(name) ?? {}, new Date(nowMs).toISOString());
            const decision = decideNotifications({ next, ledger, settings, nowMs, timeZone: 'Europe/Paris' });
            // JSON round trip: what the worker stores is what it reads back.
            ledger = JSON.parse(JSON.stringify(decision.ledger));
            check(problems, { index, previous: state, next, shown: decision.shown, settings, nowMs, told });
            for (const event of decision.shown) {
              if (event.kind === 'trouble_started' || event.kind === 'trouble_worsened')
                told.level.set(event.providerId, event.severity);
              if (event.kind === 'trouble_ended') told.level.delete(event.providerId);
            }
            for (const [id, now] of Object.entries(next.providers)) {
              if (now.error) continue;
              // An end held back (quiet hours, muted) is over all the same: trouble after it is news again. Only an
              // end the policy would tell now is held back: one confirmed by a second calm reading, or by every told
              // incident gone; an end seen once waits for the next reading, and is told then if it may interrupt.
              const last = told.lastRead.get(id);
              const incidentsGone = (last?.reading?.incidents.length ?? 0) > 0 && (now.reading?.incidents.length ?? 0) === 0;
              const endDue = !isAffected(now.severity) && last !== undefined && (!isAffected(last.severity) || incidentsGone);
              if (endDue && !mayInterrupt(settings, id, 'operational', nowMs)) told.level.delete(id);
              told.lastRead.set(id, now);
              if (told.read.has(id) && !isAffected(now.severity)) told.calmSince.add(id);
              told.read.add(id);
            }
            state = next;
          }
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );

  it('safety: never twice, never an end whose start was not told, never while off, never from an unreadable page', () => {
    run((problems, { index, next, shown, settings, told }) => {
      if (index === 0 && shown.length > 0) problems.push('the baseline poll told something');
      for (const event of shown) {
        const now = next.providers[event.providerId];
        if (!settings.enabled || settings.muted.includes(event.providerId)) problems.push(`told ${event.providerId} while off`);
        if (event.kind === 'source_unreadable') continue;
        if (!now || now.error) problems.push(`told ${event.kind} of ${event.providerId} from a page it could not read`);
        if (event.kind === 'trouble_started' || event.kind === 'trouble_worsened') {
          // What the user sees is what they are told.
          if (event.severity !== now?.severity) problems.push(`told ${event.severity}, shown ${now?.severity}`);
          const before = told.level.get(event.providerId);
          if (before && rank(event.severity) <= rank(before))
            problems.push(`told ${event.providerId} at ${event.severity} again`);
        }
        if (event.kind === 'trouble_ended' && !told.level.has(event.providerId)) {
          problems.push(`told the end of ${event.providerId}, whose trouble was never told`);
        }
      }
      const kinds = shown.map((event) => `${event.kind}:${event.providerId}`);
      if (new Set(kinds).size !== kinds.length) problems.push(`one poll told the same thing twice: ${kinds.join(', ')}`);
    });
  });

  it('liveness: trouble at or past the threshold that lasts two readable polls is always told, unless held back', () => {
    run((problems, { previous, next, shown, settings, nowMs, told }) => {
      for (const [id, now] of Object.entries(next.providers)) {
        const before = previous.providers[id];
        if (!reaches(now, settings) || !reaches(before, settings) || before.severity !== now.severity) continue;
        // Trouble already there at install is a baseline, by design: only trouble that began after it counts.
        if (!told.calmSince.has(id) || !mayInterrupt(settings, id, now.severity, nowMs)) continue;
        const toldNow = shown.find((event) => event.providerId === id && 'severity' in event);
        const level = toldNow && 'severity' in toldNow ? toldNow.severity : told.level.get(id);
        if (!level || rank(level) < rank(now.severity as KnownSeverity)) {
          problems.push(`${id} read ${now.severity} for two polls and the user was told ${level ?? 'nothing'}`);
        }
      }
    });
  });

  it('liveness: a told trouble that is over for two readable polls is always told as over, unless held back', () => {
    run((problems, { previous, next, shown, settings, nowMs, told }) => {
      for (const [id, now] of Object.entries(next.providers)) {
        const before = previous.providers[id];
        const calm = (state: ProviderState | undefined) => !!state && !state.error && !isAffected(state.severity);
        if (!calm(now) || !calm(before) || !told.level.has(id)) continue;
        if (!mayInterrupt(settings, id, 'operational', nowMs) || !mayInterrupt(settings, id, 'operational', nowMs - 1)) continue;
        if (!shown.some((event) => event.kind === 'trouble_ended' && event.providerId === id)) {
          problems.push(`${id} was told ${told.level.get(id)} and has read calm for two polls, with no word of it`);
        }
      }
    });
  });
});
