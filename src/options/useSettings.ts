import { useCallback, useEffect, useState } from 'preact/hooks';
import { updateSettings } from '../browser/settings-store';
import { loadSettings, onStoredChange } from '../browser/storage';
import type { Settings } from '../core/model';
import type { Edit, SaveEdit } from './edits';

export interface SettingsStore {
  /** Undefined until the first read. */
  settings: Settings | undefined;
  /** Shows the change at once, then saves it onto the freshest Settings in storage. */
  edit: SaveEdit;
  /** The last save failed; the page shows what storage holds. */
  saveFailed: boolean;
}

/**
 * Settings from storage.local, following every change (the worker or another page may write them).
 * Edits go through `updateSettings`, one after another, each applied to what storage holds, so that two
 * quick clicks, or a snooze set in the popup meanwhile, are never lost.
 */
export function useSettings(): SettingsStore {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => {
      if (alive) setSettings((current) => current ?? loaded);
    });
    const stop = onStoredChange((change) => {
      if (alive && change.settings) setSettings(change.settings);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const edit = useCallback((change: Edit) => {
    setSettings((current) => (current ? change(current) : current));
    return updateSettings(change)
      .then(() => {
        setSaveFailed(false);
        return true;
      })
      .catch(async (error: unknown) => {
        console.error('AI Outage Radar: could not save the settings', error);
        setSaveFailed(true);
        const stored = await loadSettings().catch(() => undefined);
        if (stored) setSettings(stored);
        return false;
      });
  }, []);

  return { settings, edit, saveFailed };
}
