import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { DEMO_URL } from './fixture-routes';
import type { KeyInput, Page } from 'puppeteer-core';
import { FIREFOX_BUILD_DIR } from './paths';
import {
  VIEWPORT,
  problemsOf,
  type ConsoleEntry,
  type ExtensionBrowser,
  type LaunchOptions,
  type PageDriver,
} from './page-driver';

/**
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with the Firefox build
 * installed as a temporary add-on (`browser.installExtension`), proxied to the fixture proxy.
 */
export async function launchFirefox(executablePath: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD_DIR;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Remote settings would poll Mozilla's servers (through the proxy, answered 404) all session long.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // A fixed moz-extension:// UUID, so tests know the extension's origin.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      // permissions.request() (the popup's "Always on this site") is granted without the doorhanger,
      // which automation cannot click. The request itself, with its user-gesture check, still runs.
      'extensions.webextOptionalPermissionPrompts': false,
      // A phone's screen: touch events, a coarse pointer that cannot hover (the media features the
      // card's CSS reads), as Firefox for Android reports them. WebDriver BiDi's emulation.setTouchOverride
      // is not in this Firefox, so the preferences set it for the whole session.
      ...(options.touchScreen
        ? {
            'dom.w3c_touch_events.enabled': 1,
            'dom.maxtouchpoints.testing.value': 5,
            'ui.primaryPointerCapabilities': 1, // coarse, no hover
            'ui.allPointerCapabilities': 1,
          }
        : {}),
    },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw new Error(
      `Firefox refused the extension in ${extensionDir} (${(error as Error).message}). ` +
        'Run `npm run build` and `npx web-ext lint -s .output/firefox-mv2` to see what is wrong.',
    );
  }
  return {
    name: 'firefox',
    extensionId,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    newPage: async () => wrapPage(await browser.newPage()),
    openExtensionPage: (pathAndQuery) => openExtensionPage(browser, pathAndQuery),
    clickToolbarButton: async () => {
      throw new Error('Firefox cannot press an extension\'s toolbar button from automation (no WebDriver BiDi command for it)');
    },
    raiseInContentScriptWorld: async (page, text) => void (await inContentScriptWorld(browser, page, 'raise', text)),
    contentScriptWorldTypeOf: (page, name) => inContentScriptWorld(browser, page, 'typeof', name),
    closed: new Promise<void>((resolve) => browser.once('disconnected', () => resolve())),
    close: () => browser.close(),
  };
}

/**
 * In the content-script world of `page`, through MV2's tabs.executeScript from an extension page (it
 * runs code in the tab's content-script world): `raise` logs `console.error(arg)` and throws it from a
 * timer, uncaught; `typeof` answers `typeof globalThis[arg]`.
 */
async function inContentScriptWorld(browser: Browser, page: PageDriver, what: 'raise' | 'typeof', arg: string): Promise<string> {
  if (page.raw.kind !== 'puppeteer') throw new Error('not a Firefox page');
  const url = page.raw.page.url();
  const code =
    what === 'raise'
      ? `console.error(${JSON.stringify(arg)}); setTimeout(() => { throw new Error(${JSON.stringify(arg)}); }); ''`
      : `typeof globalThis[${JSON.stringify(arg)}]`;
  const extensionPage = await openExtensionPage(browser, 'options.html');
  try {
    return await extensionPage.evaluate(
      async ({ url, code }) => {
        const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const [tab] = await api.tabs.query({ url });
        if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
        const [result] = (await api.tabs.executeScript(tab.id, { code })) as unknown[];
        return String(result);
      },
      { url, code },
    );
  } finally {
    await extensionPage.close();
  }
}

/** The little of the extension API the harness calls in an extension page. */
interface FirefoxApi {
  tabs: {
    query(query: { url: string }): Promise<{ id?: number }[]>;
    executeScript(tabId: number, details: { code: string }): Promise<unknown>;
  };
}

/** The gecko id in wxt.config.ts and the UUID the harness gives it. */
export const FIREFOX_EXTENSION_ID = 'carrera-lens@example.org';
export const FIREFOX_EXTENSION_UUID = 'c0ffee00-ca77-4e4a-8e45-000000000001';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/**
 * BiDi refuses to navigate to moz-extension:// addresses, but the extension may open its own pages:
 * on the demo page, the next-mention shortcut opens a card, the card gear's "Settings" asks the
 * background to open the options page, and that tab is then sent on within the extension.
 */
async function openExtensionPage(browser: Browser, pathAndQuery: string): Promise<PageDriver> {
  const before = new Set(await browser.pages());
  const demo = await browser.newPage();
  try {
    await demo.goto(DEMO_URL, { waitUntil: 'load' });
    await demo.waitForFunction(() => (CSS.highlights.get('carrera-lens-mention')?.size ?? 0) > 0, { timeout: 20_000 });
    await pressChord(demo, 'Alt+Shift+KeyK');
    await demo.waitForFunction(
      () => {
        const root = document.querySelector('carrera-lens-card')?.shadowRoot;
        const gear = root?.querySelector<HTMLButtonElement>('.gear');
        if (!gear) return false;
        if (gear.getAttribute('aria-expanded') !== 'true') gear.click();
        const settings = root!.querySelector<HTMLButtonElement>('[data-action="open-settings"]');
        settings?.click();
        return Boolean(settings);
      },
      { timeout: 10_000 },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      for (const page of await browser.pages()) {
        if (before.has(page) || page === demo) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (!href.startsWith(FIREFOX_EXTENSION_ORIGIN)) continue;
        await page.evaluate((target) => {
          location.href = target;
        }, `${FIREFOX_EXTENSION_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`);
        await page.waitForFunction((target) => location.href === target && document.readyState === 'complete', { timeout: 10_000 }, `${FIREFOX_EXTENSION_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`);
        return wrapPage(page);
      }
      if (Date.now() > deadline) throw new Error('The options page did not open from the card gear within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await demo.close().catch(() => {});
  }
}

function wrapPage(page: Page): PageDriver {
  const consoleMessages: ConsoleEntry[] = [];
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => consoleMessages.push({ type: 'pageerror', text: String(error) }));
  return {
    browserName: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // WebDriver BiDi's script.callFunction runs no helper script of puppeteer's in the page.
    peek: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForFunction: async (fn, arg, timeoutMs = 20_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
    mouseMove: (x, y, options) => page.mouse.move(x, y, { steps: options?.steps ?? 1 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    pressKey: (key) => pressChord(page, key),
    screenshot: async (file, options) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    consoleMessages,
    problems: () => problemsOf(consoleMessages),
    raw: { kind: 'puppeteer', page },
    close: () => page.close(),
  };
}

/** Playwright-style chords (`Shift+Tab`, `Alt+Shift+KeyL`) for puppeteer, which presses one key at a time. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const main = keys.pop() as KeyInput;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(main);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}
