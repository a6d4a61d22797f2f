import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { detectPlatform } from '../../../../src/core/discovery/detect';
import { PLATFORM_NAMES, parserFor } from '../../../../src/core/platforms/parsers';
import { parseStatuspage } from '../../../../src/core/platforms/statuspage';
import { FIXTURES_DIR, readFixture, SYNTHETIC_DIR } from '../../../fixtures';
import { expectReadingOrFailure, type Json, mutatedPayload, PROPERTY_RUNS, randomBodies } from '../../support/parser-properties';

const STATUS_PAGE = 'https://status.example.com';

function everyPayload(): { name: string; body: string }[] {
  return [FIXTURES_DIR, SYNTHETIC_DIR].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
      .map((entry) => ({ name: entry.name, body: readFileSync(join(entry.parentPath, entry.name), 'utf8') })),
  );
}

describe('every parser on every payload of every platform', () => {
  const payloads = everyPayload();

  it.each(PLATFORM_NAMES)(
    '%s: a bounded Reading or a typed error, never a throw, whatever platform wrote the body',
    (platform) => {
      for (const { body } of payloads) expectReadingOrFailure(parserFor(platform), body, STATUS_PAGE);
      // And scoped to components that are not there: still no throw.
      for (const { body } of payloads) expectReadingOrFailure(parserFor(platform), body, STATUS_PAGE, ['no-such-component']);
    },
  );

  it('detection never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (body) => {
        detectPlatform(body);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('Statuspage parser properties', () => {
  const dressers = [
    (inner: Json): Json => ({ status: { indicator: inner } }),
    (inner: Json): Json => ({ components: inner }),
    (inner: Json): Json => ({ incidents: [inner] }),
    (inner: Json): Json => ({ scheduled_maintenances: [inner], status: { indicator: 'maintenance' } }),
  ];

  it('never throws on random bodies', () => {
    fc.assert(
      fc.property(randomBodies(...dressers), (body) => expectReadingOrFailure(parseStatuspage, body, STATUS_PAGE)),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it.each([
    'statuspage/anthropic-summary-unresolved-major-monitoring-1.json',
    'statuspage/cloudflare-summary-trimmed-2-unresolved-1-scheduled-maint-groups-1.json',
    'incidentio/openai-v2-summary-compat-active-minor-1.json',
  ])('never throws on %s with values replaced or deleted', (file) => {
    fc.assert(
      fc.property(mutatedPayload(readFixture(file)), fc.boolean(), (body, scoped) =>
        expectReadingOrFailure(parseStatuspage, body, STATUS_PAGE, scoped ? ['0qbwn08sd68x'] : undefined),
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
