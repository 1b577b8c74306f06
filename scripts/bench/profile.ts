/**
 * npm run bench:profile: where the content script's time goes, before changing code.
 *
 * Builds the extension unminified (CARRERA_LENS_PROFILE_BUILD=1 → .output/profile, readable function
 * names), loads the chosen bench pages (default: news and dense) in headless Chromium with it, and
 * records per page, on fresh loads: a CPU profile (CDP Profiler, 100 µs sampling) and a timeline trace
 * (the extension's tasks, as in the bench). Prints the functions of our scripts by self time (time in
 * DOM calls counts for the function that made them), the inclusive time of the scan's main steps,
 * and the tasks. Writes bench-results/profile-<page>.json (the summed profile) and .cpuprofile (the
 * first run, for DevTools).
 *
 *   npm run bench:profile [-- news dense] ; PROFILE_RUNS=3 ; PROFILE_SKIP_BUILD=1
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBenchBrowser, pageUrl, EXTENSION_ORIGIN } from './browser';
import { waitForMarks } from './measure';
import { generatePage, type BenchPages } from './pages';
import { extensionWork, startTrace } from './trace';

const ROOT = process.cwd();
const RESULTS = path.join(ROOT, 'bench-results');
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

/** Self and inclusive time per function of our scripts (inclusive counted once per sample, recursion included). */
function functionTimes(profile: Profile, prefix: string, window?: [number, number]): { functions: Map<string, FunctionTime>; oursMs: number; gcMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const functions = new Map<string, FunctionTime>();
  const get = (name: string) => {
    let entry = functions.get(name);
    if (!entry) functions.set(name, (entry = { name, selfMs: 0, totalMs: 0 }));
    return entry;
  };
  let oursMs = 0;
  let gcMs = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]!)!;
    if (node.callFrame.functionName === '(garbage collector)') {
      gcMs += ms;
      continue;
    }
    // Samples in native code called by our functions (DOM, builtins) go to the nearest script frame.
    let own: ProfileNode | undefined = node;
    while (own && !own.callFrame.url) own = byId.get(parent.get(own.id) ?? -1);
    if (!own || !own.callFrame.url.startsWith(prefix)) continue;
    oursMs += ms;
    get(key(own)).selfMs += ms;
    const seen = new Set<string>();
    for (let up: ProfileNode | undefined = own; up; up = byId.get(parent.get(up.id) ?? -1)) {
      if (!up.callFrame.url.startsWith(prefix)) continue;
      const k = key(up);
      if (seen.has(k)) continue;
      seen.add(k);
      get(k).totalMs += ms;
    }
    void node;
    node = own;
  }
  return { functions, oursMs, gcMs };
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const names = (process.argv.slice(2).length ? process.argv.slice(2) : ['news', 'dense']) as (keyof BenchPages)[];
  if (process.env.PROFILE_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CARRERA_LENS_PROFILE_BUILD: '1' } });
  }
  const pages = names.map((name) => generatePage(name));
  const browser = await launchBenchBrowser({ extensionDir: path.join(ROOT, '.output/profile/chrome-mv3') });
  const prefix = `chrome-extension://${browser.extensionId}/`;
  try {
    for (const page of pages) browser.serve(page.name, page.html);
    // A throwaway load warms the browser (process start, caches).
    {
      const tab = await browser.newTab();
      await tab.page.goto(pageUrl(EXTENSION_ORIGIN, pages[0]!.name), { waitUntil: 'load' });
      await waitForMarks(tab, 0);
      await tab.close();
    }
    for (const page of pages) {
      const sum = new Map<string, FunctionTime>();
      let oursMs = 0;
      let gcMs = 0;
      const works = [];
      for (let run = 0; run < RUNS; run++) {
        const tab = await browser.newTab();
        await tab.cdp.send('Profiler.enable');
        await tab.cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 100) });
        await tab.cdp.send('Profiler.start');
        const stopTrace = await startTrace(tab.cdp);
        await tab.page.goto(pageUrl(EXTENSION_ORIGIN, page.name), { waitUntil: 'load' });
        await waitForMarks(tab, page.expectedMentions);
        const events = await stopTrace();
        const { profile } = (await tab.cdp.send('Profiler.stop')) as { profile: Profile };
        if (run === 0) writeFileSync(path.join(RESULTS, `profile-${page.name}.cpuprofile`), JSON.stringify(profile));
        const work = extensionWork(events, browser.extensionId);
        works.push(work);
        if (run === 0) {
          for (const task of work.longest.slice(0, 3)) {
            const inside = functionTimes(profile, prefix, [task.ts, task.ts + task.ms * 1000]);
            const top = [...inside.functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, 6);
            console.log(`longest task (${task.name}, ${task.cpuMs.toFixed(1)} ms CPU, ${task.ms.toFixed(1)} wall): ${top.map((t) => `${t.name} ${t.selfMs.toFixed(1)}`).join('; ')}; GC ${inside.gcMs.toFixed(1)}`);
          }
        }
        const times = functionTimes(profile, prefix);
        oursMs += times.oursMs / RUNS;
        gcMs += times.gcMs / RUNS;
        for (const [k, v] of times.functions) {
          const entry = sum.get(k) ?? { name: k, selfMs: 0, totalMs: 0 };
          entry.selfMs += v.selfMs / RUNS;
          entry.totalMs += v.totalMs / RUNS;
          sum.set(k, entry);
        }
        await tab.close();
      }
      const top = [...sum.values()].sort((a, b) => b.selfMs - a.selfMs);
      const f = (n: number) => n.toFixed(1);
      console.log(`\n## ${page.name}: ${page.description}; ${page.expectedMentions} mentions; ${RUNS} runs (means)`);
      const cpu = works.map((w) => w.cpuMs);
      console.log(`trace: tasks ${works.map((w) => w.tasks).join(', ')}; CPU sum ${cpu.map(f).join(', ')} ms; evaluation ${works.map((w) => f(w.evaluationCpuMs)).join(', ')} ms; longest scan task ${works.map((w) => f(w.longestScanCpuMs)).join(', ')} ms CPU; tasks > 16 ms CPU ${works.map((w) => w.over16Cpu).join(', ')}`);
      console.log(`profile: ${f(oursMs)} ms in our scripts' frames (GC anywhere on the page: ${f(gcMs)} ms)\n`);
      // Inclusive time of the scan's steps (a function's time includes what it calls; steps nest, so
      // the rows do not add up).
      const steps: [string, RegExp][] = [
        ['compiling the matcher (compileMatcherInSteps)', /^compileMatcherInSteps /],
        ['listing blocks (blockUnits: querySelectorAll, containment)', /^blockUnits /],
        ['reading text node by node (walkTextBlocks)', /^walkTextBlocks /],
        ['the content script\'s look for names (name-gate: mayName in content.js)', /^mayName content/],
        ['prefilter (mayMatch → mayName in marking.js)', /^mayName marking/],
        ['reading and judging texts (read)', /^read marking/],
        ['matching and deciding (find in the scanner: matchNextChunk)', /^matchNextChunk marking/],
        ['marks: painter add/flush/measure', /^(flush|update|measure|place|show|showOne|hide) marking/],
        ['index add', /^add marking/],
      ];
      for (const [label, pattern] of steps) {
        const total = [...sum.values()].filter((e) => pattern.test(e.name)).reduce((a, e) => Math.max(a, e.totalMs), 0);
        console.log(`step: ${label}: ${f(total)} ms`);
      }
      console.log('| function | self ms | self % | total ms |\n|---|---|---|---|');
      for (const entry of top.slice(0, 25)) console.log(`| ${entry.name} | ${f(entry.selfMs)} | ${f((100 * entry.selfMs) / oursMs)} | ${f(entry.totalMs)} |`);
      writeFileSync(path.join(RESULTS, `profile-${page.name}.json`), `${JSON.stringify({ page: page.name, runs: RUNS, oursMs, gcMs, works, functions: top }, null, 2)}\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
