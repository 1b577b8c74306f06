import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { loadSettings, watchSettings } from '../lib/settings/storage';

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
