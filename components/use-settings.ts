import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../lib/settings/storage';

/** The current settings (null until read), kept up to date with changes from any page. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

export interface SettingsChange {
  /** Stores `update` applied to the current settings; a failure shows as `error`. */
  change(update: (current: Settings) => Settings): void;
  /** What went wrong last, for a `role="alert"` line; null when the last action went well. */
  error: string | null;
  setError(error: string | null): void;
}

/** The popup's and the options page's way of changing a setting: stored at once, open tabs follow. */
export function useSettingsChange(): SettingsChange {
  const [error, setError] = useState<string | null>(null);
  const change = (update: (current: Settings) => Settings) => {
    setError(null);
    updateSettings(update).catch((e: unknown) => setError(String(e)));
  };
  return { change, error, setError };
}
