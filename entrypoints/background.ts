import { syncAddedSiteScripts } from '../lib/injection/added-sites';
import { injectIntoOpenTabs } from '../lib/injection/open-tabs';
import { CARD_SCRIPT_JS, MARKING_SCRIPT_JS } from '../lib/injection/script-files';
import { backgroundMessageListener, sendToTab } from '../lib/messages';
import { watchSettings } from '../lib/settings/storage';
import { KEYBOARD_COMMAND } from '../lib/shortcut';

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
    // The tab may have no content script (a site we do not run on): nothing to do then.
    await sendToTab(tabId, 'next-mention').catch(() => undefined);
  });

  browser.runtime.onMessage.addListener(
    backgroundMessageListener({
      'mention-count': ({ count }, sender) => {
        const tabId = sender.tab?.id;
        return tabId === undefined ? undefined : setBadge(tabId, count);
      },
      // The card's code (entrypoints/card.ts) and the marking code (entrypoints/marking.ts), run in the
      // asking frame's content-script world.
      'load-card': (_request, sender) => runInSender(sender, CARD_SCRIPT_JS),
      'load-marking': (_request, sender) => runInSender(sender, MARKING_SCRIPT_JS),
      'open-options': () => browser.runtime.openOptionsPage(),
      'sync-added-sites': () => syncAddedSites().then(() => true as const),
    }),
  );

  // "Always on this site": one registered content script per added site with its permission.
  // Registrations persist in Chrome; Firefox keeps them too, and syncing at every start makes sure.
  void syncAddedSites();
  watchSettings(() => void syncAddedSites());
  browser.permissions.onAdded.addListener(() => void syncAddedSites());
  browser.permissions.onRemoved.addListener(() => void syncAddedSites());
});

/** Runs one of the extension's scripts in the content-script world of the frame that asked for it. */
function runInSender(sender: { tab?: { id?: number }; frameId?: number }, file: typeof CARD_SCRIPT_JS | typeof MARKING_SCRIPT_JS): Promise<true> | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] }).then(() => true as const);
}

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
