/**
 * One measurement each, on a fresh tab: the floor and mark.js as page scripts on the bare origin
 * (the extension does not run there), ours and the incremental case on the extension's origin,
 * where the numbers come from the real extension (trace of its content script, highlight count
 * read from the page).
 */
import { createRequire } from 'node:module';
import type { TabMessages } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { BARE_ORIGIN, EXTENSION_ORIGIN, pageUrl, type BenchBrowser, type Tab } from './browser';
import { extensionWork, scriptTask, startTrace, type ExtensionWork } from './trace';

export type { ExtensionWork };

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
const HIGHLIGHT = 'carrera-lens-mention';
const SETTLE_TIMEOUT_MS = 120_000;

/**
 * Long tasks as the page sees them (all causes), recorded from the first byte. Also defines the
 * `__name` helper that tsx (esbuild, keepNames) puts into functions sent to page.evaluate.
 */
const LONG_TASK_RECORDER = `
  window.__name = (fn) => fn;
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function openTab(browser: BenchBrowser): Promise<Tab> {
  const tab = await browser.newTab();
  await tab.page.addInitScript(LONG_TASK_RECORDER);
  return tab;
}

async function markCount(tab: Tab): Promise<number> {
  return tab.page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT);
}

/**
 * Polls an expression in the page's main world over CDP until it is true. Not Playwright's
 * `waitForFunction`: that puts Playwright's injected script (about 320 KB of source) into the page,
 * which the runs of the page alone never load, so the JS heap with the extension (the feed's, the news
 * page's) counted it as ours.
 */
async function pollPage(tab: Tab, expression: string, timeoutMs: number, intervalMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await tab.cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return;
    if (Date.now() > deadline) throw new Error(`The page never had ${expression} within ${timeoutMs / 1000} s: is the extension loaded and the page one it runs on?`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits until the extension has found every mention. Only ranges on or near the screen are in the
 * highlight at a time (lib/page/marks.ts), so its size cannot say when the scan is done: the scan is
 * done when the highlight is registered and the renderer has run (almost) no script for a
 * second (CDP `Performance.getMetrics` ScriptDuration; the page itself is idle after load).
 */
export async function waitForMarks(tab: Tab, _expected: number): Promise<void> {
  // The content script registers its highlight before it scans (the first screen may hold no mention).
  await pollPage(tab, `CSS.highlights.has(${JSON.stringify(HIGHLIGHT)})`, SETTLE_TIMEOUT_MS, 50);
  await tab.cdp.send('Performance.enable');
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = -1;
  let quietPolls = 0;
  while (quietPolls < 4) {
    if (Date.now() > deadline) throw new Error('The extension kept running scripts for two minutes: check the scanner before trusting any timing.');
    await tab.page.waitForTimeout(250);
    const { metrics } = await tab.cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    // Quiet: under a millisecond of script per poll (the content script's once-a-second liveness tick costs microseconds).
    quietPolls = last >= 0 && script - last < 0.001 ? quietPolls + 1 : 0;
    last = script;
  }
}

/**
 * Proves the scan found what the matcher in Node finds: scrolls through the page and collects every
 * range the highlight held on the way (by where it starts: a mention's range is made again each time
 * its block comes near the screen). Returns the largest size the highlight had on the way.
 */
export async function verifyAllMarked(tab: Tab, expected: number): Promise<number> {
  const { seen, largest } = await tab.page.evaluate(async (name) => {
    const starts = new Map<Node, Set<number>>();
    let largest = 0;
    const collect = () => {
      const highlight = CSS.highlights.get(name) as unknown as Set<Range> | undefined;
      largest = Math.max(largest, highlight?.size ?? 0);
      for (const range of highlight ?? []) {
        let offsets = starts.get(range.startContainer);
        if (!offsets) starts.set(range.startContainer, (offsets = new Set()));
        offsets.add(range.startOffset);
      }
    };
    const height = document.documentElement.scrollHeight;
    for (let y = 0; y <= height; y += innerHeight * 2) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
      collect();
    }
    scrollTo(0, 0);
    let seen = 0;
    for (const offsets of starts.values()) seen += offsets.size;
    return { seen, largest };
  }, HIGHLIGHT);
  if (seen !== expected) {
    throw new Error(`The extension marked ${seen} mentions where the matcher in Node finds ${expected}: rebuild (npm run build) and check the scanner before trusting any timing.`);
  }
  return largest;
}

/**
 * Runs `source` as a page script of its own (`/bench/<name>.js`, added by a script tag) on an open
 * tab, and reads its task from the trace: wall clock (`dur`) and CPU (`tdur`) of its evaluation, so
 * page scripts are timed the same way as the extension's tasks. The script leaves its result in
 * `window.__benchResult`.
 */
export async function pageScript<T>(browser: BenchBrowser, tab: Tab, name: string, source: string): Promise<{ ms: number; cpuMs: number; result: T }> {
  browser.serveScript(name, `window.__benchResult = (() => { ${source} })(); window.__benchDone = true;`);
  await tab.page.evaluate(() => {
    (window as unknown as { __benchDone: boolean }).__benchDone = false;
  });
  const stop = await startTrace(tab.cdp);
  await tab.page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.head.append(script);
  }, `/bench/${name}.js`);
  await tab.page.waitForFunction(() => (window as unknown as { __benchDone: boolean }).__benchDone, undefined, { timeout: SETTLE_TIMEOUT_MS, polling: 50 });
  const task = scriptTask(await stop(), `/bench/${name}.js`);
  const result = await tab.page.evaluate(() => (window as unknown as { __benchResult: unknown }).__benchResult);
  return { ...task, result: result as T };
}

export interface FloorRun {
  /** Wall clock and CPU of the walk, from the trace. */
  ms: number;
  cpuMs: number;
  nodes: number;
  chars: number;
}

/** The floor: a bare TreeWalker reading every text node's value, as a page script where the extension does not run. */
export async function floor(browser: BenchBrowser, name: string): Promise<FloorRun> {
  const tab = await openTab(browser);
  try {
    await tab.page.goto(pageUrl(BARE_ORIGIN, name), { waitUntil: 'load' });
    await tab.page.waitForTimeout(200);
    const run = await pageScript<{ nodes: number; chars: number }>(
      browser,
      tab,
      'floor',
      `const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
       let nodes = 0; let chars = 0;
       for (let node = walker.nextNode(); node; node = walker.nextNode()) { chars += node.nodeValue.length; nodes++; }
       return { nodes, chars };`,
    );
    return { ms: run.ms, cpuMs: run.cpuMs, ...run.result };
  } finally {
    await tab.close();
  }
}

/** Keywords given to one call of mark.js's `mark` (see markJs). */
const KEYWORDS_PER_CALL = 100;

export interface MarkJsRun {
  /** Wall clock (ms) of the marking; for one regexp also its CPU from the trace. */
  ms: number;
  cpuMs: number;
  marks: number;
}

/**
 * mark.js marking the same surface forms: `mark(forms)` (its keyword API; wall clock in the page, it
 * runs for many seconds) or `markRegExp(one regex)` (a page script of its own, timed from the trace).
 * mark.js works synchronously: one task.
 */
export async function markJs(browser: BenchBrowser, name: string, forms: string[], mode: 'keywords' | 'regexp', regexSource: string): Promise<MarkJsRun> {
  const tab = await openTab(browser);
  try {
    await tab.page.goto(pageUrl(BARE_ORIGIN, name), { waitUntil: 'load' });
    await tab.page.addScriptTag({ path: MARK_JS });
    if (mode === 'regexp') {
      const run = await pageScript<number>(
        browser,
        tab,
        'markjs-regexp',
        `let marks = 0;
         new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(regexSource)}, 'giu'), { each: () => void marks++ });
         return marks;`,
      );
      return { ms: run.ms, cpuMs: run.cpuMs, marks: run.result };
    }
    // mark.js searches each keyword from the end callback of the one before (its `handler`, mark.js:942),
    // so its stack grows with every keyword: with the lexicon's 674 forms in one call, bench runs at
    // 50d2329 and ab2aa4b failed with "Invalid regular expression … Stack overflow" from RegExp.exec on the
    // inline page (a run alone passed). The forms go in calls of KEYWORDS_PER_CALL, each begun from a
    // microtask once the one before is done, on an empty stack: the same work.
    return await tab.page.evaluate(
      ({ forms, perCall }) =>
        new Promise<MarkJsRun>((resolve) => {
          const Mark = (window as unknown as { Mark: new (target: Element) => Record<string, (...args: unknown[]) => void> }).Mark;
          const instance = new Mark(document.body);
          let marks = 0;
          const started = performance.now();
          const markFrom = (from: number) => {
            if (from >= forms.length) {
              resolve({ ms: performance.now() - started, cpuMs: Number.NaN, marks });
              return;
            }
            instance.mark!(forms.slice(from, from + perCall), {
              separateWordSearch: false,
              diacritics: false,
              accuracy: { value: 'exactly', limiters: [',', '.', '«', '»', '"', ':', ';', '!', '?', '(', ')', '—', '…'] },
              each: () => void marks++,
              done: () => queueMicrotask(() => markFrom(from + perCall)),
            });
          };
          markFrom(0);
        }),
      { forms, perCall: KEYWORDS_PER_CALL },
    );
  } finally {
    await tab.close();
  }
}

export interface OursRun {
  work: ExtensionWork;
  /** Long tasks the page saw after DOMContentLoaded (the extension starts after it). */
  pageLongTasks: { count: number; longestMs: number };
}

/**
 * The real extension on a fresh load of the page, traced until the content script is quiet. With
 * `keepOpen` the tab is returned (verifyAllMarked, the incremental case and the hovers use it).
 */
export async function ours(browser: BenchBrowser, name: string, expected: number, keepOpen = false): Promise<OursRun & { tab?: Tab }> {
  const tab = await openTab(browser);
  try {
    const stop = await startTrace(tab.cdp);
    await tab.page.goto(pageUrl(EXTENSION_ORIGIN, name), { waitUntil: 'load' });
    await waitForMarks(tab, expected);
    const events = await stop();
    const work = extensionWork(events, browser.extensionId);
    const pageLongTasks = await tab.page.evaluate(() => {
      const since = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const tasks = ((window as unknown as { __benchLongTasks: { start: number; duration: number }[] }).__benchLongTasks).filter(
        (t) => t.start >= since.domContentLoadedEventEnd,
      );
      return { count: tasks.length, longestMs: Math.max(0, ...tasks.map((t) => t.duration)) };
    });
    if (keepOpen) return { work, pageLongTasks, tab };
    await tab.close();
    return { work, pageLongTasks };
  } catch (error) {
    await tab.close();
    throw error;
  }
}

/** On a scanned page: appends paragraphs in one go and traces the extension until they are marked. */
export async function incremental(browser: BenchBrowser, tab: Tab, paragraphs: { html: string; mentions: number }[]): Promise<ExtensionWork> {
  const before = await markCount(tab);
  const added = paragraphs.reduce((n, p) => n + p.mentions, 0);
  const stop = await startTrace(tab.cdp);
  await tab.page.evaluate((html) => {
    const article = document.querySelector('article')!;
    const holder = document.createElement('div');
    holder.innerHTML = html;
    article.append(...holder.childNodes);
  }, paragraphs.map((p) => p.html).join(''));
  await waitForMarks(tab, before + added);
  return extensionWork(await stop(), browser.extensionId);
}

export interface LiveRun {
  work: ExtensionWork;
  /** Per appended paragraph with mentions: ms from its append until all its marks were registered. */
  latenciesMs: number[];
}

export async function live(browser: BenchBrowser, name: string, expected: number): Promise<LiveRun> {
  const tab = await openTab(browser);
  try {
    await tab.page.goto(pageUrl(EXTENSION_ORIGIN, name), { waitUntil: 'load' });
    await waitForMarks(tab, expected);
    const stop = await startTrace(tab.cdp);
    await tab.page.evaluate(() => (window as unknown as { __live: { start(): void } }).__live.start());
    await tab.page.waitForFunction(() => (window as unknown as { __live: { done: boolean } }).__live.done, undefined, { timeout: SETTLE_TIMEOUT_MS, polling: 200 });
    await tab.page.waitForTimeout(300);
    const work = extensionWork(await stop(), browser.extensionId);
    const latenciesMs = await tab.page.evaluate(() => (window as unknown as { __live: { log: number[] } }).__live.log);
    return { work, latenciesMs };
  } finally {
    await tab.close();
  }
}

export interface HoverRun {
  /** End of the dwell to the layout of the frame that paints the card (its ResizeObserver report). */
  toFrameMs: number;
  /** End of the dwell to the start of the frame after that one (the card has been painted). */
  toPaintedMs: number;
  /** End of the dwell to the card's host in the DOM (the extension's own work done). */
  toDomMs: number;
}

/**
 * Hovers `count` different mentions of a scanned page. The dwell ends the default delay (settings) after the
 * extension saw the pointer stop (it reads pointer moves once per animation frame); the page
 * records that frame's time, when the card's host appears, the layout of the frame that paints it,
 * and the start of the next frame.
 */
export async function hovers(tab: Tab, count: number): Promise<HoverRun[]> {
  await tab.page.mouse.move(2, 790);
  const total = await markCount(tab);
  const runs: HoverRun[] = [];
  for (let i = 0; i < count; i++) {
    const index = Math.floor(((i + 0.5) * total) / count);
    const point = await tab.page.evaluate(
      ({ name, index }) => {
        const range = [...(CSS.highlights.get(name) as unknown as Set<Range>)][index]!;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        const rect = range.getClientRects()[0]!;
        const state: Record<string, number> = {};
        (window as unknown as { __hover: Record<string, number> }).__hover = state;
        addEventListener('pointermove', () => requestAnimationFrame(() => (state.moveFrame ??= performance.now())), { capture: true, once: true });
        new MutationObserver((records, observer) => {
          const host = records.flatMap((r) => [...r.addedNodes]).find((n) => n.nodeName === 'CARRERA-LENS-CARD') as Element | undefined;
          if (!host) return;
          observer.disconnect();
          state.dom = performance.now();
          // The frame that lays the card out, whether it was put in the page in a frame's callbacks
          // (then that frame paints it) or in a task between frames (then the next one does): a
          // ResizeObserver reports right after that frame's layout, before its paint.
          const card = host.shadowRoot?.querySelector('.card') ?? host;
          const sized = new ResizeObserver(() => {
            sized.disconnect();
            state.frame = performance.now();
            requestAnimationFrame(() => (state.painted = performance.now()));
          });
          sized.observe(card);
        }).observe(document.documentElement, { childList: true });
        return { x: rect.left + Math.min(rect.width / 2, 4), y: rect.top + rect.height / 2 };
      },
      { name: HIGHLIGHT, index },
    );
    await tab.page.mouse.move(point.x, point.y);
    await tab.page.waitForFunction(() => (window as unknown as { __hover: { painted?: number } }).__hover.painted !== undefined, undefined, { timeout: 5000, polling: 50 });
    const state = await tab.page.evaluate(() => (window as unknown as { __hover: Record<string, number> }).__hover);
    const dwellEnd = state.moveFrame! + DEFAULT_SETTINGS.showDelayMs;
    runs.push({ toFrameMs: state.frame! - dwellEnd, toPaintedMs: state.painted! - dwellEnd, toDomMs: state.dom! - dwellEnd });
    // Away from any mention, and wait for the card to close before the next hover.
    await tab.page.mouse.move(2, 790);
    await tab.page.waitForFunction(() => !document.querySelector('carrera-lens-card'), undefined, { timeout: 5000, polling: 50 });
  }
  return runs;
}

/** JS heap of the page after garbage collection, in bytes: with the extension and without. */
export async function heapUsed(browser: BenchBrowser, name: string, withExtension: boolean, expected: number): Promise<number> {
  const tab = await browser.newTab();
  try {
    await tab.page.goto(pageUrl(withExtension ? EXTENSION_ORIGIN : BARE_ORIGIN, name), { waitUntil: 'load' });
    if (withExtension) await waitForMarks(tab, expected);
    else await tab.page.waitForTimeout(1500);
    await tab.cdp.send('Performance.enable');
    for (let i = 0; i < 3; i++) await tab.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await tab.cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium did not report JSHeapUsedSize');
    return used.value;
  } finally {
    await tab.close();
  }
}

/** Frames and steps of a measured scroll: FRAMES animation frames, SCROLL_STEP px down in each. */
export const SCROLL_FRAMES = 300;
export const SCROLL_STEP_PX = 40;

export interface ScrollRun {
  /** Intervals between consecutive animation frames while the page scrolls, ms. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The most ranges the highlight held in any frame (0 without the extension). */
  largestHighlight: number;
  /** The extension's tasks during the scroll (with the extension only). */
  work: ExtensionWork | null;
}

/**
 * Scrolls a page down by SCROLL_STEP_PX in every animation frame for SCROLL_FRAMES frames (the page
 * itself does it, from requestAnimationFrame) and records the interval between frames: a frame that
 * took longer than one refresh shows as a longer interval. With the extension, the page is first
 * scanned to the end, and its tasks during the scroll are traced.
 */
export async function scrollFrames(browser: BenchBrowser, name: string, withExtension: boolean, expected: number): Promise<ScrollRun> {
  const tab = await openTab(browser);
  try {
    await tab.page.goto(pageUrl(withExtension ? EXTENSION_ORIGIN : BARE_ORIGIN, name), { waitUntil: 'load' });
    if (withExtension) await waitForMarks(tab, expected);
    else await tab.page.waitForTimeout(1500);
    const stop = withExtension ? await startTrace(tab.cdp) : null;
    const result = await tab.page.evaluate(
      async ({ frames, step, highlight }) => {
        const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
        scrollTo(0, 0);
        await frame();
        await frame();
        const intervals: number[] = [];
        let largest = 0;
        let last = await frame();
        for (let i = 0; i < frames; i++) {
          scrollBy(0, step);
          const now = await frame();
          intervals.push(now - last);
          last = now;
          largest = Math.max(largest, CSS.highlights.get(highlight)?.size ?? 0);
        }
        return { intervals, largest };
      },
      { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX, highlight: HIGHLIGHT },
    );
    const work = stop ? extensionWork(await stop(), browser.extensionId) : null;
    const sorted = [...result.intervals].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1]!, largestHighlight: result.largest, work };
  } finally {
    await tab.close();
  }
}

export interface FeedRun {
  /**
   * DOM nodes and JS heap of the page after garbage collection: `before` after a first stretch of
   * the feed (FEED_WARM_UP_SECONDS: code compiled and optimised for it on both sides), `after` once
   * it has run `seconds` more.
   */
  nodesBefore: number;
  nodesAfter: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** The marks the popup lists (sum of its per-entity counts), and the mentions on the page as it ends. */
  popupCount: number | null;
  pageMentions: number | null;
}

export const FEED_WARM_UP_SECONDS = 5;

async function afterGc(tab: Tab): Promise<{ nodes: number; heapMb: number }> {
  await tab.cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await tab.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await tab.cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { nodes: value('Nodes'), heapMb: value('JSHeapUsedSize') / 2 ** 20 };
}

/**
 * The live feed (pages.ts `feed`) running for `seconds`, with or without the extension: DOM nodes and
 * JS heap after forced garbage collection before and after, and with the extension the count of marks
 * the popup would show (the content script's answer to GET_PAGE_MENTIONS, asked by the background)
 * against the mentions the matcher finds in the page as it is at the end.
 */
export async function feed(browser: BenchBrowser, withExtension: boolean, seconds: number, expected: number, countMentions: (html: string) => number): Promise<FeedRun> {
  const tab = await openTab(browser);
  try {
    const url = pageUrl(withExtension ? EXTENSION_ORIGIN : BARE_ORIGIN, 'feed');
    await tab.page.goto(url, { waitUntil: 'load' });
    if (withExtension) await waitForMarks(tab, expected);
    else await tab.page.waitForTimeout(1500);
    await tab.page.evaluate(() => (window as unknown as { __feed: { start(): void } }).__feed.start());
    await tab.page.waitForTimeout(FEED_WARM_UP_SECONDS * 1000);
    const before = await afterGc(tab);
    await tab.page.waitForTimeout(seconds * 1000);
    await tab.page.evaluate(() => (window as unknown as { __feed: { stop(): void } }).__feed.stop());
    if (withExtension) await waitForMarks(tab, 0);
    else await tab.page.waitForTimeout(1500);
    const after = await afterGc(tab);
    let popupCount: number | null = null;
    let pageMentions: number | null = null;
    if (withExtension) {
      const worker = await browser.serviceWorker();
      // The popup's question, as lib/messages.ts puts it on the wire ({ type: 'carrera-lens/<type>' }).
      popupCount = await worker.evaluate(async ({ url, type }) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<{ entities: { count: number }[] }> } } }).chrome;
        const [found] = await api.tabs.query({ url });
        const reply = await api.tabs.sendMessage(found!.id, { type });
        return reply.entities.reduce((n, e) => n + e.count, 0);
      }, { url, type: `carrera-lens/${'page-mentions' satisfies keyof TabMessages}` });
      pageMentions = countMentions(await tab.page.content());
    }
    return { nodesBefore: before.nodes, nodesAfter: after.nodes, heapBeforeMb: before.heapMb, heapAfterMb: after.heapMb, popupCount, pageMentions };
  } finally {
    await tab.close();
  }
}
