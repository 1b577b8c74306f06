/**
 * Regenerates the README screenshots (docs/screenshots/*.png) from the current build:
 * `npm run screenshots` (builds and zips both targets first; `--no-build` reuses .output).
 * The shots themselves are listed in tests/e2e/screenshots.ts, which the e2e suite also runs.
 */
import path from 'node:path';
import { buildAndZipBoth } from './build-targets';
import { REPO_ROOT, SCREENSHOTS_DIR } from '../tests/e2e/harness/paths';
import { takeShots } from '../tests/e2e/screenshots';

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) buildAndZipBoth();
  const files = await takeShots(SCREENSHOTS_DIR);
  for (const file of files) console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
