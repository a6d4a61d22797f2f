/**
 * What the radar keeps of the user's own requests to an assistant's web app (issue 17), when the user turned it
 * on for that assistant: the assistant, what came of a request, and the minute. Never a URL, an id, a body, a
 * header or anything of the page: nothing more can be stored, since nothing more is in these types.
 */

/** What came of one request, as far as it says anything about the assistant. */
export type TrafficOutcome = 'ok' | 'server_error' | 'overloaded' | 'network' | 'rate_limited';

/** The outcomes that are the assistant failing (a rate limit is the user's own usage, said apart). */
export type FailureOutcome = Extract<TrafficOutcome, 'server_error' | 'overloaded' | 'network'>;

export const FAILURES: readonly FailureOutcome[] = ['server_error', 'overloaded', 'network'];

export function isFailure(outcome: TrafficOutcome): outcome is FailureOutcome {
  return FAILURES.some((failure) => failure === outcome);
}

export interface TrafficSample {
  providerId: string;
  /** Epoch minutes: the minute is all that is kept of when. */
  minute: number;
  outcome: TrafficOutcome;
}

/** The samples kept, oldest first, bounded (traffic/ring). */
export interface TrafficRing {
  version: 1;
  samples: TrafficSample[];
}
