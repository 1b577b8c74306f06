import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, parseSettings, type Settings } from './schema';

/**
 * The settings as stored: extension storage, `sync` area (follows the reader's browser sync where the
 * browser has it; works locally otherwise), versioned with WXT's migrations. Every read goes through
 * parseSettings, so a missing, partial or corrupted value never breaks a page: bad fields take
 * their defaults and the rest is kept.
 */
function defineSettingsItem() {
  return storage.defineItem<unknown>('sync:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: MIGRATIONS,
  });
}

let item: ReturnType<typeof defineSettingsItem> | null = null;

/**
 * Defined on first use, not when the module loads: defining it starts the migration check (a call
 * into the storage API), which belongs after the task that evaluates the content script.
 */
function settingsItem(): ReturnType<typeof defineSettingsItem> {
  item ??= defineSettingsItem();
  return item;
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem().getValue());
  } catch {
    // The storage area itself failed (quota, a broken profile): run with the defaults.
    return parseSettings(undefined);
  }
}

/** Calls `listener` with the parsed settings after every change (from any page or device). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => listener(parseSettings(value)));
}

/** Applies `change` to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await settingsItem().setValue(next);
  return next;
}
