/**
 * Firefox ESR in the benchmark: the same generated pages, with the Firefox build installed (the end-to-end
 * harness: puppeteer-core over WebDriver BiDi), against the same page served where the extension does
 * not run. BiDi gives no trace of the main thread, so the page measures itself (see TICKER): a
 * setTimeout(0) chain stamps every turn of its event loop, and the gap between two stamps is the
 * longest anything (the page, the browser, our content script) held the main thread then, plus the
 * 4 ms Firefox waits between nested timers. Long-task entries and tracing are Chromium's only; a
 * requestAnimationFrame ticker would round every block up to whole frames, and a MessageChannel ticker
 * would leave no idle time, so the extension's idle-time scan would not run as it does for a reader.
 * Loaded, the page scrolls to its end: the marks there appear when the scan reaches them, so the time
 * from `load` to the last change of the highlight is the scan's duration.
 */
import { browserTarget, startFixtureProxy, type ExtensionBrowser, type FixtureProxy } from '../../tests/e2e/harness';
import { BARE_ORIGIN, EXTENSION_ORIGIN, pageUrl } from './browser';

/** Page script put first into <head> for the Firefox runs (with and without the extension alike). */
export const TICKER = `<script>
(() => {
  const state = window.__ticker = { stamps: [], loadAt: -1, lastChange: -1, size: -1, version: '' };
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    state.stamps.push(last, now - last);
    last = now;
    const highlight = window.CSS && CSS.highlights && CSS.highlights.get('carrera-lens-mention');
    const size = highlight ? highlight.size : 0;
    if (size !== state.size) { state.size = size; state.lastChange = now; }
    if (state.stamps.length < 400000) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  // The page's own first layout and the paint of its end are done before load, so what follows load is the extension's.
  addEventListener('DOMContentLoaded', () => { scrollTo(0, document.documentElement.scrollHeight); void document.body.offsetHeight; });
  addEventListener('load', () => { state.loadAt = performance.now(); });
})();
</script>`;

export interface FirefoxRun {
  /** From the load event to the highlight's last change, ms (null without the extension). */
  scanMs: number | null;
  /** The longest gap between two ticks after the load event, ms, and when it began (ms after load). */
  longestGapMs: number;
  longestGapAtMs: number;
  /** Gaps over 16 ms (+ the 4 ms timer clamp) after load. */
  gapsOver20: number;
  marksAtEnd: number;
  /** The longest gaps after load: [ms after load, gap ms], longest first. */
  top: [number, number][];
}

export interface FirefoxBench {
  version: string;
  run(name: string, withExtension: boolean, windowMs?: number): Promise<FirefoxRun>;
  close(): Promise<void>;
}

/** Serves `pages` (with TICKER) on both origins through the harness's fixture proxy and starts Firefox with the extension. */
export async function launchFirefoxBench(pages: { name: string; html: string }[]): Promise<FirefoxBench> {
  const target = browserTarget('firefox');
  if (!target.available) throw new Error(`Firefox ESR is missing: ${target.installHint}`);
  const byPath = new Map(pages.map((p) => [`/bench/${p.name}.html`, p.html.replace('<head>', `<head>${TICKER}`)]));
  const proxy: FixtureProxy = await startFixtureProxy({
    generated: (url) => {
      if (url.origin !== EXTENSION_ORIGIN && url.origin !== BARE_ORIGIN) return null;
      const body = byPath.get(url.pathname);
      return body === undefined ? null : { body, contentType: 'text/html; charset=utf-8' };
    },
  });
  let browser: ExtensionBrowser;
  try {
    browser = await target.launch({ proxyPort: proxy.port });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  let version = '';
  return {
    get version() {
      return version;
    },
    async run(name, withExtension, windowMs = 0) {
      const page = await browser.newPage();
      try {
        await page.goto(pageUrl(withExtension ? EXTENSION_ORIGIN : BARE_ORIGIN, name));
        version ||= await page.evaluate(() => navigator.userAgent.match(/Firefox\/[\d.]+/)?.[0] ?? navigator.userAgent);
        // Done when the highlight has not changed for 2 s (with the extension), or after the window.
        const deadline = Date.now() + 120_000;
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const state = await page.evaluate(() => {
            const t = (window as unknown as { __ticker: { loadAt: number; lastChange: number } }).__ticker;
            return { now: performance.now(), loadAt: t.loadAt, lastChange: t.lastChange };
          });
          if (state.loadAt < 0) continue;
          const quietSince = Math.max(state.loadAt, state.lastChange);
          if (withExtension ? state.now - quietSince > 2000 && state.lastChange > 0 : state.now - state.loadAt > Math.max(windowMs, 2000)) break;
          if (Date.now() > deadline) throw new Error(`Firefox: ${name} did not settle within two minutes`);
        }
        return await page.evaluate(
          ({ withExtension, windowMs }) => {
            const t = (window as unknown as { __ticker: { stamps: number[]; loadAt: number; lastChange: number; size: number } }).__ticker;
            const end = withExtension ? t.lastChange + 500 : t.loadAt + Math.max(windowMs, 2000);
            let longest = 0;
            let longestAt = 0;
            let over = 0;
            const all: [number, number][] = [];
            for (let i = 0; i < t.stamps.length; i += 2) {
              const at = t.stamps[i]!;
              const gap = t.stamps[i + 1]!;
              if (at < t.loadAt || at > end) continue;
              if (gap > longest) {
                longest = gap;
                longestAt = at - t.loadAt;
              }
              if (gap > 20) over++;
              if (gap > 12) all.push([Math.round(at - t.loadAt), gap]);
            }
            all.sort((a, b) => b[1] - a[1]);
            return { scanMs: withExtension ? t.lastChange - t.loadAt : null, longestGapMs: longest, longestGapAtMs: longestAt, gapsOver20: over, marksAtEnd: t.size, top: all.slice(0, 8) };
          },
          { withExtension, windowMs },
        );
      } finally {
        await page.close();
      }
    },
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
