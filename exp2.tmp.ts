import { launchBenchBrowser, pageUrl, BARE_ORIGIN } from './scripts/bench/browser';
import { generatePage } from './scripts/bench/pages';
const W = (body: string, pre = '') => `(() => { ${pre}; const t = performance.now(); const root = document.documentElement; let c = 0; ${body}; return [performance.now() - t, c]; })()`;
const VARIANTS: Record<string, string> = {
  gbcrP: W(`for (let i = 0; i < ps.length; i++) c += ps[i].getBoundingClientRect().top;`, `const ps = [...document.querySelectorAll('p')]`),
  offsetTopP: W(`for (let i = 0; i < ps.length; i++) c += ps[i].offsetTop;`, `const ps = [...document.querySelectorAll('p')]`),
  checkVisP: W(`for (let i = 0; i < ps.length; i++) c += ps[i].checkVisibility() ? 1 : 0;`, `const ps = [...document.querySelectorAll('p')]`),
  nothing: W(`c = 1`, `const ps = [...document.querySelectorAll('p')]`),
};
async function main() {
  const names = ['dense'] as const;
  const browser = await launchBenchBrowser();
  for (const name of names) browser.serve(name, generatePage(name).html);
  for (const name of names) for (const [variant, code] of Object.entries(VARIANTS)) {
    const results: number[] = [];
    for (let i = 0; i < 3; i++) {
      const tab = await browser.newTab();
      await tab.page.goto(pageUrl(BARE_ORIGIN, name), { waitUntil: 'load' });
      await tab.page.waitForTimeout(300);
      const { frameTree } = (await tab.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const world = (await tab.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'exp' })) as { executionContextId: number };
      await tab.cdp.send('Performance.enable');
      const cpu = async () => ((await tab.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'ThreadTime')!.value;
      const before = await cpu();
      const r = (await tab.cdp.send('Runtime.evaluate', { expression: code, returnByValue: true, contextId: world.executionContextId })) as { result: { value: number[] } };
      const after = await cpu();
      results.push(Math.round((after - before) * 10000) / 10);
      void r;
      await tab.close();
    }
    console.log(name, variant, JSON.stringify(results));
  }
  await browser.close();
}
main();
