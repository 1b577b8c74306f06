import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { loadSettings as pageLoad, updateSettings as pageUpdate, watchSettings as pageWatch } from '../../lib/settings/page-storage';

/** lib/settings/storage.ts (WXT's storage item, used by the background, popup and options) loaded afresh. */
async function wxtStorage() {
  vi.resetModules();
  return import('../../lib/settings/storage');
}

/**
 * The content script reads and writes the settings without WXT's storage module (lib/settings/page-storage.ts):
 * it must see exactly what the WXT item stores, and store what the WXT item reads back.
 */
describe('settings as the content script reads them (same storage entry as the WXT item)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads what the WXT item stored, and the WXT item reads what it stored', async () => {
    const wxt = await wxtStorage();
    await wxt.updateSettings((s) => ({ ...s, disabledSites: ['www.sports.ru'], highlightStyle: 'background' }));
    expect(await pageLoad()).toEqual(await wxt.loadSettings());
    await pageUpdate((s) => ({ ...s, cardLanguage: 'en' }));
    expect(await (await wxtStorage()).loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['www.sports.ru'], highlightStyle: 'background', cardLanguage: 'en' });
  });

  it('a first change stored from a page carries the version mark, so nobody migrates it again', async () => {
    await pageUpdate((s) => ({ ...s, disabledSites: ['www.sports.ru'] }));
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
    expect((await pageLoad()).disabledSites).toEqual(['www.sports.ru']);
    expect((await (await wxtStorage()).loadSettings()).disabledSites).toEqual(['www.sports.ru']);
  });

  it('gives the defaults when nothing is stored, and for a corrupted value', async () => {
    expect(await pageLoad()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: '{not json', settings$: { v: 2 } });
    expect(await pageLoad()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a version 1 value (or one without a version) in memory, as the WXT item would', async () => {
    const v1 = { on: true, offHosts: ['www.championat.com'], hiddenEntities: [], lang: 'ru', delaySeconds: 1, style: 'hover' };
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const expected = { ...DEFAULT_SETTINGS, disabledSites: ['www.championat.com'], cardLanguage: 'ru', showDelayMs: 1000, highlightStyle: 'quiet' };
    expect(await pageLoad()).toEqual(expected);
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 1 });
    await fakeBrowser.storage.sync.set({ settings: { on: false } });
    await fakeBrowser.storage.sync.remove('settings$');
    expect((await pageLoad()).enabled).toBe(false);
  });

  it('hears every change, whoever made it, and stops when unwatched', async () => {
    const heard: Settings[] = [];
    const unwatch = pageWatch((s) => heard.push(s));
    const wxt = await wxtStorage();
    await wxt.updateSettings((s) => ({ ...s, enabled: false }));
    await fakeBrowser.storage.local.set({ settings: { enabled: true } });
    await fakeBrowser.storage.sync.remove('settings');
    unwatch();
    await wxt.updateSettings((s) => ({ ...s, cardLanguage: 'ru' }));
    expect(heard).toEqual([{ ...DEFAULT_SETTINGS, enabled: false }, DEFAULT_SETTINGS]);
  });
});
