import { launchFirefoxBench } from './scripts/bench/firefox';
import { browserTarget, startFixtureProxy } from './tests/e2e/harness';
import { generatePage } from './scripts/bench/pages';
import { BARE_ORIGIN } from './scripts/bench/browser';
async function main() {
  const dense = generatePage('dense');
  const proxy = await startFixtureProxy({ generated: (url) => (url.pathname === '/bench/dense.html' ? { body: dense.html, contentType: 'text/html; charset=utf-8' } : null) });
  const browser = await browserTarget('firefox').launch({ proxyPort: proxy.port });
  const page = await browser.newPage();
  await page.goto(`${BARE_ORIGIN}/bench/dense.html`);
  await new Promise((r) => setTimeout(r, 1500));
  await page.evaluate(() => { (window as any).__name = (f: unknown) => f; });
  const r = await page.evaluate(() => {
    const ps = [...document.querySelectorAll('p')];
    const time = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t; };
    const out: Record<string, number> = {};
    out.gbcrClean = time(() => { for (let i = 0; i < 100; i++) ps[i]!.getBoundingClientRect(); });
    const h = new Highlight(); CSS.highlights.set('x', h);
    const range = () => { const r = document.createRange(); r.selectNodeContents(ps[Math.floor(Math.random() * 50)]!.firstChild!); return r; };
    out.add1 = time(() => h.add(range()));
    out.gbcrAfterAdd = time(() => ps[5000]!.getBoundingClientRect());
    out.gbcrAgain = time(() => ps[5001]!.getBoundingClientRect());
    out.add10 = time(() => { for (let i = 0; i < 10; i++) h.add(range()); });
    out.gbcrAfterAdd10 = time(() => ps[5002]!.getBoundingClientRect());
    const far = document.createRange(); far.selectNodeContents(ps[ps.length - 10]!.firstChild!);
    out.addFar = time(() => h.add(far));
    out.gbcrAfterAddFar = time(() => ps[5003]!.getBoundingClientRect());
    out.checkVis = time(() => ps[5004]!.checkVisibility());
    out.del = time(() => h.delete(far));
    out.gbcrAfterDelete = time(() => ps[5005]!.getBoundingClientRect());
    return out;
  });
  console.log(JSON.stringify(r));
  await browser.close(); await proxy.close();
}
main();
