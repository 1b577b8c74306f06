/**
 * npm run bench: performance of the extension, measured in one run (see README "Performance").
 *
 * Builds the extension (Chrome build with a per-module size report, then the Firefox build),
 * generates the pages (scripts/bench/pages.ts, seeded), and measures in headless Chromium with the
 * real extension: the floor (a bare TreeWalker), ours (a full scan until the content script is
 * quiet), mark.js on the same surface forms, the incremental case, the live page, the longest
 * main-thread task, scrolling a marked page against the page alone, the live feed's DOM nodes and JS
 * heap after a minute, hover-to-card, the matcher alone in Node (scripts/bench-matcher.ts), sizes,
 * the JS heap the extension adds; then the 2 MB pages in Firefox ESR (scripts/bench/firefox.ts).
 * Writes bench-results/bench.json and prints a table with every target and whether this run met it
 * (never a pass/fail: the exit code is 0 whenever the measurements ran).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandForm } from '../../lib/matcher/forms';
import type { Lexicon } from '../../lib/matcher/lexicon';
import { launchBenchBrowser } from './browser';
import { launchFirefoxBench, type FirefoxRun } from './firefox';
import * as measure from './measure';
import { appendedParagraphs, countMentions, FEED_ROUND_MS, FEED_ROUND_POSTS, FEED_SCORE_MS, generatePages, LIVE_APPENDS, LIVE_INTERVAL_MS, type BenchPage } from './pages';
import { builtFileSizes, groupModules } from './size';
import { round, summarise, type Summary } from './stats';
import type { ModuleSize } from './build-with-sizes';

const ROOT = process.cwd();
const RESULTS = path.join(ROOT, 'bench-results');
const REPS = Number(process.env.BENCH_REPS ?? 5);
const MARKJS_REPS = Number(process.env.BENCH_MARKJS_REPS ?? 3);
/** Once the mark.js keyword runs of one page have taken this long, no further repetition starts. */
const MARKJS_BUDGET_MS = Number(process.env.BENCH_MARKJS_BUDGET_MS ?? 60_000);
const HOVERS = Number(process.env.BENCH_HOVERS ?? 50);
const SCROLL_REPS = Number(process.env.BENCH_SCROLL_REPS ?? 3);
const FEED_SECONDS = Number(process.env.BENCH_FEED_SECONDS ?? 60);
const FIREFOX_REPS = Number(process.env.BENCH_FIREFOX_REPS ?? 3);
const INCREMENTAL_PARAGRAPHS = 50;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function surfaceForms(): string[] {
  const lexicon = JSON.parse(readFileSync(path.join(ROOT, 'assets/knowledge/lexicon.json'), 'utf8')) as Lexicon;
  const forms = new Set<string>();
  for (const { groups } of Object.values(lexicon.entities)) {
    for (const group of groups) for (const form of group.forms) for (const s of expandForm(form, lexicon.paradigms)) forms.add(s);
  }
  return [...forms];
}

/** The same single regular expression the matcher benchmark uses as its baseline. */
function oneRegExpSource(forms: string[]): string {
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

async function repeat<T>(times: number, what: string, once: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < times; i++) {
    out.push(await once());
    log(`${what} ${i + 1}/${times}`);
  }
  return out;
}

async function repeatWithin<T>(times: number, budgetMs: number, what: string, once: () => Promise<T>): Promise<T[]> {
  const started = Date.now();
  const out: T[] = [];
  for (let i = 0; i < times && (i === 0 || Date.now() - started < budgetMs); i++) {
    out.push(await once());
    log(`${what} ${i + 1}/${times}`);
  }
  return out;
}

function machine() {
  const lscpu = (() => {
    try {
      return execFileSync('lscpu', { encoding: 'utf8' }).split('\n').slice(0, 15).join('\n');
    } catch {
      return 'lscpu not available';
    }
  })();
  return { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', memoryGb: round(os.totalmem() / 2 ** 30, 1), lscpu, node: process.version, platform: `${os.type()} ${os.release()}` };
}

const pageInfo = (page: BenchPage) => ({ textBytes: page.textBytes, textNodes: page.textNodes, elements: page.elements, mentions: page.expectedMentions, description: page.description });

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const loadBefore = os.loadavg();

  log('building the Chrome extension (with module sizes) and the Firefox build');
  run('npx', ['tsx', 'scripts/bench/build-with-sizes.ts']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);
  const modules = JSON.parse(readFileSync(path.join(RESULTS, 'modules.json'), 'utf8')) as Record<string, ModuleSize[]>;
  const contentModules = modules['content-scripts/content.js'] ?? [];
  const sizes = {
    chrome: builtFileSizes(path.join(ROOT, '.output/chrome-mv3')),
    firefox: builtFileSizes(path.join(ROOT, '.output/firefox-mv2')),
    contentScriptGroups: groupModules(contentModules),
    markingScriptGroups: groupModules(modules['marking.js'] ?? []),
  };

  log('matcher alone in Node (scripts/bench-matcher.ts)');
  let matcher: Record<string, unknown> | null = null;
  const matcherScript = path.join(ROOT, 'scripts/bench-matcher.ts');
  if (existsSync(matcherScript)) {
    run('npx', ['tsx', matcherScript]);
    matcher = JSON.parse(readFileSync(path.join(RESULTS, 'matcher.json'), 'utf8')) as Record<string, unknown>;
  } else log('scripts/bench-matcher.ts is missing: the matcher row is left out');

  log('generating pages');
  const pages = generatePages();
  const increment = appendedParagraphs(50, INCREMENTAL_PARAGRAPHS, pages.news);
  const forms = surfaceForms();
  const regexSource = oneRegExpSource(forms);
  for (const page of [pages.news, pages.dense, pages.inline, pages.live, pages.feed]) {
    log(`  ${page.name}: ${(page.textBytes / 2 ** 20).toFixed(2)} MB text, ${page.textNodes} text nodes, ${page.elements} elements, ${page.expectedMentions} mentions`);
  }

  const browser = await launchBenchBrowser();
  const perPage: Record<string, unknown> = {};
  let hover: Record<string, unknown> = {};
  let memory: Record<string, unknown> = {};
  let feed: Record<string, unknown> = {};
  const scroll: Record<string, unknown> = {};
  try {
    for (const page of [pages.news, pages.dense, pages.inline, pages.live, pages.feed]) browser.serve(page.name, page.html);
    // One throwaway load of each kind warms the browser (process start, code caches) for all measurements.
    await measure.floor(browser, 'news');
    await measure.ours(browser, 'inline', pages.inline.expectedMentions);

    let hoverRuns: measure.HoverRun[] = [];
    const incrementalRuns: measure.ExtensionWork[] = [];
    for (const page of [pages.news, pages.dense, pages.inline]) {
      const floors = await repeat(REPS, `${page.name}: floor`, () => measure.floor(browser, page.name));
      const oursRuns: measure.OursRun[] = [];
      let largestHighlight = 0;
      for (let i = 0; i < REPS; i++) {
        // The first run of each page also proves the scan complete (scrolling through it); the news
        // page's runs stay open for the incremental case and the hovers.
        const result = await measure.ours(browser, page.name, page.expectedMentions, page.name === 'news' || i === 0);
        oursRuns.push(result);
        if (result.tab) {
          if (i === 0) largestHighlight = await measure.verifyAllMarked(result.tab, page.expectedMentions);
          if (page.name === 'news') {
            incrementalRuns.push(await measure.incremental(browser, result.tab, increment));
            if (i === 0) hoverRuns = await measure.hovers(result.tab, HOVERS);
          }
          await result.tab.close();
        }
        log(`${page.name}: ours ${i + 1}/${REPS}`);
      }
      // mark.js passes over the page once per keyword: minutes per page here, so its repetitions share a time budget.
      const markKeywords =
        page.name === 'dense' ? [] : await repeatWithin(MARKJS_REPS, MARKJS_BUDGET_MS, `${page.name}: mark.js keywords`, () => measure.markJs(browser, page.name, forms, 'keywords', regexSource));
      const markRegExp = await repeat(MARKJS_REPS, `${page.name}: mark.js one regexp`, () => measure.markJs(browser, page.name, forms, 'regexp', regexSource));
      const scan = (r: measure.OursRun) => r.work.cpuMs - r.work.evaluationCpuMs;
      perPage[page.name] = {
        page: pageInfo(page),
        floorMs: summarise(floors.map((f) => f.ms)),
        floorCpuMs: summarise(floors.map((f) => f.cpuMs)),
        floorNodes: floors[0]!.nodes,
        ours: {
          wallMs: summarise(oursRuns.map((r) => r.work.spanMs)),
          busyMs: summarise(oursRuns.map((r) => r.work.busyMs)),
          cpuMs: summarise(oursRuns.map((r) => r.work.cpuMs)),
          scanCpuMs: summarise(oursRuns.map(scan)),
          tasks: summarise(oursRuns.map((r) => r.work.tasks)),
          longestTaskMs: summarise(oursRuns.map((r) => r.work.longestMs)),
          longestTaskCpuMs: summarise(oursRuns.map((r) => r.work.longestCpuMs)),
          evaluationCpuMs: summarise(oursRuns.map((r) => r.work.evaluationCpuMs)),
          markingEvaluationCpuMs: summarise(oursRuns.map((r) => r.work.markingEvaluationCpuMs)),
          longestScanTaskMs: summarise(oursRuns.map((r) => r.work.longestScanMs)),
          longestScanTaskCpuMs: summarise(oursRuns.map((r) => r.work.longestScanCpuMs)),
          tasksOver16ms: summarise(oursRuns.map((r) => r.work.over16)),
          tasksOver16msCpu: summarise(oursRuns.map((r) => r.work.over16Cpu)),
          pageLongTasks: summarise(oursRuns.map((r) => r.pageLongTasks.count)),
          pageLongestTaskMs: summarise(oursRuns.map((r) => r.pageLongTasks.longestMs)),
          largestHighlight,
        },
        markJsKeywords: markKeywords.length ? { ms: summarise(markKeywords.map((r) => r.ms)), marks: markKeywords[0]!.marks, repetitions: markKeywords.length } : null,
        markJsOneRegExp: { ms: summarise(markRegExp.map((r) => r.ms)), cpuMs: summarise(markRegExp.map((r) => r.cpuMs)), marks: markRegExp[0]!.marks },
      };
      if (page.name === 'news') {
        perPage.incremental = {
          paragraphs: INCREMENTAL_PARAGRAPHS,
          textBytes: increment.reduce((n, p) => n + p.textBytes, 0),
          mentions: increment.reduce((n, p) => n + p.mentions, 0),
          wallMs: summarise(incrementalRuns.map((r) => r.spanMs)),
          busyMs: summarise(incrementalRuns.map((r) => r.busyMs)),
          cpuMs: summarise(incrementalRuns.map((r) => r.cpuMs)),
          longestTaskMs: summarise(incrementalRuns.map((r) => r.longestMs)),
          longestTaskCpuMs: summarise(incrementalRuns.map((r) => r.longestCpuMs)),
        };
      }
    }

    // Scrolling: the page alone and with the extension, alternately, so load on the machine hits both alike.
    for (const page of [pages.news, pages.dense]) {
      const alone: measure.ScrollRun[] = [];
      const ours: measure.ScrollRun[] = [];
      for (let i = 0; i < SCROLL_REPS; i++) {
        alone.push(await measure.scrollFrames(browser, page.name, false, 0));
        ours.push(await measure.scrollFrames(browser, page.name, true, page.expectedMentions));
        log(`${page.name}: scrolling ${i + 1}/${SCROLL_REPS}`);
      }
      scroll[page.name] = {
        frames: measure.SCROLL_FRAMES,
        stepPx: measure.SCROLL_STEP_PX,
        alone: { p50Ms: summarise(alone.map((r) => r.p50Ms)), p95Ms: summarise(alone.map((r) => r.p95Ms)), maxMs: summarise(alone.map((r) => r.maxMs)) },
        ours: {
          p50Ms: summarise(ours.map((r) => r.p50Ms)),
          p95Ms: summarise(ours.map((r) => r.p95Ms)),
          maxMs: summarise(ours.map((r) => r.maxMs)),
          largestHighlight: Math.max(...ours.map((r) => r.largestHighlight)),
          cpuMs: summarise(ours.map((r) => r.work?.cpuMs ?? 0)),
          longestTaskCpuMs: summarise(ours.map((r) => r.work?.longestCpuMs ?? 0)),
        },
      };
    }

    const liveRuns = await repeat(Math.min(REPS, 3), 'live', () => measure.live(browser, 'live', pages.live.expectedMentions));
    perPage.live = {
      page: { textBytes: pages.live.textBytes, appends: LIVE_APPENDS, intervalMs: LIVE_INTERVAL_MS, mentions: pages.live.expectedMentions },
      busyMs: summarise(liveRuns.map((r) => r.work.busyMs)),
      longestTaskMs: summarise(liveRuns.map((r) => r.work.longestMs)),
      longestTaskCpuMs: summarise(liveRuns.map((r) => r.work.longestCpuMs)),
      tasksOver16ms: summarise(liveRuns.map((r) => r.work.over16)),
      appendToMarkedMs: summarise(liveRuns.flatMap((r) => r.latenciesMs)),
    };

    log(`live feed: ${FEED_SECONDS} s with the extension, then without`);
    const feedWith = await measure.feed(browser, true, FEED_SECONDS, pages.feed.expectedMentions, countMentions);
    const feedWithout = await measure.feed(browser, false, FEED_SECONDS, 0, countMentions);
    feed = {
      page: { ...pageInfo(pages.feed), seconds: FEED_SECONDS, warmUpSeconds: measure.FEED_WARM_UP_SECONDS, roundPosts: FEED_ROUND_POSTS, roundMs: FEED_ROUND_MS, scoreMs: FEED_SCORE_MS },
      with: feedWith,
      without: feedWithout,
    };

    hover = {
      hovers: hoverRuns.length,
      toDomMs: summarise(hoverRuns.map((r) => r.toDomMs)),
      toFrameMs: summarise(hoverRuns.map((r) => r.toFrameMs)),
      toPaintedMs: summarise(hoverRuns.map((r) => r.toPaintedMs)),
    };

    log('memory');
    const heapWith = await repeat(3, 'heap with extension', () => measure.heapUsed(browser, 'news', true, pages.news.expectedMentions));
    const heapWithout = await repeat(3, 'heap without extension', () => measure.heapUsed(browser, 'news', false, 0));
    memory = { withMb: summarise(heapWith.map((b) => b / 2 ** 20)), withoutMb: summarise(heapWithout.map((b) => b / 2 ** 20)) };
  } finally {
    await browser.close();
  }

  log('Firefox ESR');
  let firefox: Record<string, unknown> | null = null;
  try {
    const ff = await launchFirefoxBench([pages.news, pages.dense]);
    try {
      const byPage: Record<string, unknown> = {};
      for (const page of [pages.news, pages.dense]) {
        const runs: FirefoxRun[] = [];
        for (let i = 0; i < FIREFOX_REPS; i++) {
          runs.push(await ff.run(page.name));
          log(`Firefox ${page.name} ${i + 1}/${FIREFOX_REPS}`);
        }
        byPage[page.name] = {
          cpuMs: summarise(runs.map((r) => r.cpuMs)),
          spanMs: summarise(runs.map((r) => r.spanMs)),
          longestBlockMs: summarise(runs.map((r) => r.longestBlockMs)),
          firstBlockMs: summarise(runs.map((r) => r.firstBlockMs)),
          blocksOver16: summarise(runs.map((r) => r.blocksOver16)),
          longestApiSetupMs: summarise(runs.map((r) => r.longestApiSetupMs)),
          longestOwnBlockMs: summarise(runs.map((r) => r.longestOwnBlockMs)),
          runs,
        };
      }
      firefox = { version: ff.version, pages: byPage };
    } finally {
      await ff.close();
    }
  } catch (error) {
    log(`Firefox runs failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const result = {
    date: new Date().toISOString(),
    machine: { ...machine(), chromium: browser.version, loadAverageBefore: loadBefore.map((l) => round(l)), loadAverageAfter: os.loadavg().map((l) => round(l)) },
    repetitions: { scans: REPS, markJs: MARKJS_REPS, hovers: HOVERS, scroll: SCROLL_REPS, firefox: FIREFOX_REPS },
    pages: perPage,
    scroll,
    feed,
    firefox,
    hover,
    memory,
    matcher,
    sizes,
  };
  writeFileSync(path.join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  const { printReport } = await import('./report');
  printReport(result as never);
  log('written: bench-results/bench.json');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
export type { Summary };
