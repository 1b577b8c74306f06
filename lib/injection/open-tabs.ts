/**
 * After an update or a reload, Chromium runs the new content script only in pages loaded from then
 * on: tabs already open keep the old, now orphaned, script. This runs the new script (and its
 * stylesheet) in every open tab the manifest's content scripts match; starting, it stops the old
 * one (WXT's ContentScriptContext). Firefox injects into open tabs itself, so this does nothing there.
 */
interface Scripting {
  insertCSS(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

export async function injectIntoOpenTabs(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting) return;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      const target = { tabId: tab.id };
      // A tab may be closing or showing an error page: skip it, the others still get the script.
      if (script.css?.length) await scripting.insertCSS({ target, files: script.css }).catch(() => undefined);
      if (script.js?.length) await scripting.executeScript({ target, files: script.js }).catch(() => undefined);
    }
  }
}
