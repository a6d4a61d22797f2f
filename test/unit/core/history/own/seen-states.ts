import type { Reading, State } from '../../../../../src/core/model';
import { parseStatuspage } from '../../../../../src/core/platforms/statuspage';
import { readFixture } from '../../../../fixtures';
import { unwrap } from '../../../support/unwrap';

function claudeReading(file: string): Reading {
  return unwrap(
    parseStatuspage(readFixture(file), {
      source: `fixture:${file}`,
      statusPageUrl: 'https://status.claude.com',
      fetchedAt: '2026-10-08T08:00:00.000Z',
    }),
  );
}

/** Real pages: Claude's with an open incident (a partial outage as scoped), and the same page all clear. */
export const OUTAGE = claudeReading('statuspage/anthropic-summary-unresolved-major-monitoring-1.json');
export const QUIET = claudeReading('statuspage/anthropic-summary-operational-1.json');

/** What one poll saw of an assistant: a reading, or nothing it could read. */
export type Seen = Reading | 'unreadable';

/** The State a poll stores after seeing `seen` of each assistant; an unreadable page timed out. */
export function stateSeeing(seen: Record<string, Seen>): State {
  const providers: State['providers'] = {};
  for (const [id, what] of Object.entries(seen)) {
    providers[id] =
      what === 'unreadable'
        ? { severity: 'unknown', checkedAt: '', error: { kind: 'timeout', message: 'timed out', source: 's', at: '' } }
        : { severity: what.severity, reading: what, checkedAt: '' };
  }
  return { version: 1, providers };
}
