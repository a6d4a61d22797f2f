import { type FailureOutcome, isFailure, type TrafficSample } from './model';
import { FAILING_OF, LAST, WINDOW_MINUTES } from './thresholds';

/**
 * The calm rule: when do the user's own requests say an assistant is failing? Several of them, close together,
 * and still: at least FAILING_OF of the last LAST requests to it, all within WINDOW_MINUTES, and the newest a
 * failure, so that one request that succeeds again clears it. A rate limit (429) is the user's own usage, told
 * as such and never as the assistant being down. Network failures at more than one assistant at once, with no
 * request succeeding anywhere meanwhile, are the user's own network: told once, and blamed on no assistant.
 */
export { FAILING_OF, LAST, WINDOW_MINUTES } from './thresholds';

export type TrafficWarning =
  | { kind: 'failing'; providerId: string; sinceMinute: number; failures: number; outcomes: FailureOutcome[] }
  | { kind: 'usage_limit'; providerId: string; sinceMinute: number };

export interface TrafficVerdict {
  warnings: TrafficWarning[];
  /** Network failures everywhere at once: the user's connection, not the assistants. */
  ownNetwork?: { sinceMinute: number; providerIds: string[] };
}

/** The samples of the last WINDOW_MINUTES before `nowMinute` (inclusive), oldest first. */
function recent(samples: readonly TrafficSample[], nowMinute: number): TrafficSample[] {
  return samples.filter((sample) => sample.minute <= nowMinute && sample.minute > nowMinute - WINDOW_MINUTES);
}

function warningOf(providerId: string, own: readonly TrafficSample[]): TrafficWarning | undefined {
  const newest = own.at(-1);
  if (!newest) return undefined;
  if (newest.outcome === 'rate_limited') {
    // Since the first 429 of the run that ends with the newest: how long the limit has held.
    let since = newest.minute;
    for (const sample of [...own].reverse()) {
      if (sample.outcome !== 'rate_limited') break;
      since = sample.minute;
    }
    return { kind: 'usage_limit', providerId, sinceMinute: since };
  }
  if (!isFailure(newest.outcome)) return undefined;
  const last = own.slice(-LAST);
  const failed = last.filter((sample) => isFailure(sample.outcome));
  if (failed.length < FAILING_OF) return undefined;
  const outcomes = [...new Set(failed.map((sample) => sample.outcome))].filter(isFailure);
  return { kind: 'failing', providerId, sinceMinute: failed[0]?.minute ?? newest.minute, failures: failed.length, outcomes };
}

/** What the user's own requests say now, assistant by assistant, and whether it is their own network. */
export function judgeTraffic(samples: readonly TrafficSample[], nowMinute: number): TrafficVerdict {
  const inWindow = recent(samples, nowMinute);
  const byProvider = new Map<string, TrafficSample[]>();
  for (const sample of inWindow) byProvider.set(sample.providerId, [...(byProvider.get(sample.providerId) ?? []), sample]);
  const warnings = [...byProvider.entries()].flatMap(([id, own]) => warningOf(id, own) ?? []);
  const networkOnly = warnings.filter(
    (warning): warning is Extract<TrafficWarning, { kind: 'failing' }> =>
      warning.kind === 'failing' && warning.outcomes.every((outcome) => outcome === 'network'),
  );
  const anyOk = inWindow.some((sample) => sample.outcome === 'ok');
  if (networkOnly.length >= 2 && !anyOk) {
    const blamed = new Set(networkOnly.map((warning) => warning.providerId));
    return {
      warnings: warnings.filter((warning) => !blamed.has(warning.providerId)),
      ownNetwork: {
        sinceMinute: Math.min(...networkOnly.map((warning) => warning.sinceMinute)),
        providerIds: [...blamed],
      },
    };
  }
  return { warnings };
}
