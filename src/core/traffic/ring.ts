import type { TrafficRing, TrafficSample } from './model';

/** Samples kept an assistant: the rule looks at the last few, and a minute of a busy chat is a few requests. */
export const SAMPLES_PER_PROVIDER = 12;
/** Nothing older is kept: the rule looks at minutes, never hours. */
export const MAX_AGE_MINUTES = 30;

export function emptyRing(): TrafficRing {
  return { version: 1, samples: [] };
}

/**
 * The ring with `sample` added: at most SAMPLES_PER_PROVIDER an assistant, nothing older than MAX_AGE_MINUTES
 * before the newest, only the assistants still observed (`observed`). A sample from a clock set back is kept in
 * the order it came, so that a change of clock cannot hide the newest request.
 */
export function addSample(ring: TrafficRing, sample: TrafficSample, observed: ReadonlySet<string>): TrafficRing {
  // A success in the same minute as the assistant's last, also a success, says nothing new (an app's host can
  // answer dozens of requests a minute): the same ring comes back, and nothing is written.
  const last = ring.samples.findLast((entry) => entry.providerId === sample.providerId);
  if (sample.outcome === 'ok' && last?.outcome === 'ok' && last.minute === sample.minute) return ring;
  const kept = [...ring.samples, sample].filter(
    (entry) =>
      observed.has(entry.providerId) &&
      entry.minute >= sample.minute - MAX_AGE_MINUTES &&
      entry.minute <= sample.minute + MAX_AGE_MINUTES,
  );
  const counts = new Map<string, number>();
  const newestFirst: TrafficSample[] = [];
  for (const entry of [...kept].reverse()) {
    const count = counts.get(entry.providerId) ?? 0;
    if (count >= SAMPLES_PER_PROVIDER) continue;
    counts.set(entry.providerId, count + 1);
    newestFirst.push(entry);
  }
  return { version: 1, samples: newestFirst.reverse() };
}
