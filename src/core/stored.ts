import { isRecord } from './body';
import { CATALOG } from './catalog';
import type { Settings, State } from './model';
import { DEFAULT_POLL_MINUTES, defaultSettings, MAX_POLL_MINUTES, MIN_POLL_MINUTES } from './settings';
import { emptyState } from './state';

/**
 * Values read back from storage are not trusted to have our shape (an older version, another extension
 * build, a hand edit): anything that does not fit is replaced, never crashes a reader.
 */
export function readStoredState(value: unknown): State {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.providers)) return emptyState();
  return value as unknown as State;
}

export function readStoredSettings(value: unknown): Settings {
  if (!isRecord(value) || value.version !== 1) return defaultSettings();
  const known = new Set(CATALOG.map((provider) => provider.id));
  const watched = Array.isArray(value.watched)
    ? [...new Set(value.watched.filter((id): id is string => typeof id === 'string' && known.has(id)))]
    : defaultSettings().watched;
  const minutes =
    typeof value.pollMinutes === 'number' && Number.isFinite(value.pollMinutes) ? value.pollMinutes : DEFAULT_POLL_MINUTES;
  return { version: 1, watched, pollMinutes: Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(minutes))) };
}
