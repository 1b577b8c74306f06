import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

/** A console message or uncaught page error seen while the page was open. */
export interface ConsoleEntry {
  /** `pageerror` for an uncaught exception; otherwise the console method (`error`, `warning`, ...). */
  type: string;
  text: string;
}

/**
 * One browser tab, the same for both browsers, so each end-to-end test is written once.
 * Coordinates are CSS pixels of the viewport; the mouse is a real (trusted) pointer.
 */
export interface PageDriver {
  readonly browserName: BrowserName;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's own world and returns its (serialisable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs `fn(arg)` in the page's own world with no script of the harness's running there (Chromium:
   * DevTools `Runtime.evaluate`; Firefox: WebDriver BiDi, which serialises natively). For pages that
   * count calls to their built-ins: `evaluate` in Chromium runs Playwright's own helpers in the page,
   * which call `Array.prototype.push`. `fn` must be self-contained and return JSON values.
   */
  peek<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it returns a truthy value; throws after `timeoutMs`. */
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, options?: { steps?: number }): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A key or a chord in Playwright notation: `Escape`, `Tab`, `Shift+Tab`, `Alt+Shift+KeyL`. */
  pressKey(key: string): Promise<void>;
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Page errors and console messages collected since the page opened. */
  readonly consoleMessages: readonly ConsoleEntry[];
  /** Only the uncaught errors and console errors/warnings, the ones a test usually asserts empty. */
  problems(): ConsoleEntry[];
  /** The underlying page, for the rare test that needs a browser-specific call. */
  readonly raw: { kind: 'playwright'; page: PlaywrightPage } | { kind: 'puppeteer'; page: PuppeteerPage };
  close(): Promise<void>;
}

/** A running browser with the built extension installed. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Chromium: the generated extension id. Firefox: the gecko id of the manifest. */
  readonly extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (Firefox's UUID is fixed by the harness). */
  readonly extensionOrigin: string;
  newPage(): Promise<PageDriver>;
  /**
   * Opens one of the extension's own pages (`popup.html?tab=3`, `options.html`) in a tab.
   * Chromium navigates there; Firefox's WebDriver BiDi refuses moz-extension:// navigation, so there
   * the harness lets the extension open its options page (the card gear's "Settings" on the demo
   * page) and navigates that tab within the extension.
   */
  openExtensionPage(pathAndQuery: string): Promise<PageDriver>;
  /**
   * Presses the extension's toolbar button for `page` (grants `activeTab`, opens the popup).
   * Chromium only, through the DevTools protocol's Extensions.triggerAction; Firefox has no way to
   * do this from automation, so it throws there.
   */
  clickToolbarButton(page: PageDriver): Promise<void>;
  /**
   * In the content-script world of `page` (where the extension's content script runs), logs
   * `console.error(text)` and throws `new Error(text)` from a timer, uncaught: the positive control
   * of the suite's empty-console assertions. The tab must be on one of the default sites.
   */
  raiseInContentScriptWorld(page: PageDriver, text: string): Promise<void>;
  /**
   * `typeof globalThis[name]` in the content-script world of `page` (what the extension's scripts have
   * handed over there, such as marking.js's code). The tab must be on one of the default sites.
   */
  contentScriptWorldTypeOf(page: PageDriver, name: string): Promise<string>;
  /** Settles when the browser goes away (closed by a person or by close()). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Port of the fixture proxy on 127.0.0.1 (see fixture-proxy.ts). */
  proxyPort: number;
  /** Defaults to true; the demo opens a window when a display is available. */
  headless?: boolean;
  /** Build folder to load; defaults to the target's .output folder. */
  extensionDir?: string;
  /**
   * A touch screen without a mouse, as on a phone: `(pointer: coarse)`, `(hover: none)` and touch points.
   * Firefox takes this at launch (preferences); Chromium per tab (tests/e2e/harness/phone.ts).
   */
  touchScreen?: boolean;
}

export const VIEWPORT = { width: 1280, height: 800 } as const;

const PROBLEM_TYPES = new Set(['pageerror', 'error', 'warning', 'warn', 'assert']);

export function problemsOf(entries: readonly ConsoleEntry[]): ConsoleEntry[] {
  return entries.filter((entry) => PROBLEM_TYPES.has(entry.type));
}
