import { readFileSync } from 'node:fs';
import { launchBenchBrowser } from './scripts/bench/browser';
import * as measure from './scripts/bench/measure';
import { generatePage } from './scripts/bench/pages';
import { expandForm } from './lib/matcher/forms';
async function main() {
  const lexicon = JSON.parse(readFileSync('assets/knowledge/lexicon.json', 'utf8'));
  const forms = new Set<string>();
  for (const { groups } of Object.values(lexicon.entities) as any[]) for (const g of groups) for (const f of g.forms) for (const s of expandForm(f, lexicon.paradigms)) forms.add(s);
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const re = `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  const names = ['news', 'dense'] as const;
  const browser = await launchBenchBrowser({ extensionDir: process.env.EXT });
  const pages = names.map((n) => generatePage(n));
  for (const p of pages) browser.serve(p.name, p.html);
  for (const p of pages) {
    for (let i = 0; i < 2; i++) {
      const f = await measure.floor(browser, p.name);
      const o = await measure.ours(browser, p.name, p.expectedMentions);
      const m = await measure.markJs(browser, p.name, [...forms], 'regexp', re);
      const scan = o.work.cpuMs - o.work.evaluationCpuMs;
      console.log(p.name, 'floor', f.ms.toFixed(1), f.cpuMs.toFixed(1), '| ours scan cpu', scan.toFixed(1), 'eval', o.work.evaluationCpuMs.toFixed(1), 'longest scan', o.work.longestScanCpuMs.toFixed(1), '| markjs', m.ms.toFixed(1), m.cpuMs.toFixed(1), m.marks, '| ratio', (scan / f.cpuMs).toFixed(2), 'markjs/ours', (m.cpuMs / scan).toFixed(2));
    }
  }
  await browser.close();
}
main();
