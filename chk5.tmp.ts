import { launchBenchBrowser, pageUrl, EXTENSION_ORIGIN, BARE_ORIGIN } from './scripts/bench/browser';
async function main() {
  const browser = await launchBenchBrowser({ extensionDir: process.env.EXT });
  browser.serve('blank', '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title></head><body><p>Тренер сказал.</p></body></html>');
  for (const origin of [EXTENSION_ORIGIN, BARE_ORIGIN, EXTENSION_ORIGIN, BARE_ORIGIN]) {
    const tab = await browser.newTab();
    await tab.page.goto(pageUrl(origin, 'blank'), { waitUntil: 'load' });
    await tab.page.waitForTimeout(2500);
    await tab.cdp.send('Performance.enable');
    for (let i = 0; i < 3; i++) await tab.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await tab.cdp.send('Performance.getMetrics');
    console.log(origin, (metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20).toFixed(2), 'MB', metrics.find((m) => m.name === 'Nodes')!.value, 'nodes');
    await tab.close();
  }
  await browser.close();
}
main();
