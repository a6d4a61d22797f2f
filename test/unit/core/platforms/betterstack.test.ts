import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../../src/core/model';
import { looksLikeBetterstack, parseBetterstack, snapshotBetterstack } from '../../../../src/core/platforms/betterstack';
import type { ParseContext } from '../../../../src/core/platforms/platform';
import { readFixture, readSynthetic } from '../../../fixtures';
import { expectReadingOrFailure, mutatedPayload, PROPERTY_RUNS, randomBodies } from '../../support/parser-properties';
import { unwrap } from '../../support/unwrap';

const TOGETHER = 'https://status.together.ai';
const FILE = 'betterstack/together-index-json-reduced-operational-resolved-maintenance-report-1.json';
const AT = '2026-09-16T00:00:00.000Z';
const SECTION = '231960';
const WEBSITE = '8475065';
const PLAYGROUND = '8475068';
const REPORT = '941865';

const together = readFixture(FILE);

function context(overrides: Partial<ParseContext> = {}): ParseContext {
  return { source: 'fixture', statusPageUrl: TOGETHER, fetchedAt: AT, ...overrides };
}

function parse(body: string, overrides: Partial<ParseContext> = {}): Reading {
  return unwrap(parseBetterstack(body, context(overrides)));
}

interface Entry {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
}

type Edit = (doc: { data: Entry; included: Entry[] }, byId: (type: string, id: string) => Entry) => void;

/** A captured payload with an edit, its included entries found by type and id. */
function editedCopy(payload: string, edit: Edit): string {
  const doc = JSON.parse(payload);
  const byId = (type: string, id: string): Entry => {
    const entry = (doc.included as Entry[]).find((candidate) => candidate.type === type && candidate.id === id);
    if (!entry) throw new Error(`fixture changed: no ${type} ${id}`);
    return entry;
  };
  edit(doc, byId);
  return JSON.stringify(doc);
}

/** The real payload with an edit, for cases the capture does not show. */
function edited(edit: Edit): string {
  return editedCopy(together, edit);
}

describe('Better Stack index.json: status.together.ai (reduced by its recorder)', () => {
  it('reads an operational page with its two included resources, in their section', () => {
    const reading = parse(together);
    expect(reading.severity).toBe('operational');
    expect(reading.components).toEqual([
      { id: WEBSITE, name: 'Website', severity: 'operational', status: 'operational', groupId: SECTION },
      { id: PLAYGROUND, name: 'Playground', severity: 'operational', status: 'operational', groupId: SECTION },
    ]);
    expect(reading.incidents).toEqual([]);
  });

  it('a resolved maintenance report is neither a maintenance nor history of trouble', () => {
    const reading = parse(together);
    expect(reading.maintenances).toEqual([]);
    expect(reading.recent).toEqual([]);
  });

  it('the same report, still open during its window, is a maintenance under way', () => {
    const body = edited((_, byId) => {
      byId('status_report', REPORT).attributes.aggregate_state = 'maintenance';
    });
    const during = parse(body, { fetchedAt: '2026-07-03T05:00:00.000Z' });
    expect(during.severity).toBe('maintenance');
    expect(during.maintenances).toEqual([
      {
        id: REPORT,
        title: 'Scheduled network maintenance',
        status: 'maintenance',
        scheduledFor: '2026-07-03T04:00:59.000Z',
        scheduledUntil: '2026-07-03T06:59:00.000Z',
        inProgress: true,
        url: `${TOGETHER}/incidents/${REPORT}`,
        componentIds: ['8802370', '8806939', '8824641', '8827857', '8898048', '8911095', '8912359', '8918569'],
      },
    ]);
    const before = parse(body, { fetchedAt: '2026-07-02T05:00:00.000Z' });
    expect(before.maintenances[0]?.inProgress).toBe(false);
    expect(before.severity).toBe('operational');
    const after = parse(body, { fetchedAt: '2026-07-03T07:00:00.000Z' });
    expect(after.maintenances[0]?.inProgress).toBe(false);
  });

  it('says when the same body will read otherwise: as its window opens, then as it closes, then never', () => {
    const body = edited((_, byId) => {
      byId('status_report', REPORT).attributes.aggregate_state = 'maintenance';
    });
    expect(parse(body, { fetchedAt: '2026-07-02T05:00:00.000Z' }).changesAt).toBe('2026-07-03T04:00:59.000Z');
    expect(parse(body, { fetchedAt: '2026-07-03T05:00:00.000Z' }).changesAt).toBe('2026-07-03T06:59:00.000Z');
    expect(parse(body, { fetchedAt: '2026-07-03T07:00:00.000Z' }).changesAt).toBeUndefined();
    // Resolved, as captured, the report reads the same at any time.
    expect(parse(together, { fetchedAt: '2026-07-02T05:00:00.000Z' }).changesAt).toBeUndefined();
  });

  it('the section id brings its resources; a resource the report names but the page does not include is an error', () => {
    expect(parse(together, { componentIds: [SECTION] }).components.map((component) => component.id)).toEqual([
      WEBSITE,
      PLAYGROUND,
    ]);
    expect(parseBetterstack(together, context({ componentIds: ['8802370'] }))).toMatchObject({
      ok: false,
      failure: { kind: 'bad_payload' },
    });
  });
});

describe('Better Stack index.json: reports the capture does not show (the real payload, edited)', () => {
  const outage = edited((doc, byId) => {
    doc.data.attributes.aggregate_state = 'downtime';
    byId('status_page_resource', WEBSITE).attributes.status = 'downtime';
    Object.assign(byId('status_report', REPORT).attributes, {
      title: 'Website unreachable',
      report_type: 'manual',
      aggregate_state: 'downtime',
      ends_at: null,
      affected_resources: [{ status_page_resource_id: WEBSITE, status: 'downtime' }],
    });
    byId('status_update', '5326570').attributes.message = 'We are investigating.';
  });

  it('an open manual report is an incident with its latest update, and downtime reads major outage', () => {
    const reading = parse(outage);
    expect(reading.severity).toBe('major_outage');
    expect(reading.incidents).toEqual([
      {
        id: REPORT,
        title: 'Website unreachable',
        status: 'downtime',
        impact: 'major_outage',
        startedAt: '2026-07-03T04:00:59.000Z',
        updatedAt: '2026-07-03T06:59:00.000Z',
        latestUpdate: { status: 'downtime', body: 'We are investigating.', at: '2026-07-03T06:59:00.000Z' },
        url: `${TOGETHER}/incidents/${REPORT}`,
        componentIds: [WEBSITE],
      },
    ]);
  });

  it('is read only for the resources it touches', () => {
    const playground = parse(outage, { componentIds: [PLAYGROUND] });
    expect(playground.severity).toBe('operational');
    expect(playground.incidents).toEqual([]);
    const website = parse(outage, { componentIds: [SECTION] });
    expect(website.severity).toBe('major_outage');
    expect(website.incidents.map((incident) => incident.id)).toEqual([REPORT]);
  });

  it('once resolved it is history, rated by the states it gave its resources', () => {
    const resolved = edited((_, byId) => {
      Object.assign(byId('status_report', REPORT).attributes, {
        report_type: 'manual',
        affected_resources: [{ status_page_resource_id: WEBSITE, status: 'degraded' }],
      });
    });
    const reading = parse(resolved, { componentIds: [WEBSITE] });
    expect(reading.severity).toBe('operational');
    expect(reading.incidents).toEqual([]);
    expect(reading.recent?.map((incident) => [incident.id, incident.status, incident.impact])).toEqual([
      [REPORT, 'resolved', 'degraded'],
    ]);
  });

  it('the page word counts for the whole page, not for a provider scoped to resources', () => {
    const degraded = edited((doc) => {
      doc.data.attributes.aggregate_state = 'degraded';
    });
    expect(parse(degraded).severity).toBe('degraded');
    expect(parse(degraded, { componentIds: [WEBSITE] }).severity).toBe('operational');
  });

  it('a resource not monitored reads unknown, never down and never fine', () => {
    const unmonitored = edited((_, byId) => {
      byId('status_page_resource', PLAYGROUND).attributes.status = 'not_monitored';
    });
    const snapshot = snapshotBetterstack(unmonitored, context());
    expect(snapshot.ok && snapshot.value.components[1]).toMatchObject({ severity: 'unknown', status: 'not_monitored' });
  });

  it('finds a report’s updates by the id they carry when the report does not list them', () => {
    const body = edited((doc, byId) => {
      Object.assign(byId('status_report', REPORT).attributes, { report_type: 'manual', aggregate_state: 'degraded' });
      delete (byId('status_report', REPORT) as unknown as Record<string, unknown>).relationships;
      byId('status_update', '5324213').attributes.status_report_id = Number(REPORT);
      doc.included = doc.included.filter((entry) => entry.id !== '5326570');
    });
    expect(parse(body).incidents[0]?.latestUpdate?.body).toMatch(/^We will be performing scheduled network maintenance/);
  });
});

describe('Better Stack detection and bad input', () => {
  it('tells its index.json from the other platforms', () => {
    expect(looksLikeBetterstack(together)).toBe(true);
    expect(looksLikeBetterstack(readFixture('incidentio/openai-proxy-summary-ongoing-incident-1.json'))).toBe(false);
    expect(looksLikeBetterstack(readFixture('statuspage/anthropic-summary-operational-1.json'))).toBe(false);
    expect(looksLikeBetterstack(readSynthetic('synthetic-instatus-up-lists-omitted.json'))).toBe(false);
    expect(looksLikeBetterstack('{')).toBe(false);
  });

  it.each([
    ['', 'bad_payload'],
    ['<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>', 'challenge'],
    ['{"data": {"type": "status_page"', 'bad_payload'],
    ['[]', 'bad_payload'],
    ['{"data": null}', 'bad_payload'],
    ['{"data": {"type": "status_page", "attributes": null}}', 'bad_payload'],
    ['{"data": {"type": "monitor", "attributes": {}}}', 'bad_payload'],
    ['{"data": {"type": "status_page", "attributes": {}}, "included": {"type": "status_report"}}', 'bad_payload'],
  ])('%j reads as %s', (body, kind) => {
    expect(parseBetterstack(body, context())).toMatchObject({ ok: false, failure: { kind } });
  });

  it('one malformed entry does not drop the rest', () => {
    const body = edited((doc) => {
      (doc.included as unknown[]).unshift(null, 7, { type: 'status_page_resource' }, { type: 'status_report', attributes: [] });
    });
    const reading = parse(body);
    expect(reading.components.map((component) => component.id)).toEqual([WEBSITE, PLAYGROUND]);
    expect(reading.incidents).toEqual([]);
  });

  it('a page word it does not know reads unknown: the page is not called down for it', () => {
    expect(parse('{"data": {"type": "status_page", "attributes": {"aggregate_state": "meltdown"}}}').severity).toBe(
      'operational',
    );
  });
});

describe('Better Stack parser properties', () => {
  const scope = fc.option(fc.subarray([SECTION, WEBSITE, PLAYGROUND, '8802370'], { minLength: 1 }), { nil: undefined });

  it('never throws on random bodies', () => {
    const bodies = randomBodies(
      (inner) => ({ data: { type: 'status_page', attributes: inner } }),
      (inner) => ({ data: { type: 'status_page', attributes: { aggregate_state: 'degraded' } }, included: inner }),
      (inner) => ({
        data: { type: 'status_page', attributes: {} },
        included: [{ type: 'status_report', id: '1', attributes: inner }],
      }),
    );
    fc.assert(
      fc.property(bodies, scope, (body, componentIds) => {
        expectReadingOrFailure(parseBetterstack, body, TOGETHER, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('never throws on the real payload with values replaced or deleted', () => {
    fc.assert(
      fc.property(mutatedPayload(together), scope, (body, componentIds) => {
        expectReadingOrFailure(parseBetterstack, body, TOGETHER, componentIds);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('Better Stack read whole: the page’s own word, not its worst monitor (status.huggingface.co)', () => {
  const HUGGINGFACE = 'https://status.huggingface.co';
  const huggingface = readFixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json');
  const HUB = '84641';
  const AWS_CDN = '8810148';
  const CDN_REPORT = '1004901';
  const HUB_REPORT = '965809';
  const at = { statusPageUrl: HUGGINGFACE, fetchedAt: '2026-09-19T04:00:00.000Z' };

  /** The real capture with an edit: what the same page says a little later. */
  function later(edit: Edit): string {
    return editedCopy(huggingface, edit);
  }

  /** One monitor of eight down (AWS CDN), and the page's own word for it: degraded. */
  const cdnDown = later((doc, byId) => {
    doc.data.attributes.aggregate_state = 'degraded';
    byId('status_page_resource', AWS_CDN).attributes.status = 'downtime';
  });

  it('the page as captured reads operational, though its 90-day history has days of downtime', () => {
    const reading = parse(huggingface, at);
    expect(reading.severity).toBe('operational');
    expect(reading.components).toHaveLength(8);
    expect(reading.incidents).toEqual([]);
  });

  it('the snapshot carries the page word, and says that the word decides a whole-page reading', () => {
    const snapshot = snapshotBetterstack(cdnDown, context(at));
    expect(snapshot.ok && snapshot.value.pageSeverity).toBe('degraded');
    expect(snapshot.ok && snapshot.value.pageWordDecides).toBe(true);
    expect(snapshot.ok && snapshot.value.components.find((component) => component.id === AWS_CDN)).toMatchObject({
      name: 'AWS CDN',
      severity: 'major_outage',
      status: 'downtime',
    });
  });

  it('one monitor in downtime, page degraded: HuggingChat reads degraded, not major outage', () => {
    expect(parse(cdnDown, at).severity).toBe('degraded');
  });

  it('scoped to components, the components decide: the monitor that is down is down, the others are fine', () => {
    expect(parse(cdnDown, { ...at, componentIds: [AWS_CDN] }).severity).toBe('major_outage');
    expect(parse(cdnDown, { ...at, componentIds: [HUB] }).severity).toBe('operational');
  });

  /** The page degraded, one monitor down, and a report on it left open, its own state and the monitor's `state`. */
  const openReport = (resource: string, report: string, state: string) =>
    later((doc, byId) => {
      doc.data.attributes.aggregate_state = 'degraded';
      byId('status_page_resource', resource).attributes.status = 'downtime';
      Object.assign(byId('status_report', report).attributes, {
        aggregate_state: state,
        affected_resources: [{ status_page_resource_id: resource, status: state }],
      });
    });

  it('an open status report still shows, with its own impact', () => {
    const cdnReport = openReport(AWS_CDN, CDN_REPORT, 'degraded');
    const reading = parse(cdnReport, at);
    expect(reading.severity).toBe('degraded');
    expect(reading.incidents.map((incident) => [incident.title, incident.impact])).toEqual([
      ['Elevated error rate - AWS CDN (Singapore)', 'degraded'],
    ]);

    const hubDown = openReport(HUB, HUB_REPORT, 'downtime');
    const hub = parse(hubDown, at);
    expect(hub.severity).toBe('major_outage');
    expect(hub.incidents.map((incident) => incident.title)).toEqual(['Hub unavailable']);
  });

  it('a page word it does not know decides nothing: the monitors are read', () => {
    const unknownWord = later((doc, byId) => {
      doc.data.attributes.aggregate_state = 'meltdown';
      byId('status_page_resource', AWS_CDN).attributes.status = 'downtime';
    });
    const snapshot = snapshotBetterstack(unknownWord, context(at));
    expect(snapshot.ok && snapshot.value.pageWordDecides).toBeUndefined();
    expect(parse(unknownWord, at).severity).toBe('major_outage');
  });
});
