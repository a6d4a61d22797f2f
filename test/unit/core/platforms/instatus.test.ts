import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../../src/core/fetch/fields';
import type { Reading } from '../../../../src/core/model';
import { looksLikeInstatus, parseInstatus, snapshotInstatus } from '../../../../src/core/platforms/instatus';
import type { ParseContext } from '../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../fixtures';
import { expectReadingOrFailure, mutatedPayload, PROPERTY_RUNS, randomBodies } from '../../support/parser-properties';
import { unwrap } from '../../support/unwrap';

const AT = '2026-08-09T18:10:00.000Z';
const UP_WITH_INCIDENT = 'synthetic-instatus-up-open-incident.json';
const DOCUMENTED = 'synthetic-instatus-hasissues-documented-example.json';
const MAINTENANCE = 'synthetic-instatus-undermaintenance-in-progress.json';
const ALL_CLEAR = 'synthetic-instatus-up-lists-omitted.json';

function context(statusPageUrl: string, overrides: Partial<ParseContext> = {}): ParseContext {
  return { source: 'synthetic', statusPageUrl, fetchedAt: AT, ...overrides };
}

function parse(body: string, statusPageUrl: string, overrides: Partial<ParseContext> = {}): Reading {
  return unwrap(parseInstatus(body, context(statusPageUrl, overrides)));
}

/** The incident of Instatus's documented example, read back from its synthetic file. */
function documentedIncident(): Record<string, unknown> {
  const doc: unknown = JSON.parse(readSynthetic(DOCUMENTED));
  const [incident]: unknown[] = isRecord(doc) && Array.isArray(doc.activeIncidents) ? doc.activeIncidents : [];
  if (!isRecord(incident)) throw new Error('the documented example lists no incident');
  return incident;
}

/** A synthetic payload with its `activeIncidents` replaced, for single-field cases. */
function withIncidents(...incidents: unknown[]): string {
  return JSON.stringify({
    page: { name: 'Example', url: 'https://status.example.com', status: 'UP' },
    activeIncidents: incidents,
  });
}

describe('Instatus summary.json (synthetic: no real capture exists)', () => {
  it('UP with an open incident reads the incident: the page word is not trusted over it', () => {
    const reading = parse(readSynthetic(UP_WITH_INCIDENT), 'https://status.manychat.com');
    expect(reading.severity).toBe('degraded');
    expect(reading.components).toEqual([]);
    expect(reading.maintenances).toEqual([]);
    expect(reading.incidents).toEqual([
      {
        id: 'cmdu4x2hk0001l80ofq1m7y3e',
        title: 'Delays and failures in Follow to DM on Instagram',
        status: 'identified',
        impact: 'degraded',
        startedAt: '2026-08-03T09:12:40.000Z',
        updatedAt: '2026-08-03T10:05:13.000Z',
        url: 'https://status.manychat.com/incident/cmdu4x2hk0001l80ofq1m7y3e',
        componentIds: [],
      },
    ]);
  });

  it('the documented example: HASISSUES, a major outage, a maintenance not started, Date strings, no ids', () => {
    const reading = parse(readSynthetic(DOCUMENTED), 'https://instat.us');
    expect(reading.severity).toBe('major_outage');
    expect(reading.incidents).toEqual([
      {
        id: 'cl4a8n3070721qtmzvts760c4',
        title: "We're facing an issue with our API",
        status: 'investigating',
        impact: 'major_outage',
        startedAt: '2022-06-11T18:55:50.000Z',
        updatedAt: '2022-06-11T18:55:50.000Z',
        // The payload links to testing-widget.instatus.com; the link is rebuilt on the page's own host.
        url: 'https://instat.us/incident/cl4a8n3070721qtmzvts760c4',
        componentIds: [],
      },
    ]);
    expect(reading.maintenances).toEqual([
      {
        id: 'cl4a8nlv50918qtmzdlw60ivu',
        title: 'Database maintenance',
        status: 'not_started_yet',
        scheduledFor: '2022-06-11T18:55:54.000Z',
        scheduledUntil: '2022-06-11T19:55:54.000Z',
        inProgress: false,
        url: 'https://instat.us/maintenance/cl4a8nlv50918qtmzdlw60ivu',
        componentIds: [],
      },
    ]);
  });

  it('UNDERMAINTENANCE with a maintenance in progress and no activeIncidents key', () => {
    const reading = parse(readSynthetic(MAINTENANCE), 'https://status.polymarket.com');
    expect(reading.severity).toBe('maintenance');
    expect(reading.incidents).toEqual([]);
    expect(reading.maintenances).toEqual([
      {
        id: 'cmf0q7c3v000208jz5t9wq2kd',
        title: 'Scheduled CLOB Maintenance',
        status: 'in_progress',
        scheduledFor: '2026-08-09T18:00:00.000Z',
        scheduledUntil: '2026-08-09T18:45:00.000Z',
        inProgress: true,
        url: 'https://status.polymarket.com/maintenance/cmf0q7c3v000208jz5t9wq2kd',
        componentIds: [],
      },
    ]);
  });

  it('UP with both lists left out reads operational with nothing listed', () => {
    const reading = parse(readSynthetic(ALL_CLEAR), 'https://status.polymarket.com');
    expect(reading).toMatchObject({ severity: 'operational', incidents: [], components: [], maintenances: [], recent: [] });
    expect(snapshotInstatus(readSynthetic(ALL_CLEAR), context('https://status.polymarket.com'))).toMatchObject({
      ok: true,
      value: { pageSeverity: 'operational', lists: { components: false, incidents: true } },
    });
  });

  it('a provider scoped to components still reads every open incident: the summary names no components', () => {
    const reading = parse(readSynthetic(UP_WITH_INCIDENT), 'https://status.manychat.com', { componentIds: ['instagram'] });
    expect(reading.severity).toBe('degraded');
    expect(reading.incidents).toHaveLength(1);
  });
});

describe('Instatus words, times and links', () => {
  const page = 'https://status.example.com';

  it.each([
    ['OPERATIONAL', 'operational'],
    ['UNDERMAINTENANCE', 'maintenance'],
    ['DEGRADEDPERFORMANCE', 'degraded'],
    ['PARTIALOUTAGE', 'partial_outage'],
    ['MINOROUTAGE', 'partial_outage'],
    ['MAJOROUTAGE', 'major_outage'],
    // A word it does not know, or none: an incident posted, at the floor and said as unstated, never worse.
    ['APOCALYPSE', 'degraded'],
    [undefined, 'degraded'],
  ])('impact %s reads %s', (impact, severity) => {
    const reading = parse(withIncidents({ id: 'i', name: 'Trouble', status: 'INVESTIGATING', impact }), page);
    expect(reading.incidents[0]?.impact).toBe(severity);
    expect(reading.incidents[0]?.unstated).toBe(impact === 'APOCALYPSE' || impact === undefined ? true : undefined);
  });

  it('page words: HASISSUES alone is the mildest trouble; a look-alike written HAS_ISSUES reads the same', () => {
    expect(parse('{"page": {"status": "HASISSUES"}}', page).severity).toBe('degraded');
    expect(parse('{"page": {"status": "HAS_ISSUES"}}', page).severity).toBe('degraded');
    expect(parse('{"page": {"status": "SOMETHING_NEW"}}', page).severity).toBe('operational');
  });

  it('a resolved incident still listed is history, not trouble', () => {
    const reading = parse(
      withIncidents(
        { id: 'old', name: 'Old', status: 'RESOLVED', impact: 'MAJOROUTAGE', started: '2026-08-01T00:00:00Z' },
        { id: 'new', name: 'New', status: 'MONITORING', impact: 'PARTIALOUTAGE', started: '2026-08-02T00:00:00Z' },
      ),
      page,
    );
    expect(reading.severity).toBe('partial_outage');
    expect(reading.incidents.map((incident) => [incident.id, incident.status])).toEqual([['new', 'monitoring']]);
    expect(reading.recent?.map((incident) => [incident.id, incident.status])).toEqual([['old', 'resolved']]);
  });

  it('keeps the path of a link on the page host, and never follows one elsewhere', () => {
    const reading = parse(
      withIncidents(
        { id: 'a', name: 'Same host', url: 'https://status.example.com/default/a?x=1#y' },
        { id: 'b', name: 'Other host', url: 'https://evil.example/incident/b' },
        { id: 'c', name: 'Path as host', url: 'https://status.example.com//evil.example/c' },
        { id: 'd', name: 'Credentials', url: 'https://user:pass@status.example.com/incident/d' },
        { id: 'e', name: 'Plain http', url: 'http://status.example.com/incident/e' },
        { name: 'No id, no link', started: '2026-08-02T00:00:00Z' },
      ),
      page,
    );
    expect(reading.incidents.map((incident) => incident.url)).toEqual([
      'https://status.example.com/default/a',
      'https://status.example.com/incident/b',
      'https://status.example.com//evil.example/c',
      'https://status.example.com/incident/d',
      'https://status.example.com/incident/e',
      'https://status.example.com/',
    ]);
    expect(reading.incidents.every((incident) => new URL(incident.url).host === 'status.example.com')).toBe(true);
    // Neither id nor link: keyed by when it started, never by its name.
    expect(reading.incidents[5]?.id).toMatch(/^started-/);
    expect(reading.incidents[5]?.id).not.toContain('No id');
  });

  it('an id that cannot be a path (a lone surrogate) links to the page itself', () => {
    const reading = parse(withIncidents({ id: '\uD800', name: 'Odd id', status: 'INVESTIGATING' }), page);
    expect(reading.incidents[0]?.url).toBe(page);
  });

  it('an unreadable time or duration is left out, not guessed', () => {
    const body = JSON.stringify({
      page: { status: 'UNDERMAINTENANCE' },
      activeIncidents: [{ id: 'i', name: 'x', started: 'yesterday', status: 'IDENTIFIED' }],
      activeMaintenances: [
        { id: 'm1', name: 'No end', start: '2026-08-09T18:00:00Z', duration: 'a while', status: 'INPROGRESS' },
        { id: 'm2', name: 'Huge', start: '2026-08-09T18:00:00Z', duration: 1e30, status: 'NOTSTARTEDYET' },
        { id: 'm3', name: 'Done', start: '2026-08-09T17:00:00Z', duration: 30, status: 'COMPLETED' },
      ],
    });
    const reading = parse(body, page);
    expect(reading.incidents[0]).toMatchObject({ startedAt: '', updatedAt: '' });
    expect(reading.maintenances.map((maintenance) => [maintenance.id, maintenance.scheduledUntil])).toEqual([
      ['m1', undefined],
      ['m2', undefined],
    ]);
  });
});

describe('Instatus incident ids stay the same while the page edits, adds and updates', () => {
  const page = 'https://status.example.com';
  const ids = (body: string) => parse(body, page).incidents.map((incident) => incident.id);
  // The documented example's incident: no id, a link on *.instatus.com.
  const { url, ...bare } = documentedIncident();
  const newer = {
    name: 'Login failures',
    started: 'Sat Jun 11 2022 19:30:00 GMT+0000 (Coordinated Universal Time)',
    status: 'INVESTIGATING',
    impact: 'PARTIALOUTAGE',
  };

  it.each([
    ['an id', { id: 'cmdu4x2hk0001l80ofq1m7y3e', url: 'https://status.example.com/incident/cmdu4x2hk0001l80ofq1m7y3e' }],
    ['no id, the documented link', { url }],
    ['neither id nor link', {}],
  ])('%s: a new name, a newer incident listed first and an update keep the id', (_, identity) => {
    const incident = { ...bare, ...identity };
    const [id] = ids(withIncidents(incident));
    expect(id).toBeDefined();
    expect(ids(withIncidents({ ...incident, name: 'Our API is down for some users' }))).toEqual([id]);
    const [newerId, sameId] = ids(withIncidents(newer, incident));
    expect(sameId).toBe(id);
    // Two different incidents never share an id.
    expect(newerId).not.toBe(id);
    const updated = { ...incident, status: 'IDENTIFIED', impact: 'PARTIALOUTAGE', updatedAt: '2022-06-11T20:00:00.000Z' };
    expect(ids(withIncidents(newer, updated))).toEqual([newerId, id]);
  });

  it('two incidents that share a start, and have neither id nor link, still get ids of their own', () => {
    const started = '2026-08-02T00:00:00Z';
    const [a, b] = ids(
      withIncidents(
        { name: 'API errors', started, status: 'INVESTIGATING' },
        { name: 'Login failures', started, status: 'INVESTIGATING' },
      ),
    );
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('a link shared by two incidents names neither of them', () => {
    const shared = 'https://status.example.com/incidents';
    const [a, b] = ids(
      withIncidents(
        { name: 'API errors', url: shared, started: '2026-08-02T00:00:00Z' },
        { name: 'Login failures', url: shared, started: '2026-08-02T01:00:00Z' },
      ),
    );
    expect(a).not.toBe('incidents');
    expect(a).not.toBe(b);
  });
});

describe('Instatus detection and bad input', () => {
  const page = 'https://status.example.com';

  it('tells its summary.json from the other platforms', () => {
    for (const file of [UP_WITH_INCIDENT, DOCUMENTED, MAINTENANCE, ALL_CLEAR])
      expect(looksLikeInstatus(readSynthetic(file))).toBe(true);
    expect(looksLikeInstatus(readFixture('statuspage/anthropic-summary-operational-1.json'))).toBe(false);
    expect(looksLikeInstatus(readFixture('incidentio/openai-proxy-summary-ongoing-incident-1.json'))).toBe(false);
    expect(
      looksLikeInstatus(readFixture('betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json')),
    ).toBe(false);
    expect(looksLikeInstatus('nope')).toBe(false);
  });

  it.each([
    ['', 'bad_payload'],
    ['<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>', 'challenge'],
    ['{"page": {"status": "UP"', 'bad_payload'],
    ['[]', 'bad_payload'],
    ['null', 'bad_payload'],
    ['{"page": null}', 'bad_payload'],
    ['{"page": {"name": "No status"}}', 'bad_payload'],
    ['{"page": {"status": 1}}', 'bad_payload'],
    ['{"page": {"status": "UP"}, "activeIncidents": {"name": "x"}}', 'bad_payload'],
    ['{"page": {"status": "UP"}, "activeMaintenances": "none"}', 'bad_payload'],
  ])('%j reads as %s', (body, kind) => {
    expect(parseInstatus(body, context(page))).toMatchObject({ ok: false, failure: { kind } });
  });

  it('null lists read as empty, and one malformed entry does not drop the rest', () => {
    expect(parse('{"page": {"status": "UP"}, "activeIncidents": null, "activeMaintenances": null}', page).severity).toBe(
      'operational',
    );
    const reading = parse(
      withIncidents(null, 'junk', 3, { id: 'ok', name: 'Real', status: 'IDENTIFIED', impact: 'PARTIALOUTAGE' }),
      page,
    );
    expect(reading.incidents.map((incident) => incident.id)).toEqual(['ok']);
    expect(reading.severity).toBe('partial_outage');
  });
});

describe('Instatus parser properties', () => {
  const page = 'https://status.example.com';
  const scope = fc.option(fc.constant(['api']), { nil: undefined });

  it('never throws on random bodies', () => {
    const bodies = randomBodies(
      (inner) => ({ page: inner }),
      (inner) => ({ page: { status: 'UP' }, activeIncidents: inner }),
      (inner) => ({ page: { status: 'HASISSUES' }, activeIncidents: [inner], activeMaintenances: [inner] }),
    );
    fc.assert(
      fc.property(bodies, scope, (body, componentIds) => {
        expectReadingOrFailure(parseInstatus, body, page, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it.each([UP_WITH_INCIDENT, DOCUMENTED, MAINTENANCE])('never throws on %s with values replaced or deleted', (file) => {
    fc.assert(
      fc.property(mutatedPayload(readSynthetic(file)), scope, (body, componentIds) => {
        expectReadingOrFailure(parseInstatus, body, page, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
