import {
  CARD_SCRIPT_JS,
  KEYBOARD_COMMAND,
  LOAD_CARD,
  MENTION_COUNT,
  NEXT_MENTION,
  OPEN_OPTIONS,
  SYNC_ADDED_SITES,
  messageType,
  type NextMentionMessage,
} from '../lib/messages';
import { syncAddedSiteScripts } from '../lib/settings/added-sites';
import { watchSettings } from '../lib/settings/storage';
import { injectIntoOpenTabs } from '../lib/reinject';

export default defineBackground(() => {
  // Open tabs get the new content script after an install, update or reload (Chromium only).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
  // The keyboard command (manifest `commands`) moves to the next mention on the active tab. Firefox for
  // Android has no `commands` API (no keyboard shortcuts there): skip it, so the rest of the background
  // (the card's code on the first tap, the gear's Settings, the badge) still starts. The card opens on a tap.
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== KEYBOARD_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const message: NextMentionMessage = { type: NEXT_MENTION };
    // The tab may have no content script (a site we do not run on): nothing to do then.
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    switch (messageType(message)) {
      case MENTION_COUNT: {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const count = Number((message as { count: number }).count) || 0;
        return setBadge(tabId, count);
      }
      case LOAD_CARD: {
        // The card's code, run in the asking frame's content-script world (entrypoints/card.ts).
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return browser.scripting
          .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_SCRIPT_JS] })
          .then(() => true);
      }
      case OPEN_OPTIONS:
        return browser.runtime.openOptionsPage();
      case SYNC_ADDED_SITES:
        return syncAddedSites().then(() => true);
      default:
        return undefined;
    }
  });

  // "Always on this site": one registered content script per added site with its permission.
  // Registrations persist in Chrome; Firefox keeps them too, and syncing at every start makes sure.
  void syncAddedSites();
  watchSettings(() => void syncAddedSites());
  browser.permissions.onAdded.addListener(() => void syncAddedSites());
  browser.permissions.onRemoved.addListener(() => void syncAddedSites());
});

let syncing: Promise<void> = Promise.resolve();

/** Runs one sync after another, so two quick changes cannot register the same script twice. */
function syncAddedSites(): Promise<void> {
  syncing = syncing.then(() =>
    syncAddedSiteScripts().catch((error: unknown) => {
      console.error('[Carrera Lens] Could not register the content script of the added sites; reopen the options page to retry.', error);
    }),
  );
  return syncing;
}

/** The toolbar badge: the number of marks on that tab (empty when none). */
async function setBadge(tabId: number, count: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile.
  }
}
