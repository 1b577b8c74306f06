/**
 * Firefox ESR in the benchmark: the same generated pages, with the Firefox build installed (puppeteer-core
 * over WebDriver BiDi, the end-to-end harness's preferences and proxy).
 *
 * BiDi gives no trace of the main thread, and Firefox has no long-task entries, so each load runs
 * under the Gecko profiler, started with the browser (MOZ_PROFILER_STARTUP, 1 ms samples of the
 * main threads with JS stacks) and written when it quits (MOZ_PROFILER_SHUTDOWN). A sample is ours
 * when its stack holds a frame of the content script (`moz-extension://…/content-scripts/content.js`)
 * or of marking.js, which it has the background run when the page may name one of ours:
 * everything the main thread did for us then (our code, DOM calls, a reflow we forced, a GC inside
 * our code) counts. Consecutive samples of ours (gaps under 2 ms) are one block; the longest block is
 * the longest the page waited for us. Why not a page-side ticker: it times the wall clock between
 * the page's own timer tasks, so every block of the page itself, of Firefox, and every preemption by
 * other processes on a shared machine counts as well; tried first, it could not tell ours from those.
 * The page scrolls to its end on DOMContentLoaded, so the scan ends when its last marks appear.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserTarget, startFixtureProxy, type FixtureProxy } from '../../tests/e2e/harness';
import { FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID } from '../../tests/e2e/harness/firefox';
import { FIREFOX_BUILD_DIR } from '../../tests/e2e/harness/paths';
import { BARE_ORIGIN, EXTENSION_ORIGIN, pageUrl } from './browser';

/** Page script put first into <head>: scrolls to the end, and notes when the highlight last changed. */
const WATCH = `<script>
(() => {
  const state = window.__watch = { lastChange: -1, size: -1, loadAt: -1 };
  addEventListener('DOMContentLoaded', () => scrollTo(0, document.documentElement.scrollHeight));
  addEventListener('load', () => { state.loadAt = performance.now(); });
  const poll = () => {
    const highlight = window.CSS && CSS.highlights && CSS.highlights.get('carrera-lens-mention');
    const size = highlight ? highlight.size : 0;
    if (size !== state.size) { state.size = size; state.lastChange = performance.now(); }
    setTimeout(poll, 50);
  };
  poll();
})();
</script>`;

export interface FirefoxRun {
  /** Main-thread time in our code (1 ms samples), ms. */
  cpuMs: number;
  /** From the first to the last sample of ours, ms: evaluation to the end of the scan. */
  spanMs: number;
  /** The longest block of ours, ms, and the first one (the script's evaluation and what follows it in that task). */
  longestBlockMs: number;
  firstBlockMs: number;
  blocksOver16: number;
  blocks: number;
  /**
   * The longest block that was mostly Firefox's own code setting up the script's extension API (its
   * global, the storage API: ExtensionContent, Schemas, the API sub-scripts), which the script's first
   * API reads cause; and the longest of the other blocks, our own code's.
   */
  longestApiSetupMs: number;
  longestOwnBlockMs: number;
  marksAtEnd: number;
  /** The longest blocks: ms, and the functions of ours most sampled in each (for reading the profile). */
  top: { ms: number; functions: string[] }[];
}

export interface FirefoxBench {
  version: string;
  run(name: string): Promise<FirefoxRun>;
  close(): Promise<void>;
}

interface GeckoThread {
  name: string;
  markers: { schema: Record<string, number>; data: unknown[][] };
  samples: { schema: Record<string, number>; data: unknown[][] };
  stackTable: { schema: Record<string, number>; data: (number | null)[][] };
  frameTable: { schema: Record<string, number>; data: number[][] };
  stringTable: string[];
}

interface GeckoProfile {
  meta: { interval: number };
  processes: { threads: GeckoThread[] }[];
  threads: GeckoThread[];
}

/**
 * Frames of Firefox's own code that sets up a content script's extension API on its first use: the
 * API global (ExtensionContent, ExtensionCommon, ExtensionChild), the API schemas, the conduits to
 * the parent process, the child API sub-scripts (chrome://extensions/content/child/ext-*.js,
 * chrome://browser/content/child/ext-*.js) and the storage module.
 */
const FIREFOX_API_SETUP = /(?:Extension(?:Content|Common|Child|Utils|Storage\w*)|Schemas|Conduits\w*)\.sys\.mjs|chrome:\/\/(?:extensions|browser)\/content\/child\/ext-/;

const TASK_MARKERS = new Set(['DOMEvent', 'setTimeout callback', 'requestAnimationFrame callbacks', 'LongIdleTask', 'IdleTask', 'RefreshDriverTick']);

/** Our blocks on the main thread of the content process that ran the content script. */
export function blocksOfOurs(profile: GeckoProfile): FirefoxRun | null {
  const threads = [...profile.threads, ...profile.processes.flatMap((p) => p.threads)].filter((t) => t.name === 'GeckoMain');
  for (const thread of threads) {
    const { samples, stackTable, frameTable, stringTable } = thread;
    const ours = new Set<number>();
    stringTable.forEach((s, i) => {
      if (s.includes('/content-scripts/content.js') || s.includes('/marking.js')) ours.add(i);
    });
    if (ours.size === 0) continue;
    const frameIsOurs = frameTable.data.map((frame) => ours.has(frame[frameTable.schema.location!]!));
    const frameIsApi = frameTable.data.map((frame) => FIREFOX_API_SETUP.test(String(stringTable[frame[frameTable.schema.location!]!])));
    /** A property of a stack from its innermost frame and what its caller's stack has, each stack once. */
    const overStacks = (ofFrame: (frame: number, callers: boolean) => boolean) => {
      const known = new Map<number, boolean>();
      const of = (stack: number | null): boolean => {
        if (stack === null) return false;
        let result = known.get(stack);
        if (result === undefined) {
          const row = stackTable.data[stack]!;
          result = ofFrame(row[stackTable.schema.frame!]!, of(row[stackTable.schema.prefix!] as number | null));
          known.set(stack, result);
        }
        return result;
      };
      return of;
    };
    const isOurs = overStacks((frame, callers) => frameIsOurs[frame]! || callers);
    // Firefox's API code called by ours (its frames inner to our innermost one), not Firefox calling
    // ours (an event listener of ours under Firefox's dispatch).
    const isApiSetup = overStacks((frame, callers) => !frameIsOurs[frame] && (frameIsApi[frame]! || callers));
    const times: number[] = [];
    const apiSetup: boolean[] = [];
    for (const sample of samples.data) {
      const stack = sample[samples.schema.stack!] as number | null;
      if (!isOurs(stack)) continue;
      times.push(sample[samples.schema.time!] as number);
      apiSetup.push(isApiSetup(stack));
    }
    if (times.length === 0) continue;
    // Where one event-loop task ends and the next begins: an event (our slices continue through a
    // MessageChannel message), a timer, the frame callbacks, an idle callback. Samples of ours in a
    // row but on either side of such a start are two tasks: input can be handled between them.
    const { markers } = thread;
    const starts = markers.data
      .filter((m) => TASK_MARKERS.has(stringTable[m[markers.schema.name!] as number]!) && (m[markers.schema.phase!] === 1 || m[markers.schema.phase!] === 2))
      .map((m) => m[markers.schema.startTime!] as number)
      .sort((a, b) => a - b);
    let next = 0;
    const interval = profile.meta.interval || 1;
    const blocks: number[] = [];
    const spans: [number, number][] = [];
    /** Per block, whether most of its samples were Firefox setting up the extension API. */
    const setupBlocks: boolean[] = [];
    let start = times[0]!;
    let last = start;
    let samplesInBlock = 1;
    let setupInBlock = apiSetup[0] ? 1 : 0;
    const endBlock = () => {
      blocks.push(last - start + interval);
      spans.push([start, last]);
      setupBlocks.push(setupInBlock * 2 > samplesInBlock);
    };
    for (const [i, time] of times.entries()) {
      if (i === 0) continue;
      while (next < starts.length && starts[next]! <= last) next++;
      const newTask = next < starts.length && starts[next]! < time;
      if (time - last > 2 * interval || newTask) {
        endBlock();
        start = time;
        samplesInBlock = 0;
        setupInBlock = 0;
      }
      samplesInBlock++;
      if (apiSetup[i]) setupInBlock++;
      last = time;
    }
    endBlock();
    // The innermost function of ours in each sample of the longest blocks.
    const leafOfOurs = (stack: number | null): string => {
      for (let s = stack; s !== null; s = stackTable.data[s]![stackTable.schema.prefix!] as number | null) {
        const frame = frameTable.data[stackTable.data[s]![stackTable.schema.frame!]!]!;
        if (frameIsOurs[stackTable.data[s]![stackTable.schema.frame!]!]) return String(stringTable[frame[frameTable.schema.location!]!]).replace(/ \(moz-extension:.*$/, '');
      }
      return '?';
    };
    const top = blocks
      .map((ms, i) => ({ ms, span: spans[i]! }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map(({ ms, span }) => {
        const counts = new Map<string, number>();
        for (const sample of samples.data) {
          const time = sample[samples.schema.time!] as number;
          if (time < span[0] || time > span[1]) continue;
          const name = leafOfOurs(sample[samples.schema.stack!] as number | null);
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
        return { ms, functions: [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, n]) => `${name} ×${n}`) };
      });
    return {
      cpuMs: times.length * interval,
      spanMs: times[times.length - 1]! - times[0]!,
      longestBlockMs: Math.max(...blocks),
      firstBlockMs: blocks[0]!,
      blocksOver16: blocks.filter((b) => b > 16).length,
      blocks: blocks.length,
      longestApiSetupMs: Math.max(0, ...blocks.filter((_, i) => setupBlocks[i])),
      longestOwnBlockMs: Math.max(0, ...blocks.filter((_, i) => !setupBlocks[i])),
      marksAtEnd: 0,
      top,
    };
  }
  return null;
}

/** Serves `pages` through the harness's fixture proxy and runs each measured load in a Firefox of its own, under the profiler. */
export async function launchFirefoxBench(pages: { name: string; html: string }[]): Promise<FirefoxBench> {
  const target = browserTarget('firefox');
  if (!target.available) throw new Error(`Firefox ESR is missing: ${target.installHint}`);
  // BENCH_FIREFOX_BUILD_DIR: another build (the unminified one of npm run bench:profile, to read function names).
  const buildDir = path.resolve(process.env.BENCH_FIREFOX_BUILD_DIR ?? FIREFOX_BUILD_DIR);
  if (!existsSync(buildDir)) throw new Error(`No Firefox build in ${buildDir}: run npm run build`);
  const byPath = new Map(pages.map((p) => [`/bench/${p.name}.html`, p.html.replace('<head>', `<head>${WATCH}`)]));
  const proxy: FixtureProxy = await startFixtureProxy({
    generated: (url) => {
      if (url.origin !== EXTENSION_ORIGIN && url.origin !== BARE_ORIGIN) return null;
      const body = byPath.get(url.pathname);
      return body === undefined ? null : { body, contentType: 'text/html; charset=utf-8' };
    },
  });
  let version = '';
  return {
    get version() {
      return version;
    },
    async run(name) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'carrera-lens-ff-profile-'));
      const file = path.join(dir, 'profile.json');
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: target.executablePath,
        headless: true,
        acceptInsecureCerts: true,
        env: {
          ...process.env,
          MOZ_PROFILER_STARTUP: '1',
          MOZ_PROFILER_SHUTDOWN: file,
          MOZ_PROFILER_STARTUP_FEATURES: 'js',
          MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
          MOZ_PROFILER_STARTUP_INTERVAL: '1',
        },
        extraPrefsFirefox: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          'services.settings.server': 'data:,#remote-settings-dummy/v1',
          'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
        },
      });
      let marksAtEnd = 0;
      try {
        await browser.installExtension(buildDir);
        const page = await browser.newPage();
        await page.goto(pageUrl(EXTENSION_ORIGIN, name), { waitUntil: 'load' });
        version ||= await page.evaluate(`navigator.userAgent.match(/Firefox\\/[\\d.]+/)?.[0] ?? navigator.userAgent`) as string;
        // The scan is over when the highlight (at the page's end) has not changed for 2 s.
        const deadline = Date.now() + 120_000;
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const state = (await page.evaluate(`({ now: performance.now(), lastChange: window.__watch.lastChange, size: window.__watch.size })`)) as { now: number; lastChange: number; size: number };
          marksAtEnd = state.size;
          if (state.size > 0 && state.now - state.lastChange > 2000) break;
          if (Date.now() > deadline) throw new Error(`Firefox: ${name} was not marked within two minutes`);
        }
      } finally {
        await browser.close();
      }
      for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      const profile = JSON.parse(readFileSync(file, 'utf8')) as GeckoProfile;
      if (process.env.BENCH_KEEP_FIREFOX_PROFILE) console.log(`Firefox profile kept: ${file}`);
      else rmSync(dir, { recursive: true, force: true });
      const run = blocksOfOurs(profile);
      if (!run) throw new Error(`Firefox: no sample of the content script in the profile of ${name}`);
      return { ...run, marksAtEnd };
    },
    close: () => proxy.close(),
  };
}
