import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { browserTarget } from './harness/browsers';
import { startFixtureProxy } from './harness/fixture-proxy';
import { DEMO_URL } from './harness/fixture-routes';
import { waitForMarksToSettle } from './harness/marks';
import type { BrowserName, PageDriver } from './harness/page-driver';

/**
 * The README's screenshots, each a page state a reader should see. The e2e suite takes them
 * (tests/e2e/screenshots.test.ts, into test-results/) and `npm run screenshots` writes them to
 * docs/screenshots/. Add a shot here to add one to the README.
 */
export interface Shot {
  /** File name under the output folder. */
  file: string;
  /** What the picture shows (alt text in the README). */
  description: string;
  browser: BrowserName;
  url: string;
  /** Brings the page into the state to photograph (wait for marks, hover a name, ...). */
  prepare(page: PageDriver): Promise<void>;
}

export const SHOTS: readonly Shot[] = [
  {
    file: 'demo.png',
    description: 'The bundled demo article on www.sports.ru with Carrera Lens loaded in Chromium',
    browser: 'chromium',
    url: DEMO_URL,
    prepare: async (page) => {
      await waitForMarksToSettle(page);
    },
  },
];

/** Takes the given shots (default: all) into outDir, one browser launch per browser; returns the files. */
export async function takeShots(outDir: string, shots: readonly Shot[] = SHOTS): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const proxy = await startFixtureProxy();
  const written: string[] = [];
  try {
    for (const name of new Set(shots.map((shot) => shot.browser))) {
      const browser = await browserTarget(name).launch({ proxyPort: proxy.port });
      try {
        for (const shot of shots.filter((candidate) => candidate.browser === name)) {
          const page = await browser.newPage();
          await page.goto(shot.url);
          await shot.prepare(page);
          const file = path.join(outDir, shot.file);
          await page.screenshot(file);
          await page.close();
          written.push(file);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await proxy.close();
  }
  return written;
}
