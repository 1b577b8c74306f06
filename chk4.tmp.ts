import { launchBenchBrowser } from './scripts/bench/browser';
import * as measure from './scripts/bench/measure';
import { countMentions, generatePage } from './scripts/bench/pages';
async function main() {
  const browser = await launchBenchBrowser({ extensionDir: process.env.EXT });
  const pages = (['news', 'dense', 'feed'] as const).map((n) => generatePage(n));
  for (const p of pages) browser.serve(p.name, p.html);
  if (!process.env.NOSCROLL) for (const p of pages.slice(0, 2)) {
    for (const withExt of [false, true, false, true]) {
      const r = await measure.scrollFrames(browser, p.name, withExt, p.expectedMentions);
      console.log(p.name, withExt ? 'with' : 'without', 'p50', r.p50Ms.toFixed(1), 'p95', r.p95Ms.toFixed(1), 'max', r.maxMs.toFixed(1), 'largest', r.largestHighlight, r.work ? `ext cpu ${r.work.cpuMs.toFixed(1)} longest ${r.work.longestCpuMs.toFixed(1)} tasks ${r.work.tasks}` : '');
    }
  }
  const feedPage = pages[2]!;
  const secs = Number(process.env.SECS ?? 10);
  for (const withExt of [true, false]) {
    const r = await measure.feed(browser, withExt, secs, feedPage.expectedMentions, countMentions);
    console.log('feed', withExt ? 'with' : 'without', JSON.stringify(r));
  }
  await browser.close();
}
main();
