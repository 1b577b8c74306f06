import { launchBenchBrowser, pageUrl, BARE_ORIGIN } from './scripts/bench/browser';
import { generatePage } from './scripts/bench/pages';
import { STRUCTURE_SELECTOR } from './lib/page/text-blocks';
import lexicon from './assets/knowledge/lexicon.json';
import { expandForm } from './lib/matcher/forms';
import { normaliseCue } from './lib/matcher/cues';
import { SurfaceTrie } from './lib/matcher/surface-regex';
const trie = new SurfaceTrie();
for (const { groups } of Object.values((lexicon as any).entities) as any[]) for (const g of groups) for (const f of g.forms) for (const s of expandForm(f, (lexicon as any).paradigms)) trie.add(normaliseCue(s));
const PRE = JSON.stringify(trie.toPrefilterRegExp().source);
const S = JSON.stringify(STRUCTURE_SELECTOR);
const W = (body: string) => `(() => { const root = document.documentElement; let c = 0; const PRE = new RegExp(${PRE}, 'u'); ${body}; return c; })()`;
const STRUCT_ITER = `const l = root.querySelectorAll(${S}); const n = l.length; for (let i = 0; i < n; i++) { const e = l[i]; c += e.tagName.length; if (i + 1 < n && e.contains(l[i + 1])) c++; }`;
const VARIANTS: Record<string, [string, boolean]> = {
  nothing: [W(`c = 1`), true],
  floorMain: [W(`const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) c += n.nodeValue.length;`), false],
  floorIso: [W(`const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) c += n.nodeValue.length;`), true],
  qsaLen: [W(`c = root.querySelectorAll(${S}).length`), true],
  qsaIter: [W(STRUCT_ITER), true],
  qsaIterText: [W(`const l = root.querySelectorAll(${S}); const n = l.length; for (let i = 0; i < n; i++) { const e = l[i]; c += e.tagName.length; if (i + 1 < n && e.contains(l[i + 1])) continue; c += e.textContent.length; }`), true],
  qsaIterTextPre: [W(`const l = root.querySelectorAll(${S}); const n = l.length; for (let i = 0; i < n; i++) { const e = l[i]; c += e.tagName.length; if (i + 1 < n && e.contains(l[i + 1])) continue; if (PRE.test(e.textContent)) c++; }`), true],
  walkAll: [W(`const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) { if (n.nodeType === 3) c += n.data.length; else c += n.tagName.length; }`), true],
  walkTextParent: [W(`const m = new Map(); const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) { const p = n.parentNode; let b = m.get(p); if (b === undefined) { b = p.tagName; m.set(p, b); } c += n.data.length + b.length; }`), true],
  walkTextConcatPre: [W(`const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); let t = ''; for (let n = w.nextNode(); n; n = w.nextNode()) { t += n.data; if (t.length > 2000) { if (PRE.test(t)) c++; t = ''; } }`), true],
  bodyTextPre: [W(`const t = document.body.textContent; const re = new RegExp(PRE.source, 'gu'); while (re.exec(t)) c++;`), true],
};
async function main() {
  const browser = await launchBenchBrowser();
  const names = ['news', 'dense'] as const;
  for (const name of names) browser.serve(name, generatePage(name).html);
  for (const name of names) for (const [variant, [code, iso]] of Object.entries(VARIANTS)) {
    const results: number[] = [];
    for (let i = 0; i < 5; i++) {
      const tab = await browser.newTab();
      await tab.page.goto(pageUrl(BARE_ORIGIN, name), { waitUntil: 'load' });
      await tab.page.waitForTimeout(200);
      const { frameTree } = (await tab.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const world = iso ? ((await tab.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'exp' })) as { executionContextId: number }) : null;
      await tab.cdp.send('Runtime.evaluate', { expression: '1', ...(world ? { contextId: world.executionContextId } : {}) });
      await tab.cdp.send('Performance.enable');
      const cpu = async () => ((await tab.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'ThreadTime')!.value;
      const before = await cpu();
      const r = (await tab.cdp.send('Runtime.evaluate', { expression: code, returnByValue: true, ...(world ? { contextId: world.executionContextId } : {}) })) as { exceptionDetails?: unknown };
      const after = await cpu();
      if (r.exceptionDetails) console.log(JSON.stringify(r.exceptionDetails).slice(0, 300));
      results.push(Math.round((after - before) * 10000) / 10);
      await tab.close();
    }
    results.sort((a, b) => a - b);
    console.log(name.padEnd(6), variant.padEnd(18), 'min', results[0], 'median', results[2]);
  }
  await browser.close();
}
main();
