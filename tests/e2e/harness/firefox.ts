import puppeteer from 'puppeteer-core';
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
    newPage: async () => wrapPage(await browser.newPage()),
    closed: new Promise<void>((resolve) => browser.once('disconnected', () => resolve())),
    close: () => browser.close(),
  };
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
