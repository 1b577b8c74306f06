/**
 * The table `npm run bench` prints (Markdown, so it can go into the README as is): the measurements,
 * the ratios the issue asks for, and each target read by the benchmark itself as met or not met.
 */
import type { Summary } from './stats';

interface PageResult {
  page: { textBytes: number; textNodes: number; elements: number; mentions: number };
  floorMs: Summary;
  ours: Record<
    | 'wallMs' | 'busyMs' | 'cpuMs' | 'tasks' | 'longestTaskMs' | 'longestTaskCpuMs' | 'tasksOver16ms' | 'tasksOver16msCpu'
    | 'pageLongTasks' | 'pageLongestTaskMs' | 'evaluationCpuMs' | 'longestScanTaskMs' | 'longestScanTaskCpuMs',
    Summary
  >;
  markJsKeywords: { ms: Summary; marks: number; repetitions: number };
  markJsOneRegExp: { ms: Summary; marks: number };
}

export interface BenchResult {
  machine: { nproc: number; cpu: string; chromium: string; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  pages: {
    news: PageResult;
    inline: PageResult;
    incremental: { paragraphs: number; textBytes: number; mentions: number; wallMs: Summary; busyMs: Summary; cpuMs: Summary; longestTaskMs: Summary };
    live: { busyMs: Summary; longestTaskMs: Summary; longestTaskCpuMs: Summary; tasksOver16ms: Summary; appendToMarkedMs: Summary; page: { appends: number; intervalMs: number } };
  };
  hover: { hovers: number; toDomMs: Summary; toFrameMs: Summary; toPaintedMs: Summary };
  memory: { withMb: Summary; withoutMb: Summary };
  matcher: { matcherPerBlock: { mbPerSecond: number }; baselineRegExp: { mbPerSecond: number }; ratioPerBlockToBaseline: number } | null;
  sizes: {
    chrome: { file: string; raw: number; gzipped: number }[];
    firefox: { file: string; raw: number; gzipped: number }[];
    contentScriptGroups: { group: string; minified: number; gzipped: number }[];
  };
}

export const TARGETS = {
  oursOverFloor: 1.5,
  markJsOverOurs: 10,
  longestTaskMs: 16,
  hoverFrameMs: 1000 / 60,
  contentScriptGzipKb: 25,
} as const;

const f = (value: number, digits = 1) => value.toFixed(digits);
const ms = (s: Summary) => `${f(s.median)} ms (${f(s.min)}–${f(s.max)})`;
const kb = (bytes: number) => `${f(bytes / 1024)} KB`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

export function printReport(result: BenchResult): void {
  const lines: string[] = [];
  const { news, inline, incremental, live } = result.pages;
  lines.push(`Machine: ${result.machine.nproc} CPUs (${result.machine.cpu}), Chromium ${result.machine.chromium}, Node ${result.machine.node}; load average ${result.machine.loadAverageBefore.join(' ')} before, ${result.machine.loadAverageAfter.join(' ')} after.`);
  lines.push('Medians with (min–max) of the repetitions.', '');
  lines.push('| | news (2 MB) | inline elements |', '|---|---|---|');
  const pageInfo = (p: PageResult) => `${f(p.page.textBytes / 2 ** 20, 2)} MB, ${p.page.textNodes} text nodes, ${p.page.elements} elements, ${p.page.mentions} mentions`;
  lines.push(`| page | ${pageInfo(news)} | ${pageInfo(inline)} |`);
  const row = (label: string, get: (p: PageResult) => string) => lines.push(`| ${label} | ${get(news)} | ${get(inline)} |`);
  row('1. floor: bare TreeWalker', (p) => ms(p.floorMs));
  row('2. ours: sum of slices (wall)', (p) => ms(p.ours.busyMs));
  row('2. ours: sum of slices (CPU)', (p) => ms(p.ours.cpuMs));
  row('2. ours: wall, first to last task', (p) => ms(p.ours.wallMs));
  row('2. ours: tasks', (p) => f(p.ours.tasks.median, 0));
  row('3. mark.js, keywords', (p) => `${ms(p.markJsKeywords.ms)}, ${p.markJsKeywords.marks} marks (${p.markJsKeywords.repetitions} runs)`);
  row('3. mark.js, one regexp', (p) => `${ms(p.markJsOneRegExp.ms)}, ${p.markJsOneRegExp.marks} marks`);
  row('5. longest extension task (wall / CPU)', (p) => `${f(p.ours.longestTaskMs.median)} / ${f(p.ours.longestTaskCpuMs.median)} ms`);
  row('5. of which: the script\'s evaluation (CPU)', (p) => ms(p.ours.evaluationCpuMs));
  row('5. of which: longest scan task (wall / CPU; slices, observers, timers)', (p) => `${f(p.ours.longestScanTaskMs.median)} / ${f(p.ours.longestScanTaskCpuMs.median)} ms (max ${f(p.ours.longestScanTaskCpuMs.max)} CPU)`);
  row('5. extension tasks > 16 ms (wall / CPU)', (p) => `${f(p.ours.tasksOver16ms.median, 0)} / ${f(p.ours.tasksOver16msCpu.median, 0)}`);
  row('5. page `longtask` entries after DCL (longest)', (p) => `${f(p.ours.pageLongTasks.median, 0)} (${f(p.ours.pageLongestTaskMs.median)} ms)`);
  row('ratio ours/floor (CPU sum; medians, minimums)', (p) => `${f(p.ours.cpuMs.median / p.floorMs.median)}, ${f(p.ours.cpuMs.min / p.floorMs.min)}`);
  row('ratio mark.js/ours (keywords, one regexp)', (p) => `${f(p.markJsKeywords.ms.median / p.ours.cpuMs.median)}, ${f(p.markJsOneRegExp.ms.median / p.ours.cpuMs.median)}`);
  lines.push('');

  const addedShare = incremental.textBytes / news.page.textBytes;
  const incRatio = incremental.cpuMs.median / news.ours.cpuMs.median;
  lines.push('| | |', '|---|---|');
  lines.push(`| 4. incremental: ${incremental.paragraphs} paragraphs (${kb(incremental.textBytes)}, ${incremental.mentions} mentions) on the scanned news page | CPU ${ms(incremental.cpuMs)}, wall ${ms(incremental.wallMs)}, longest task ${f(incremental.longestTaskMs.median)} ms |`);
  lines.push(`| ratio incremental/full (CPU) vs added/page text | ${f(incRatio, 3)} vs ${f(addedShare, 3)} |`);
  lines.push(`| live page: ${live.page.appends} appends every ${live.page.intervalMs} ms | busy (wall-clock sum) ${ms(live.busyMs)}, longest task ${f(live.longestTaskMs.median)} ms (CPU ${f(live.longestTaskCpuMs.median)}), append → marked ${ms(live.appendToMarkedMs)} |`);
  lines.push(`| 6. hover (${result.hover.hovers}): dwell end → card in DOM / → its frame / → painted (2nd frame) | ${ms(result.hover.toDomMs)} / ${ms(result.hover.toFrameMs)} / ${ms(result.hover.toPaintedMs)} |`);
  if (result.matcher) {
    lines.push(`| 7. matcher in Node, per block vs one regexp | ${f(result.matcher.matcherPerBlock.mbPerSecond)} vs ${f(result.matcher.baselineRegExp.mbPerSecond)} MB/s, ratio ${f(result.matcher.ratioPerBlockToBaseline, 2)} |`);
  }
  const content = result.sizes.chrome.find((s) => s.file === 'content-scripts/content.js');
  for (const [name, files] of [['Chrome', result.sizes.chrome], ['Firefox', result.sizes.firefox]] as const) {
    lines.push(`| 8. ${name} build | ${files.map((s) => `${s.file} ${kb(s.raw)} / ${kb(s.gzipped)} gz`).join('; ')} |`);
  }
  lines.push(`| 9. JS heap, news page after GC: with / without the extension | ${f(result.memory.withMb.median)} / ${f(result.memory.withoutMb.median)} MB: +${f(result.memory.withMb.median - result.memory.withoutMb.median, 2)} MB |`);
  lines.push('');
  lines.push('Content script by source (minified per module; gzip per module, so more than the file\'s real gzip):', '');
  lines.push('| part | minified | gzip alone |', '|---|---|---|');
  for (const g of result.sizes.contentScriptGroups) lines.push(`| ${g.group} | ${kb(g.minified)} | ${kb(g.gzipped)} |`);
  lines.push('');

  const longest = Math.max(news.ours.longestTaskCpuMs.median, inline.ours.longestTaskCpuMs.median, live.longestTaskCpuMs.median, incremental.longestTaskMs.median);
  const longestScan = Math.max(news.ours.longestScanTaskCpuMs.median, inline.ours.longestScanTaskCpuMs.median, live.longestTaskCpuMs.median, incremental.longestTaskMs.median);
  const evaluation = Math.max(news.ours.evaluationCpuMs.median, inline.ours.evaluationCpuMs.median);
  const worstRatio = Math.max(news.ours.cpuMs.median / news.floorMs.median, inline.ours.cpuMs.median / inline.floorMs.median);
  const peer = Math.min(news.markJsKeywords.ms.median / news.ours.cpuMs.median, inline.markJsKeywords.ms.median / inline.ours.cpuMs.median);
  const contentGz = content?.gzipped ?? Infinity;
  lines.push('Targets (read by the benchmark; informational, never a test):', '');
  lines.push(`- ours/floor ≤ ${TARGETS.oursOverFloor}: ${f(worstRatio)} → ${met(worstRatio <= TARGETS.oursOverFloor)}`);
  lines.push(`- mark.js/ours ≥ ${TARGETS.markJsOverOurs} (keywords): ${f(peer)} → ${met(peer >= TARGETS.markJsOverOurs)}`);
  lines.push(`- no extension task over ${TARGETS.longestTaskMs} ms (CPU, median run): longest ${f(longest)} ms → ${met(longest <= TARGETS.longestTaskMs)}; the scan's tasks alone: ${f(longestScan)} ms → ${met(longestScan <= TARGETS.longestTaskMs)}; the script's evaluation: ${f(evaluation)} ms → ${met(evaluation <= TARGETS.longestTaskMs)}`);
  lines.push(`- incremental work in proportion to the added text: ${f(incRatio, 3)} of the full scan for ${f(addedShare, 3)} of the text → ${met(incRatio <= addedShare * 3)} (met when within 3× of the text share)`);
  lines.push(`- hover → card under one frame after the dwell (to the frame that paints it): ${f(result.hover.toFrameMs.median)} ms → ${met(result.hover.toFrameMs.median <= TARGETS.hoverFrameMs)}`);
  const card = result.sizes.chrome.find((s) => s.file === 'card.js');
  lines.push(
    `- content script ≤ ${TARGETS.contentScriptGzipKb} KB gzipped with its data: every page gets ${kb(contentGz)} (the matcher's data included) → ${met(contentGz <= TARGETS.contentScriptGzipKb * 1024)}; ` +
      `the card's code with the facts (card.js) follows on the first rest on a mention: ${card ? kb(card.gzipped) : 'missing'}, ${card ? kb(contentGz + card.gzipped) : '?'} together → ${met(card !== undefined && contentGz + card.gzipped <= TARGETS.contentScriptGzipKb * 1024)} for both`,
  );
  console.log(lines.join('\n'));
}
