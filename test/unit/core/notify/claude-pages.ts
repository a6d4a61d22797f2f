import { readFixture } from '../../../fixtures';
import { CLAUDE_INCIDENT, CLAUDE_OK, edited, type Json } from '../../support/poll-sequence';

/**
 * Edits of Claude's captured summaries that the notify tests poll, so that the example tests and the
 * properties read the very same pages.
 */

/** Claude's open incident with `change` written over it, and its component (platform.claude.com) in `console`. */
export function claudeIncidentWith(change: Json, console = 'degraded_performance'): { body: string } {
  return edited(CLAUDE_INCIDENT, (doc) => {
    (doc.incidents as Json[])[0] = { ...(doc.incidents as Json[])[0], ...change };
    (doc.components as Json[])[1] = { ...(doc.components as Json[])[1], status: console };
  });
}

/** claude.ai's component in major outage, no incident posted: a change only a second poll confirms. */
export const CLAUDE_AI_DOWN = edited(CLAUDE_OK, (doc) => {
  (doc.components as Json[])[0] = { ...(doc.components as Json[])[0], status: 'major_outage' };
});

/** A calm page with the captured maintenance set back under way. */
export const CLAUDE_MAINTENANCE_UNDER_WAY = edited(CLAUDE_OK, (doc) => {
  const maintenances = (JSON.parse(readFixture('statuspage/anthropic-scheduled-maintenances-completed-1.json')) as Json)
    .scheduled_maintenances as Json[];
  doc.scheduled_maintenances = [{ ...maintenances[0], status: 'in_progress' }];
});
