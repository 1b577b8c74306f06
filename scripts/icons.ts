/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for
 * (public/icon/{16,32,48,96,128}.png; WXT adds them to both manifests) with Debian's Chromium.
 * Run after editing the SVG: `npm run icons`, then commit the PNGs.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { browserTarget } from '../tests/e2e/harness/browsers';
import { REPO_ROOT } from '../tests/e2e/harness/paths';

const SIZES = [16, 32, 48, 96, 128] as const;
const SOURCE = path.join(REPO_ROOT, 'assets/icon.svg');
const OUT_DIR = path.join(REPO_ROOT, 'public/icon');

async function main(): Promise<void> {
  const target = browserTarget('chromium');
  if (!target.available) throw new Error(`Chromium is needed to render icons: ${target.installHint}.`);
  const svg = readFileSync(SOURCE).toString('base64');
  const browser = await chromium.launch({ executablePath: target.executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = path.join(OUT_DIR, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      await page.close();
      console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
