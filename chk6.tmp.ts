import { launchBenchBrowser, pageUrl, EXTENSION_ORIGIN, BARE_ORIGIN } from './scripts/bench/browser';
import { waitForMarks } from './scripts/bench/measure';
import { generatePage } from './scripts/bench/pages';
async function snapshot(tab: any): Promise<Map<string, number>> {
  const chunks: string[] = [];
  tab.cdp.on('HeapProfiler.addHeapSnapshotChunk', (p: any) => chunks.push(p.chunk));
  await tab.cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await tab.cdp.send('HeapProfiler.collectGarbage');
  await tab.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks.join(''));
  const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
  const nf = f.length; const iType = f.indexOf('type'), iName = f.indexOf('name'), iSize = f.indexOf('self_size');
  const by = new Map<string, number>();
  for (let i = 0; i < snap.nodes.length; i += nf) {
    const type = types[snap.nodes[i + iType]]; const name = snap.strings[snap.nodes[i + iName]];
    const key = type === 'object' || type === 'native' ? `${type}:${name}` : type === 'code' ? `code:${String(name).slice(0, 30)}` : type;
    by.set(key, (by.get(key) ?? 0) + snap.nodes[i + iSize]);
  }
  return by;
}
async function main() {
  const browser = await launchBenchBrowser({ extensionDir: process.env.EXT });
  const feed = generatePage('feed');
  browser.serve('feed', feed.html);
  const res: Map<string, number>[] = [];
  for (const origin of [EXTENSION_ORIGIN, BARE_ORIGIN]) {
    const tab = await browser.newTab();
    await tab.page.addInitScript('window.__name = (fn) => fn;');
    await tab.page.goto(pageUrl(origin, 'feed'), { waitUntil: 'load' });
    if (origin === EXTENSION_ORIGIN) await waitForMarks(tab, 0); else await tab.page.waitForTimeout(2000);
    res.push(await snapshot(tab));
    await tab.close();
  }
  const [a, b] = res;
  const keys = new Set([...a!.keys(), ...b!.keys()]);
  const diff = [...keys].map((k) => [k, (a!.get(k) ?? 0) - (b!.get(k) ?? 0)] as const).sort((x, y) => y[1] - x[1]);
  const total = diff.reduce((s, [, v]) => s + v, 0);
  console.log('total diff KB', (total / 1024).toFixed(0));
  for (const [k, v] of diff.slice(0, 25)) console.log((v / 1024).toFixed(1).padStart(8), k);
  await browser.close();
}
main();
