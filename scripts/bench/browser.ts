/**
 * Chromium with the built extension, driven through the end-to-end harness (fixture proxy, the
 * same launch flags), plus what only a benchmark needs: generated pages served by Playwright's
 * request routing (no files written), a CDP session for tracing, metrics and garbage collection.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { browserTarget, startFixtureProxy, type ExtensionBrowser, type FixtureProxy } from '../../tests/e2e/harness';

/** Pages here get the extension (a manifest match); the same pages on BARE_ORIGIN do not. */
export const EXTENSION_ORIGIN = 'https://www.sports.ru';
export const BARE_ORIGIN = 'https://bench.example.org';

export interface BenchBrowser {
  readonly version: string;
  readonly extensionId: string;
  /** A fresh tab with its own CDP session. */
  newTab(): Promise<Tab>;
  /** Serves `html` at `/bench/<name>.html` on both origins. */
  serve(name: string, html: string): void;
  /** Serves `source` at `/bench/<name>.js` on both origins (page scripts whose task the trace names by URL). */
  serveScript(name: string, source: string): void;
  /** The extension's background service worker (it can call the extension's APIs). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface Tab {
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

export async function launchBenchBrowser(options: { extensionDir?: string } = {}): Promise<BenchBrowser> {
  const target = browserTarget('chromium');
  if (!target.available) throw new Error(`The benchmark needs Chromium: ${target.installHint}.`);
  const proxy: FixtureProxy = await startFixtureProxy();
  let browser: ExtensionBrowser;
  try {
    browser = await target.launch({ proxyPort: proxy.port, extensionDir: options.extensionDir });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const first = await browser.newPage();
  if (first.raw.kind !== 'playwright') throw new Error('Expected a Playwright page for Chromium');
  const context: BrowserContext = first.raw.page.context();
  const version = context.browser()?.version() ?? (await first.raw.page.evaluate(() => navigator.userAgent));
  await first.close();

  const pages = new Map<string, string>();
  const scripts = new Map<string, string>();
  for (const origin of [EXTENSION_ORIGIN, BARE_ORIGIN]) {
    await context.route(`${origin}/bench/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith('.js')) {
        const source = scripts.get(path.replace(/^\/bench\/|\.js$/g, ''));
        if (source === undefined) return route.fulfill({ status: 404, body: `No bench script "${path}"` });
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: source });
      }
      const name = path.replace(/^\/bench\/|\.html$/g, '');
      const html = pages.get(name);
      if (html === undefined) return route.fulfill({ status: 404, body: `No bench page "${name}"` });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: html });
    });
  }

  return {
    version,
    extensionId: browser.extensionId,
    serve: (name, html) => void pages.set(name, html),
    serveScript: (name, source) => void scripts.set(name, source),
    serviceWorker: async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 })),
    newTab: async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      return { page, cdp, close: () => page.close() };
    },
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

export function pageUrl(origin: string, name: string): string {
  return `${origin}/bench/${name}.html`;
}
