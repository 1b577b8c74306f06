import { KEYBOARD_COMMAND, NEXT_MENTION, type NextMentionMessage } from '../lib/messages';
import { injectIntoOpenTabs } from '../lib/reinject';

export default defineBackground(() => {
  // Open tabs get the new content script after an install, update or reload (Chromium only).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
  // The keyboard command (manifest `commands`) moves to the next mention on the active tab.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== KEYBOARD_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const message: NextMentionMessage = { type: NEXT_MENTION };
    // The tab may have no content script (a site we do not run on): nothing to do then.
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  });
});
