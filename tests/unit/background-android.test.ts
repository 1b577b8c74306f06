import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CARD_SCRIPT_JS } from '../../lib/injection/script-files';

/**
 * Firefox for Android has no `commands` API (BCD: webextensions.api.commands, firefox_android: false):
 * the background must start without it, and keep doing what the phone needs, the card's code on the
 * first tap and the card gear's Settings.
 */
describe('the background on a browser without the commands API (Firefox for Android)', () => {
  const saved = fakeBrowser.commands;
  beforeEach(() => {
    fakeBrowser.reset();
    (fakeBrowser as { commands?: unknown }).commands = undefined;
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    // Not implemented by the fake browser; Firefox for Android has both (BCD: 79).
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  });
  afterEach(() => {
    (fakeBrowser as { commands?: unknown }).commands = saved;
    vi.restoreAllMocks();
  });

  it('starts, runs the card\'s code when a page asks, and opens the options page from the gear', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    vi.resetModules();
    const background = (await import('../../entrypoints/background')).default as { main(): void };
    expect(() => background.main()).not.toThrow();

    const sender = { tab: { id: 7 } as never, frameId: 0 };
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'carrera-lens/load-card' }, sender);
    expect(answers).toContain(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [CARD_SCRIPT_JS] });

    await fakeBrowser.runtime.onMessage.trigger({ type: 'carrera-lens/open-options' }, sender);
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});
