import { launchBenchBrowser, pageUrl, EXTENSION_ORIGIN } from './scripts/bench/browser';
import { waitForMarks } from './scripts/bench/measure';
import { generatePage } from './scripts/bench/pages';
import { extensionWork } from './scripts/bench/trace';
const CATS = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8', 'disabled-by-default-v8.gc', 'blink', 'disabled-by-default-v8.compile', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack'];
async function main() {
  const names = (process.argv.slice(2).length ? process.argv.slice(2) : ['news']) as ('news' | 'dense')[];
  const browser = await launchBenchBrowser({ extensionDir: process.env.EXT });
  const pages = names.map((n) => generatePage(n));
  for (const p of pages) browser.serve(p.name, p.html);
  for (const p of pages) for (let run = 0; run < 2; run++) {
    const tab = await browser.newTab();
    await tab.page.addInitScript('window.__name = (fn) => fn;');
    const events: any[] = [];
    tab.cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
    await tab.cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATS } } as any);
    await tab.page.goto(pageUrl(EXTENSION_ORIGIN, p.name), { waitUntil: 'load' });
    await waitForMarks(tab, p.expectedMentions);
    const done = new Promise<void>((r) => tab.cdp.once('Tracing.tracingComplete', () => r()));
    await tab.cdp.send('Tracing.end'); await done;
    const w = extensionWork(events, browser.extensionId);
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const top = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.args?.data?.url?.startsWith(prefix)).sort((a, b) => a.ts - b.ts);
    const tops: any[] = [];
    for (const e of top) { const last = tops[tops.length - 1]; if (last && last.tid === e.tid && e.ts < last.ts + last.dur) continue; tops.push(e); }
    const nested = new Map<string, number>();
    const tid = tops[0].tid;
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== tid || tops.includes(e)) continue;
      const parent = tops.find((t) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
      if (!parent) continue;
      nested.set(e.name, (nested.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const perTask = tops.map((t) => {
      const lay = events.filter((e) => e.ph === 'X' && e.tid === t.tid && e.name === 'Document::UpdateStyleAndLayout' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).reduce((a, e) => a + e.dur / 1000, 0);
      return { at: ((t.ts - tops[0].ts) / 1000).toFixed(0), name: t.name, cpu: ((t.tdur ?? t.dur) / 1000).toFixed(1), layout: lay.toFixed(1) };
    }).filter((x) => Number(x.layout) > 1);
    console.log('  tasks with forced layout:', JSON.stringify(perTask));
    const inv = new Map<string, number>();
    for (const e of events) {
      if (e.name !== 'InvalidateLayout' && e.name !== 'ScheduleStyleRecalculation' && e.name !== 'StyleRecalcInvalidationTracking' && e.name !== 'LayoutInvalidationTracking') continue;
      const frame = e.args?.data?.stackTrace?.[0] ?? e.args?.data?.stackTrace?.[0];
      const k = `${e.name} ${frame ? frame.functionName + ':' + frame.lineNumber : 'no-stack'} ${e.args?.data?.reason ?? ''}`;
      inv.set(k, (inv.get(k) ?? 0) + 1);
    }
    console.log('  invalidations:', [...inv].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ×${v}`).join(' | '));
    console.log(p.name, 'cpu', w.cpuMs.toFixed(1), 'wall', w.busyMs.toFixed(1), 'tasks', w.tasks);
    console.log('  nested (wall ms):', [...nested].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; '));
    await tab.close();
  }
  await browser.close();
}
main();
