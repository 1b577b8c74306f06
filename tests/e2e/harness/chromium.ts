import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD_DIR } from './paths';
import {
  VIEWPORT,
  problemsOf,
  type ConsoleEntry,
  type ExtensionBrowser,
  type LaunchOptions,
  type PageDriver,
} from './page-driver';

/**
 * Debian's Chromium through playwright-core, with the unpacked Chrome build loaded by
 * `--load-extension` into a throwaway profile, and every request sent to the fixture proxy.
 */
export async function launchChromium(executablePath: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'carrera-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: VIEWPORT,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
      '--ignore-certificate-errors',
      // Lets the harness press the toolbar button (Extensions.triggerAction over the pipe Playwright uses).
      '--enable-unsafe-extension-debugging',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    const extensionOrigin = `chrome-extension://${extensionId}`;
    return {
      name: 'chromium',
      extensionId,
      extensionOrigin,
      newPage: async () => wrapPage(await context.newPage()),
      openExtensionPage: async (pathAndQuery) => {
        const page = wrapPage(await context.newPage());
        await page.goto(`${extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`);
        return page;
      },
      clickToolbarButton: async (page) => {
        if (page.raw.kind !== 'playwright') throw new Error('clickToolbarButton: not a Chromium page');
        const browser = context.browser();
        if (!browser) throw new Error('clickToolbarButton: Playwright gave no browser for this context');
        const session = await browser.newBrowserCDPSession();
        try {
          const url = page.raw.page.url();
          const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
            targetInfos: { targetId: string; type: string; url: string }[];
          };
          const tabs = targetInfos.filter((info) => info.type === 'tab' && info.url === url);
          if (tabs.length !== 1) throw new Error(`clickToolbarButton: ${tabs.length} tabs show ${url}; open it in exactly one`);
          await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
        } finally {
          await session.detach();
        }
      },
      raiseInContentScriptWorld: async (page, text) => void (await inContentScriptWorld(context, page, 'raise', text)),
      contentScriptWorldTypeOf: (page, name) => inContentScriptWorld(context, page, 'typeof', name),
      closed,
      close: async () => {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw new Error(
      `Chromium started but the extension in ${extensionDir} did not load (${(error as Error).message}). ` +
        'Run `npm run build` and check the build for errors.',
    );
  }
}

/** The little of the extension API the harness calls in the service worker. */
interface ChromeApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript<R>(options: { target: { tabId: number }; world: 'ISOLATED'; args: [string]; func: (text: string) => R }): Promise<{ result?: R }[]>;
  };
}

function wrapPage(page: Page): PageDriver {
  const consoleMessages: ConsoleEntry[] = [];
  let devtools: Promise<CDPSession> | null = null;
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => consoleMessages.push({ type: 'pageerror', text: String(error) }));
  return {
    browserName: 'chromium',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    peek: async (fn, arg) => {
      devtools ??= page.context().newCDPSession(page);
      const { result, exceptionDetails } = await (await devtools).send('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`peek: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as never;
    },
    waitForFunction: async (fn, arg, timeoutMs = 20_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    mouseMove: (x, y, options) => page.mouse.move(x, y, { steps: options?.steps ?? 1 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    pressKey: (key) => page.keyboard.press(key),
    screenshot: async (file, options) => {
      await page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
    },
    consoleMessages,
    problems: () => problemsOf(consoleMessages),
    raw: { kind: 'playwright', page },
    close: () => page.close(),
  };
}

/**
 * In the content-script world of `page`, through the service worker's scripting API: `raise` logs
 * `console.error(arg)` and throws it from a timer, uncaught; `typeof` answers `typeof globalThis[arg]`.
 */
async function inContentScriptWorld(context: BrowserContext, page: PageDriver, what: 'raise' | 'typeof', arg: string): Promise<string> {
  if (page.raw.kind !== 'playwright') throw new Error('not a Chromium page');
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no running service worker');
  return worker.evaluate(
    async ({ url, what, arg }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await api.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      const [frame] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        world: 'ISOLATED',
        args: [arg],
        func:
          what === 'raise'
            ? (message: string) => {
                console.error(message);
                setTimeout(() => {
                  throw new Error(message);
                });
                return '';
              }
            : (global: string) => typeof (globalThis as Record<string, unknown>)[global],
      });
      return String(frame?.result);
    },
    { url: page.raw.page.url(), what, arg },
  );
}
