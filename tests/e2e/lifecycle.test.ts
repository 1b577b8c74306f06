import { expect, it } from 'vitest';
import { cardState, hoverAt, markCenter, sleep, waitForCard } from './harness/card';
import { DEMO_URL, FIREFOX_BUILD_DIR, describeEachBrowser, type BrowserSession } from './harness';
import { MENTION_HIGHLIGHT, waitForMarksToSettle } from './harness/marks';
import type { PageDriver } from './harness/page-driver';

/**
 * The extension's life on an open page: reloaded (a developer, or an update) or removed, the old
 * content script must stop and take its marks and listeners with it, without a word in the page's
 * console; after a reload or update the new one marks the page again.
 */

/**
 * Reloads the extension as an update would. Chromium: the Reload button of chrome://extensions (its
 * developerPrivate API), with developer mode on, as a developer has it (without it Chromium disables
 * a reloaded unpacked extension). Firefox: uninstall and install the same build again.
 */
async function reloadExtension(session: BrowserSession, page: PageDriver): Promise<void> {
  if (page.raw.kind === 'playwright') {
    const context = page.raw.page.context();
    const extensions = await context.newPage();
    try {
      await extensions.goto('chrome://extensions');
      await extensions.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: {
          updateProfileConfiguration(update: object, done: () => void): void;
          reload(id: string, options: object, done: () => void): void;
        } } }).chrome.developerPrivate;
        await new Promise<void>((resolve) => api.updateProfileConfiguration({ inDeveloperMode: true }, resolve));
        await new Promise<void>((resolve) => api.reload(id, { failQuietly: true }, resolve));
      }, session.browser.extensionId);
    } finally {
      await extensions.close();
    }
  } else {
    const browser = page.raw.page.browser();
    await browser.uninstallExtension(session.browser.extensionId);
    await browser.installExtension(FIREFOX_BUILD_DIR);
  }
}

/** Removes the extension for good (until the next test file starts a new browser). */
async function removeExtension(session: BrowserSession, page: PageDriver): Promise<void> {
  if (page.raw.kind === 'playwright') {
    const worker = page.raw.page.context().serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.browser.extensionId}/`));
    if (!worker) throw new Error('The extension has no service worker');
    await worker
      .evaluate(() => (globalThis as unknown as { chrome: { management: { uninstallSelf(o: object): Promise<void> } } }).chrome.management.uninstallSelf({ showConfirmDialog: false }))
      .catch(() => {});
  } else {
    await page.raw.page.browser().uninstallExtension(session.browser.extensionId);
  }
}

/** Keeps the Highlight the running content script registered, so the page can tell an old one from a new one. */
function rememberHighlight(page: PageDriver): Promise<number> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name)!;
    (window as unknown as { __oldHighlight: Highlight }).__oldHighlight = highlight;
    return highlight.size;
  }, MENTION_HIGHLIGHT);
}

function oldHighlightState(page: PageDriver): Promise<{ stillRegistered: boolean; size: number }> {
  return page.evaluate((name) => {
    const old = (window as unknown as { __oldHighlight: Highlight }).__oldHighlight;
    return { stillRegistered: CSS.highlights.get(name) === old, size: old.size };
  }, MENTION_HIGHLIGHT);
}

describeEachBrowser('lifecycle', (session) => {
  it('on reload or update the old content script stops and clears its marks, and the new one marks the page', async () => {
    const page = await session.newPage();
    await page.goto(DEMO_URL);
    const before = await waitForMarksToSettle(page);
    expect(await rememberHighlight(page)).toBe(before);
    await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
    await waitForCard(page);

    await reloadExtension(session, page);

    // The old script let go: its highlight is no longer registered, its ranges are gone, its card closed.
    await page.waitForFunction((name) => {
      const old = (window as unknown as { __oldHighlight: Highlight }).__oldHighlight;
      return CSS.highlights.get(name) !== old && old.size === 0;
    }, MENTION_HIGHLIGHT, 20_000);
    expect((await oldHighlightState(page)).size).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('carrera-lens-card').length)).toBe(0);
    // The new one marked the same page again.
    await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MENTION_HIGHLIGHT, 20_000);
    expect(await waitForMarksToSettle(page)).toBe(before);
    // And only the new one answers the pointer: one card, not two.
    await page.mouseMove(5, 5, { steps: 4 });
    await sleep(600);
    await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
    expect((await waitForCard(page)).entity).toBe('carrera');
    await sleep(500);
    expect(await page.evaluate(() => document.querySelectorAll('carrera-lens-card').length)).toBe(1);
    expect((await cardState(page)).open).toBe(true);
    expect(page.problems()).toEqual([]);
  });

  it('when the extension is removed, its marks and card go away and the page hears nothing', async () => {
    const page = await session.newPage();
    await page.goto(DEMO_URL);
    await waitForMarksToSettle(page);
    await rememberHighlight(page);
    await removeExtension(session, page);
    if (session.target.name === 'chromium') {
      // The orphaned script notices (browser.runtime.id is gone) and clears up.
      await page.waitForFunction((name) => {
        const old = (window as unknown as { __oldHighlight: Highlight }).__oldHighlight;
        return CSS.highlights.get(name) !== old && old.size === 0;
      }, MENTION_HIGHLIGHT, 20_000);
    } else {
      // Firefox destroys a removed add-on's content scripts at once, before any code of ours can
      // run, and removes its stylesheet: the highlight stays registered but nothing draws it. What
      // the reader sees is checked: the page's look with the name no longer marked.
      await sleep(1_500);
    }
    // Pointing at a former name opens nothing.
    await page.mouseMove(200, 300, { steps: 4 });
    await sleep(800);
    expect(await page.evaluate(() => document.querySelectorAll('carrera-lens-card').length)).toBe(0);
    expect(page.problems()).toEqual([]);
  });
});
