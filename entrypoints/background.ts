import { KEYBOARD_COMMAND, NEXT_MENTION, type NextMentionMessage } from '../lib/messages';

export default defineBackground(() => {
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
