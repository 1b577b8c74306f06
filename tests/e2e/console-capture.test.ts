import { expect, it } from 'vitest';
import { RU_PAGE, describeEachBrowser, type PageDriver } from './harness';
import { sleep } from './harness/card';
import { waitForMarksToSettle } from './harness/marks';

/**
 * The positive control of every `expect(page.problems()).toEqual([])` in the suite: a console error
 * and an uncaught exception raised on purpose in the content script's world (where the extension's
 * own code runs: Chromium's isolated world, Firefox's content-script sandbox) reach the harness, as
 * do the page's own.
 */

/** Waits (5 s at most) until the page's problems are exactly the console error `text` and the uncaught `Error(text)`. */
async function expectErrorAndException(page: PageDriver, text: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (page.problems().length < 2 && Date.now() < deadline) await sleep(50);
  expect(page.problems()).toHaveLength(2);
  expect(page.problems()).toEqual(
    expect.arrayContaining([
      { type: 'error', text },
      { type: 'pageerror', text: expect.stringContaining(`Error: ${text}`) },
    ]),
  );
}

describeEachBrowser('console capture', (session) => {
  it("sees a console error and an uncaught exception raised in the content script's world", async () => {
    const page = await session.newPage();
    await page.goto(RU_PAGE);
    await waitForMarksToSettle(page);
    expect(page.problems()).toEqual([]);
    const text = `[e2e probe] raised in the content-script world of ${session.target.label}`;
    await session.browser.raiseInContentScriptWorld(page, text);
    await expectErrorAndException(page, text);
  });

  it("sees a console error and an uncaught exception raised in the page's own world", async () => {
    const page = await session.newPage();
    await page.goto(RU_PAGE);
    const text = '[e2e probe] raised by the page';
    await page.evaluate((message) => {
      console.error(message);
      setTimeout(() => {
        throw new Error(message);
      });
    }, text);
    await expectErrorAndException(page, text);
  });
});
