import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DEMO_URL, FIREFOX_BUILD_DIR, OUTSIDE_URL, describeEachBrowser } from './harness';

const HIGHLIGHT = 'carrera-lens-mention';
const geckoId = (): string =>
  JSON.parse(readFileSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

describeEachBrowser('foundation', (session) => {
  it('loads the built extension', () => {
    if (session.target.name === 'chromium') expect(session.browser.extensionId).toMatch(/^[a-p]{32}$/);
    else expect(session.browser.extensionId).toBe(geckoId());
  });

  it('runs its content script on the demo article served as https://www.sports.ru/...', async () => {
    const page = await session.newPage();
    await page.goto(DEMO_URL);
    await page.waitForFunction((name) => CSS.highlights.has(name), HIGHLIGHT);
    expect(await page.evaluate(() => location.href)).toBe(DEMO_URL);
    expect(page.problems()).toEqual([]);
  });

  it('stays off a site that is not in its list', async () => {
    const outside = await session.newPage();
    await outside.goto(OUTSIDE_URL);
    // Proof the extension was active meanwhile: a page on a listed site, opened after, got marked.
    const listed = await session.newPage();
    await listed.goto(DEMO_URL);
    await listed.waitForFunction((name) => CSS.highlights.has(name), HIGHLIGHT);
    expect(await outside.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT)).toBe(false);
    expect(await outside.evaluate(() => document.title)).toBe('Example Domain');
  });
});
