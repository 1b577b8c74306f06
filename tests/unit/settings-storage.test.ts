import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings';

/** Loads lib/settings/storage.ts afresh, so its WXT storage item runs its migration against what is stored now. */
async function freshStorageModule() {
  vi.resetModules();
  return import('../../lib/settings/storage');
}

describe('settings in extension storage (WXT storage item, fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    const { loadSettings } = await freshStorageModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a stored version 1 value to version 2 and stores the result', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { on: true, offHosts: ['www.championat.com'], hiddenEntities: [], lang: 'ru', delaySeconds: 1, style: 'hover' },
      settings$: { v: 1 },
    });
    const { loadSettings } = await freshStorageModule();
    const expected = { ...DEFAULT_SETTINGS, disabledSites: ['www.championat.com'], cardLanguage: 'ru', showDelayMs: 1000, highlightStyle: 'quiet' };
    expect(await loadSettings()).toEqual(expected);
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ disabledSites: ['www.championat.com'], highlightStyle: 'quiet', showDelayMs: 1000 });
  });

  it('treats an unversioned value as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { on: false } });
    const { loadSettings } = await freshStorageModule();
    expect((await loadSettings()).enabled).toBe(false);
  });

  it('survives a corrupted stored value: defaults for it, and the next change stores a clean value', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{not json', settings$: { v: 2 } });
    const { loadSettings, updateSettings } = await freshStorageModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, cardLanguage: 'en' }));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, cardLanguage: 'en' });
  });

  it('keeps the good fields of a partly corrupted value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'maybe', highlightStyle: 'background', showDelayMs: 'fast' }, settings$: { v: 2 } });
    const { loadSettings } = await freshStorageModule();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  });

  it('tells watchers the parsed settings after a change', async () => {
    const { watchSettings, updateSettings } = await freshStorageModule();
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s.highlightStyle));
    await updateSettings((s) => ({ ...s, highlightStyle: 'background' }));
    await vi.waitFor(() => expect(seen).toEqual(['background']));
    unwatch();
  });
});
