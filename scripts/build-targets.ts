import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/harness/paths';

/** `wxt zip` for Chrome and for Firefox: builds .output/chrome-mv3 and .output/firefox-mv2 and their store zips. */
export function buildAndZipBoth(): void {
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
    console.log(`> wxt ${args.join(' ')}`);
    const run = spawnSync(wxt, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`\`wxt ${args.join(' ')}\` failed (exit ${run.status}); see its output above.`);
  }
}
