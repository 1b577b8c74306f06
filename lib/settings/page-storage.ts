import { browser } from 'wxt/browser';
import { migrateSettings, parseSettings, SETTINGS_VERSION, type Settings } from './schema';

/**
 * The settings as the content script reads and writes them: the same entry of the `sync` storage
 * area as storage.ts (WXT's storage item keeps the value under `settings` and its version as
 * `{ v }` under `settings$`), without WXT's storage module, which was 12 KB of the 79 KB script
 * every matching page evaluates. Reading migrates an older stored shape in memory only; the
 * background defines the WXT item when it starts, and that stores the migration.
 */
const KEY = 'settings';
const META_KEY = `${KEY}$`;

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get([KEY, META_KEY]);
    const value = stored[KEY];
    if (value == null) return parseSettings(undefined);
    const version = (stored[META_KEY] as { v?: unknown } | undefined)?.v;
    return migrateSettings(value, typeof version === 'number' ? version : 1);
  } catch {
    // The storage area itself failed (quota, a broken profile): run with the defaults.
    return parseSettings(undefined);
  }
}

/** Calls `listener` with the parsed settings after every change (from any page or device). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(KEY in changes)) return;
    listener(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * Applies `change` to the current settings and stores the result, with its version mark: a value
 * without one is read as version 1, by WXT's item as by loadSettings, and would be migrated again.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  const meta = (await browser.storage.sync.get(META_KEY))[META_KEY];
  await browser.storage.sync.set({ [KEY]: next, [META_KEY]: { ...(typeof meta === 'object' && meta !== null ? meta : {}), v: SETTINGS_VERSION } });
  return next;
}
