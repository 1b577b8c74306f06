/**
 * What the content script keeps on the live feed: three heap snapshots of the feed page with the
 * extension (after the warm-up, half way, at the end, each after forced GC) and the growth of each
 * half by constructor, V8's compiled code by the function or regexp that holds it, largest first.
 * For finding what target 5 of `npm run bench` (the feed's JS heap) counts; run it on the unminified
 * profile build for readable names:
 *
 *   CARRERA_LENS_PROFILE_BUILD=1 npx wxt build && npm run bench:feed-heap -- [seconds]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_ORIGIN, launchBenchBrowser, pageUrl, type Tab } from './browser';
import { FEED_WARM_UP_SECONDS, waitForMarks } from './measure';
import { generatePage } from './pages';

/** The parts of a V8 heap snapshot (its JSON) read here. */
interface SnapshotData {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

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
  const data = JSON.parse(chunks.join('')) as SnapshotData;
  const fields = data.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = data.snapshot.meta.node_types[0];
  const owners = codeOwners(data);
  const totals = new Map<string, Totals>();
  for (let i = 0; i < data.nodes.length; i += stride) {
    const type = types[data.nodes[i + typeAt]!]!;
    const name =
      type === 'object' || type === 'closure' ? `${type} ${data.strings[data.nodes[i + nameAt]!]}`
      : type === 'code' ? `code of ${owners(i / stride)}`
      : type;
    const entry = totals.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += data.nodes[i + sizeAt]!;
    totals.set(name, entry);
  }
  return totals;
}

/**
 * Who holds a code object (by node index): the nearest function (`closure`, or its shared info) or
 * regexp up the chain of V8's code records that retain it, so that the growth of V8's compiled code
 * (a function optimised as the feed runs, a regexp compiled to machine code) reads as whose it is.
 */
function codeOwners(data: SnapshotData): (node: number) => string {
  const { meta } = data.snapshot;
  const stride = meta.node_fields.length;
  const edgeStride = meta.edge_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const edgeCountAt = meta.node_fields.indexOf('edge_count');
  const toAt = meta.edge_fields.indexOf('to_node');
  const types = meta.node_types[0];
  const count = data.nodes.length / stride;
  // Retainers as one flat list per node (counted first, then filled).
  const retainerStart = new Int32Array(count + 1);
  for (let e = 0; e < data.edges.length; e += edgeStride) retainerStart[data.edges[e + toAt]! / stride + 1]!++;
  for (let n = 0; n < count; n++) retainerStart[n + 1]! += retainerStart[n]!;
  const filled = retainerStart.slice(0, count);
  const retainers = new Int32Array(data.edges.length / edgeStride);
  for (let n = 0, e = 0; n < count; n++) {
    for (let k = data.nodes[n * stride + edgeCountAt]!; k > 0; k--, e += edgeStride) retainers[filled[data.edges[e + toAt]! / stride]!++] = n;
  }
  const type = (n: number) => types[data.nodes[n * stride + typeAt]!]!;
  const name = (n: number) => data.strings[data.nodes[n * stride + nameAt]!]!;
  return (node) => {
    const seen = new Set([node]);
    let frontier = [node];
    for (let depth = 0; depth < 6 && frontier.length; depth++) {
      const next: number[] = [];
      for (const n of frontier) {
        for (let r = retainerStart[n]!; r < retainerStart[n + 1]!; r++) {
          const by = retainers[r]!;
          if (type(by) === 'regexp') return 'a regexp';
          if (type(by) === 'closure') return name(by) || '(anonymous)';
          if (name(by).startsWith('system / SharedFunctionInfo')) return name(by).slice('system / SharedFunctionInfo / '.length) || '(anonymous)';
          // Up through V8's own code records only (Code, FeedbackVector, FeedbackCell…), not objects that merely point at a function.
          if (!seen.has(by) && (type(by) === 'code' || type(by) === 'hidden')) {
            seen.add(by);
            next.push(by);
          }
        }
      }
      frontier = next;
    }
    return '?';
  };
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
  const rows = [...new Set([...before.keys(), ...after.keys()])].map((name) => {
    const b = before.get(name) ?? { count: 0, size: 0 };
    const a = after.get(name) ?? { count: 0, size: 0 };
    return { name, count: a.count - b.count, size: a.size - b.size };
  });
  rows.sort((x, y) => y.size - x.size);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const sum = (keep: (name: string) => boolean) => rows.reduce((n, r) => (keep(r.name) ? n + r.size : n), 0);
  // Blink's own objects (`native`) are not in the JS heap the bench measures.
  console.log(`heap growth in the ${title}: ${kb(sum(() => true))}; JS heap (all but native) ${kb(sum((name) => name !== 'native'))}, of which V8's compiled code ${kb(sum((name) => name.startsWith('code of ')))}`);
  for (const row of rows.slice(0, 20)) console.log(`${kb(row.size).padStart(12)} ${String(row.count).padStart(7)}  ${row.name}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
