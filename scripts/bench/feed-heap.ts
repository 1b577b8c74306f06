/**
 * What the content script keeps on the live feed: three heap snapshots of the feed page with the
 * extension (after the warm-up, half way, at the end, each after forced GC) and the growth of each
 * half by constructor, largest first. For finding what target 5 of `npm run bench`
 * (the feed's JS heap) counts; run it on the unminified profile build for readable names:
 *
 *   CARRERA_LENS_PROFILE_BUILD=1 npx wxt build && npm run bench:feed-heap -- [seconds]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_ORIGIN, launchBenchBrowser, pageUrl, type Tab } from './browser';
import { FEED_WARM_UP_SECONDS, waitForMarks } from './measure';
import { generatePage } from './pages';

interface Totals {
  count: number;
  size: number;
}

async function snapshot(tab: Tab): Promise<Map<string, Totals>> {
  for (let i = 0; i < 3; i++) await tab.cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => void chunks.push(event.chunk);
  tab.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await tab.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  tab.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const data = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = data.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = data.snapshot.meta.node_types[0];
  const totals = new Map<string, Totals>();
  for (let i = 0; i < data.nodes.length; i += stride) {
    const type = types[data.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' ? `${type} ${data.strings[data.nodes[i + nameAt]!]}` : type;
    const entry = totals.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += data.nodes[i + sizeAt]!;
    totals.set(name, entry);
  }
  return totals;
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 60);
  const profileDir = path.resolve('.output/profile/chrome-mv3');
  const browser = await launchBenchBrowser(existsSync(profileDir) ? { extensionDir: profileDir } : {});
  try {
    const feed = generatePage('feed');
    browser.serve('feed', feed.html);
    const tab = await browser.newTab();
    await tab.page.goto(pageUrl(EXTENSION_ORIGIN, 'feed'), { waitUntil: 'load' });
    await waitForMarks(tab, feed.expectedMentions);
    await tab.page.evaluate(() => (window as unknown as { __feed: { start(): void } }).__feed.start());
    await tab.page.waitForTimeout(FEED_WARM_UP_SECONDS * 1000);
    // Three snapshots: what grows in the first half and again in the second is kept per post (a
    // leak); what grows only in the first is a one-time cost (V8's optimised code, caches warming up).
    const first = await snapshot(tab);
    await tab.page.waitForTimeout((seconds * 1000) / 2);
    const middle = await snapshot(tab);
    await tab.page.waitForTimeout((seconds * 1000) / 2);
    await tab.page.evaluate(() => (window as unknown as { __feed: { stop(): void } }).__feed.stop());
    await waitForMarks(tab, 0);
    const last = await snapshot(tab);
    report(`first ${seconds / 2} s`, first, middle);
    report(`second ${seconds / 2} s`, middle, last);
    await tab.close();
  } finally {
    await browser.close();
  }
}

function report(title: string, before: Map<string, Totals>, after: Map<string, Totals>): void {
  {
    {
    const rows = [...new Set([...before.keys(), ...after.keys()])].map((name) => {
      const b = before.get(name) ?? { count: 0, size: 0 };
      const a = after.get(name) ?? { count: 0, size: 0 };
      return { name, count: a.count - b.count, size: a.size - b.size };
    });
    rows.sort((x, y) => y.size - x.size);
    const total = rows.reduce((n, r) => n + r.size, 0);
    console.log(`heap growth in the ${title}: ${(total / 1024).toFixed(1)} KB`);
    for (const row of rows.slice(0, 12)) console.log(`${(row.size / 1024).toFixed(1).padStart(9)} KB ${String(row.count).padStart(7)}  ${row.name}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
