import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { missingBrowserNotes } from './harness/browsers';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, REPO_ROOT } from './harness/paths';

/**
 * Before any end-to-end test: build and zip both targets once (`wxt zip` builds first), so the
 * browsers load exactly what would ship and the zip tests see fresh store packages.
 * E2E_SKIP_BUILD=1 reuses the existing .output (handy while iterating on tests only).
 */
export default function setup(): void {
  for (const note of missingBrowserNotes()) console.warn(`[e2e] ${note}`);

  if (process.env.E2E_SKIP_BUILD === '1') {
    for (const dir of [CHROME_BUILD_DIR, FIREFOX_BUILD_DIR]) {
      if (!existsSync(path.join(dir, 'manifest.json'))) {
        throw new Error(`E2E_SKIP_BUILD=1 but ${dir} has no build: run \`npm run zip\` first or unset E2E_SKIP_BUILD.`);
      }
    }
    return;
  }
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
    const run = spawnSync(wxt, args, { cwd: REPO_ROOT, encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(`\`wxt ${args.join(' ')}\` failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
  }
}
