import { sendToTab } from '../messages';
import { ON_DEMAND_FLAG, RUNNING_FLAG } from './page-flags';
import { CONTENT_SCRIPT_CSS, CONTENT_SCRIPT_JS } from './script-files';

/**
 * "Mark this page": runs the content script in one tab now, with `activeTab` (granted when the reader
 * clicks the toolbar button) or the site's host permission. A tab where the content script already
 * runs is not injected twice: it is told to mark on demand instead.
 */
export async function markTabOnDemand(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: (runningFlag: string, onDemandFlag: string) => {
      const flags = globalThis as unknown as Record<string, unknown>;
      if (flags[runningFlag] === true) return true;
      flags[onDemandFlag] = true;
      return false;
    },
    args: [RUNNING_FLAG, ON_DEMAND_FLAG],
  });
  if (probe?.result === true) {
    await sendToTab(tabId, 'mark-on-demand');
    return;
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_SCRIPT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_JS] });
}
