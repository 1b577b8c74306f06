import { launchBenchBrowser, pageUrl, EXTENSION_ORIGIN } from './scripts/bench/browser';
import { waitForMarks, verifyAllMarked } from './scripts/bench/measure';
import { generatePage } from './scripts/bench/pages';
import { extensionWork, startTrace } from './scripts/bench/trace';
async function main() {
  const names = (process.argv.slice(2).length ? process.argv.slice(2) : ['news', 'dense', 'inline']) as ('news' | 'dense' | 'inline')[];
  const pages = names.map((n) => generatePage(n));
  const browser = await launchBenchBrowser({ extensionDir: process.env.EXT });
  for (const p of pages) browser.serve(p.name, p.html);
  for (const p of pages) {
    for (let i = 0; i < 2; i++) {
      const tab = await browser.newTab(); await tab.page.addInitScript('window.__name = (fn) => fn;');
      const stop = await startTrace(tab.cdp);
      await tab.page.goto(pageUrl(EXTENSION_ORIGIN, p.name), { waitUntil: 'load' });
      await waitForMarks(tab, p.expectedMentions);
      const w = extensionWork(await stop(), browser.extensionId);
      let largest = -1; let err = '';
      try { largest = await verifyAllMarked(tab, p.expectedMentions); } catch (e) { err = String(e); }
      console.log(p.name, 'tasks', w.tasks, 'cpu', w.cpuMs.toFixed(1), 'eval', w.evaluationCpuMs.toFixed(1), 'longest scan', w.longestScanCpuMs.toFixed(1), 'over16', w.over16Cpu, 'largest highlight', largest, err, JSON.stringify(w.longest.slice(0,3).map(t=>[t.name,t.cpuMs.toFixed(1)])));
      await tab.close();
    }
  }
  await browser.close();
}
main();
