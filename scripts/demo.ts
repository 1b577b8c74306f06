/**
 * The main job on a fresh machine (`npm run demo`): builds and zips both targets, serves the bundled
 * demo article (assets/demo/demo.html) as https://www.sports.ru/football/... from a local proxy, and
 * opens it in a browser with the extension loaded. Without a display ($DISPLAY unset) it writes a
 * screenshot of the page instead and says where.
 *
 * Options: --browser=firefox (default chromium), --headless (screenshot even with a display),
 * --no-build (reuse .output).
 */
import path from 'node:path';
import { buildAndZipBoth } from './build-targets';
import { browserTarget } from '../tests/e2e/harness/browsers';
import { startFixtureProxy } from '../tests/e2e/harness/fixture-proxy';
import { DEMO_URL } from '../tests/e2e/harness/fixture-routes';
import type { BrowserName } from '../tests/e2e/harness/page-driver';
import { REPO_ROOT, SCREENSHOTS_DIR } from '../tests/e2e/harness/paths';
import { SHOTS, takeShots } from '../tests/e2e/screenshots';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const browserName = (option('browser') ?? 'chromium') as BrowserName;
  const target = browserTarget(browserName);
  if (!target.available) throw new Error(`${target.label} is needed for the demo: ${target.installHint}.`);
  if (!process.argv.includes('--no-build')) buildAndZipBoth();

  const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
  if (!headed) {
    const demoShot = SHOTS.find((shot) => shot.url === DEMO_URL);
    if (!demoShot) throw new Error('tests/e2e/screenshots.ts lists no shot of the demo page.');
    const [file] = await takeShots(SCREENSHOTS_DIR, [{ ...demoShot, browser: browserName }]);
    console.log(`No display ($DISPLAY is unset), so here is a screenshot of the demo page instead:`);
    console.log(`  ${path.relative(REPO_ROOT, file ?? '')}`);
    return;
  }

  const proxy = await startFixtureProxy();
  const browser = await target.launch({ proxyPort: proxy.port, headless: false });
  const stop = async () => {
    await browser.close().catch(() => {});
    await proxy.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  const page = await browser.newPage();
  await page.goto(DEMO_URL);
  console.log(`${target.label} is showing the demo article at ${DEMO_URL}`);
  console.log('(served from assets/demo/demo.html by a local proxy; nothing goes to the internet).');
  console.log('Close the browser window or press Ctrl+C to stop.');
  await browser.closed;
  await proxy.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
