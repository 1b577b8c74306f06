import puppeteer from 'puppeteer-core';
import { startFixtureProxy } from './tests/e2e/harness';
import { FIREFOX_BUILD_DIR } from './tests/e2e/harness/paths';
import { FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID } from './tests/e2e/harness/firefox';
import { TICKER } from './scripts/bench/firefox';
import { generatePage } from './scripts/bench/pages';
async function main() {
  const page0 = generatePage('dense');
  const html = page0.html.replace('<head>', `<head>${TICKER}`);
  const proxy = await startFixtureProxy({ generated: (url) => (url.pathname === '/bench/dense.html' ? { body: html, contentType: 'text/html; charset=utf-8' } : null) });
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, acceptInsecureCerts: true,
    env: { ...process.env, MOZ_PROFILER_STARTUP: '1', MOZ_PROFILER_SHUTDOWN: '/tmp/exp/ff-profile.json', MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu,nostacksampling0', MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain', MOZ_PROFILER_STARTUP_INTERVAL: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxy.port, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true, 'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD_DIR);
  const page = await browser.newPage();
  await page.goto('https://www.sports.ru/bench/dense.html', { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 4000));
  const t = await page.evaluate(() => { const t = (window as any).__ticker; return { loadAt: t.loadAt, lastChange: t.lastChange, origin: performance.timeOrigin }; });
  console.log(JSON.stringify(t));
  await browser.close();
  await proxy.close();
}
main();
