/**
 * Matcher throughput against the simplest alternative, in one run over the same text.
 *
 *   npm run bench:matcher
 *
 * Builds a ~2 MB (UTF-8) text of news-like paragraphs: the article's paragraphs and our corpus
 * sentences mixed with filler paragraphs made of sports-news words without any of our names.
 * Then, after a warm-up round, times 15 rounds of (each round runs all three in turn):
 *  - matcher, per block: `find` on each paragraph, the way the content script calls it;
 *  - matcher, whole text: one `find` over the whole text;
 *  - baseline: one precompiled regular expression of all surface forms (flags `giu`, Unicode
 *    letter/digit boundaries, longest forms first) run over the whole text, counting matches.
 * Prints the median MB/s of each and the median per-round throughput ratio matcher/baseline
 * (> 1 means the matcher is faster). Then the same two over the text blocks of the bench's 2 MB news
 * and dense pages (scripts/bench/pages.ts, read with the product's own text-block code in happy-dom),
 * the matcher deciding them as one page (`findInPage`, as the scanner does): what matching and deciding
 * cost without any DOM work, the part of `npm run bench`'s scan that no page layer can remove.
 * Writes bench-results/matcher.json.
 * Timings are noisy: compare the ratio within one run, not absolute numbers across machines.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { findInPage, getMatcher } from '../lib/matcher';
import { iterateTextBlocks } from '../lib/page/text-blocks';
import { EXTENSION_ORIGIN, pageUrl } from './bench/browser';
import { generatePage } from './bench/pages';
import { expandForm } from '../lib/matcher/forms';
import type { Lexicon } from '../lib/matcher/lexicon';
import { loadCorpus } from '../tests/fixtures/corpus/load-corpus';
import { mulberry32, RUSSIAN_FILLER } from './bench/random';

const TARGET_BYTES = 2 * 1024 * 1024;
const REPETITIONS = 15;

const root = process.cwd();
const lexicon = JSON.parse(readFileSync(resolve(root, 'assets/knowledge/lexicon.json'), 'utf8')) as Lexicon;
const article = readFileSync(resolve(root, 'assets/article.ru.txt'), 'utf8').split('\n');
const corpus = loadCorpus().map((s) => s.text);

const FILLER_WORDS = [
  ...RUSSIAN_FILLER,
  ...(
    'the match coach season win defeat draw goal striker defender keeper stadium fans league cup table points ' +
    'said after before with from into against home away first half second minute penalty corner transfer deal'
  ).split(' '),
];

function buildText(): { blocks: string[]; text: string; bytes: number } {
  const random = mulberry32(2018);
  const named = [...article.filter((p) => p.trim()), ...corpus];
  const blocks: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    let block: string;
    if (random() < 0.3) block = named[Math.floor(random() * named.length)]!;
    else {
      const sentences: string[] = [];
      const count = 2 + Math.floor(random() * 4);
      for (let s = 0; s < count; s++) {
        const words: string[] = [];
        const length = 8 + Math.floor(random() * 14);
        for (let w = 0; w < length; w++) words.push(FILLER_WORDS[Math.floor(random() * FILLER_WORDS.length)]!);
        const sentence = words.join(' ');
        sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
      }
      block = sentences.join(' ');
    }
    blocks.push(block);
    bytes += Buffer.byteLength(block, 'utf8') + 1;
  }
  const text = blocks.join('\n');
  return { blocks, text, bytes: Buffer.byteLength(text, 'utf8') };
}

function baselineRegExp(): RegExp {
  const surfaces = new Set<string>();
  for (const { groups } of Object.values(lexicon.entities)) {
    for (const group of groups) for (const form of group.forms) for (const s of expandForm(form, lexicon.paradigms)) surfaces.add(s);
  }
  const alternatives = [...surfaces]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs the contenders in turn, once per round, so that load on the machine hits all of them alike;
 * the first round only warms up (regex compilation, JIT tiers).
 */
function timeRounds(contenders: Record<string, () => number>): Record<string, { ms: number[]; count: number }> {
  const results: Record<string, { ms: number[]; count: number }> = {};
  for (const name of Object.keys(contenders)) results[name] = { ms: [], count: 0 };
  for (let round = 0; round <= REPETITIONS; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const start = performance.now();
      const count = run();
      const ms = performance.now() - start;
      if (round > 0) results[name]!.ms.push(ms);
      results[name]!.count = count;
    }
  }
  return results;
}

function main(): void {
  const { blocks, text, bytes } = buildText();
  const matcher = getMatcher();
  const baseline = baselineRegExp();
  const megabytes = bytes / (1024 * 1024);

  const timed = timeRounds({
    perBlock: () => {
      let n = 0;
      for (const block of blocks) n += matcher.find(block).length;
      return n;
    },
    wholeText: () => matcher.find(text).length,
    regex: () => {
      let n = 0;
      baseline.lastIndex = 0;
      while (baseline.exec(text) !== null) n++;
      return n;
    },
  });
  const perBlock = timed.perBlock!;
  const wholeText = timed.wholeText!;
  const regex = timed.regex!;
  const ratios = (ms: number[]) => median(ms.map((m, i) => regex.ms[i]! / m));

  const rate = (ms: number[]) => megabytes / (median(ms) / 1000);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    text: { bytes, chars: text.length, blocks: blocks.length },
    repetitions: REPETITIONS,
    matcherPerBlock: { medianMs: median(perBlock.ms), mbPerSecond: rate(perBlock.ms), mentions: perBlock.count },
    matcherWholeText: { medianMs: median(wholeText.ms), mbPerSecond: rate(wholeText.ms), mentions: wholeText.count },
    baselineRegExp: { medianMs: median(regex.ms), mbPerSecond: rate(regex.ms), matches: regex.count, flags: baseline.flags },
    /** Median over rounds of (baseline time / matcher time) in the same round: > 1 = matcher faster. */
    ratioPerBlockToBaseline: ratios(perBlock.ms),
    ratioWholeTextToBaseline: ratios(wholeText.ms),
  };

  // The bench's 2 MB pages: their blocks as the scanner reads them, decided as one page.
  const pages: Record<string, unknown> = {};
  for (const name of ['news', 'dense'] as const) {
    const window = new Window();
    window.document.write(generatePage(name).html);
    const pageBlocks = [...iterateTextBlocks(window.document.documentElement as unknown as Node)].map((block) => block.text);
    const info = { url: pageUrl(EXTENSION_ORIGIN, name), title: window.document.title };
    void window.happyDOM.close();
    const chars = pageBlocks.reduce((n, b) => n + b.length, 0);
    const onPage = timeRounds({
      matcher: () => findInPage(matcher, pageBlocks, info).reduce((n, found) => n + found.length, 0),
      regex: () => {
        let n = 0;
        for (const block of pageBlocks) {
          baseline.lastIndex = 0;
          while (baseline.exec(block) !== null) n++;
        }
        return n;
      },
    });
    pages[name] = {
      blocks: pageBlocks.length,
      chars,
      matcherMedianMs: median(onPage.matcher!.ms),
      mentions: onPage.matcher!.count,
      baselineMedianMs: median(onPage.regex!.ms),
      matches: onPage.regex!.count,
    };
  }
  Object.assign(result, { benchPages: pages });

  const dir = resolve(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'matcher.json'), `${JSON.stringify(result, null, 2)}\n`);

  const line = (name: string, r: { medianMs: number; mbPerSecond: number }) =>
    `${name.padEnd(34)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${r.mbPerSecond.toFixed(1).padStart(7)} MB/s`;
  console.log(`text: ${(bytes / 1024 / 1024).toFixed(2)} MB UTF-8, ${text.length} chars, ${blocks.length} blocks; median of ${REPETITIONS}`);
  console.log(line(`matcher, find per block (${result.matcherPerBlock.mentions})`, result.matcherPerBlock));
  console.log(line(`matcher, one find (${result.matcherWholeText.mentions})`, result.matcherWholeText));
  console.log(line(`baseline regex (${result.baselineRegExp.matches})`, result.baselineRegExp));
  console.log(`throughput ratio matcher/baseline (median of rounds): per block ${result.ratioPerBlockToBaseline.toFixed(2)}, whole text ${result.ratioWholeTextToBaseline.toFixed(2)}`);
  for (const [name, page] of Object.entries(pages) as [string, { blocks: number; chars: number; matcherMedianMs: number; mentions: number; baselineMedianMs: number; matches: number }][]) {
    console.log(
      `bench page ${name} (${page.blocks} blocks, ${page.chars} chars): matcher deciding it as one page ${page.matcherMedianMs.toFixed(1)} ms (${page.mentions} mentions), ` +
        `baseline regex per block ${page.baselineMedianMs.toFixed(1)} ms (${page.matches} matches)`,
    );
  }
  console.log('written: bench-results/matcher.json');
}

main();
