import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { BROWSERS, IN_CI, type BrowserTarget } from './browsers';
import { startFixtureProxy, type FixtureProxy } from './fixture-proxy';
import type { ExtensionBrowser, PageDriver } from './page-driver';

/** What a test gets: the browser with the extension, the proxy (and its request log), and a page opener. */
export interface BrowserSession {
  readonly target: BrowserTarget;
  readonly browser: ExtensionBrowser;
  readonly proxy: FixtureProxy;
  /** Opens a tab; tabs opened by a test are closed after it. */
  newPage(): Promise<PageDriver>;
  /** Opens an extension page (`popup.html?tab=3`) in a tab, closed after the test (see ExtensionBrowser). */
  openExtensionPage(pathAndQuery: string): Promise<PageDriver>;
}

export interface SessionOptions {
  /** Loads another build folder than the target's default (e.g. a test copy with a changed manifest). */
  extensionDir?: (target: BrowserTarget) => string | undefined;
  /** A touch screen without a mouse (see LaunchOptions.touchScreen). */
  touchScreen?: boolean;
}

/**
 * Declares the same tests once per browser. Each browser gets its own fixture proxy and one
 * browser instance for the whole block. A browser missing on a developer's machine turns its block
 * into a skipped one whose title says how to install it; under CI=true the block runs and fails.
 *
 *     describeEachBrowser('foundation', (session) => {
 *       it('marks the demo page', async () => {
 *         const page = await session.newPage();
 *         await page.goto(DEMO_URL);
 *       });
 *     });
 */
export function describeEachBrowser(title: string, body: (session: BrowserSession) => void, options: SessionOptions = {}): void {
  for (const target of BROWSERS) {
    const skip = !target.available && !IN_CI;
    const blockTitle = skip
      ? `${title} in ${target.label} (skipped: ${target.label} not installed; ${target.installHint})`
      : `${title} in ${target.label}`;
    describe.skipIf(skip)(blockTitle, () => body(useBrowserSession(target, options)));
  }
}

/** Registers beforeAll/afterAll/afterEach hooks in the current describe block and returns the session. */
export function useBrowserSession(target: BrowserTarget, options: SessionOptions = {}): BrowserSession {
  let proxy: FixtureProxy | undefined;
  let browser: ExtensionBrowser | undefined;
  const openPages: PageDriver[] = [];

  beforeAll(async () => {
    proxy = await startFixtureProxy();
    browser = await target.launch({ proxyPort: proxy.port, extensionDir: options.extensionDir?.(target), touchScreen: options.touchScreen });
  });
  afterEach(async () => {
    const pages = openPages.splice(0);
    await Promise.all(pages.map((page) => page.close().catch(() => {})));
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${target.label} session has no ${what}: its beforeAll failed (see above).`);
    return value;
  };
  return {
    target,
    get browser() {
      return started(browser, 'browser');
    },
    get proxy() {
      return started(proxy, 'proxy');
    },
    newPage: async () => {
      const page = await started(browser, 'browser').newPage();
      openPages.push(page);
      return page;
    },
    openExtensionPage: async (pathAndQuery) => {
      const page = await started(browser, 'browser').openExtensionPage(pathAndQuery);
      openPages.push(page);
      return page;
    },
  };
}
