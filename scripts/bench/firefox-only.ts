/**
 * Firefox ESR alone, for reading where our longest main-thread blocks go (the full `npm run bench` runs
 * the same measurement as its item 6):
 *
 *   npm run bench:firefox -- [news|dense] [loads]
 *   CARRERA_LENS_PROFILE_BUILD=1 npx wxt build -b firefox &&
 *     BENCH_FIREFOX_BUILD_DIR=.output/profile/firefox-mv2 npm run bench:firefox -- dense 3   (readable names)
 *
 * It measures the build as it is (`.output/firefox-mv2`, or BENCH_FIREFOX_BUILD_DIR) and does not rebuild:
 * run `npm run build` (or the profile build) after a change first.
 *
 * Prints, per load, the longest block of ours, the first, the number over 16 ms, and the functions of ours
 * most sampled in the three longest blocks (BENCH_KEEP_FIREFOX_PROFILE=1 keeps each Gecko profile).
 */
import { launchFirefoxBench } from './firefox';
import { generatePage } from './pages';

const name = process.argv[2] ?? 'dense';
if (name !== 'news' && name !== 'dense') {
  process.stderr.write(`bench:firefox: unknown page ${JSON.stringify(name)}; use news or dense\n`);
  process.exit(2);
}
const loads = Number(process.argv[3] ?? 3);
if (!Number.isInteger(loads) || loads < 1) {
  process.stderr.write(`bench:firefox: the number of loads must be a whole number ≥ 1, not ${JSON.stringify(process.argv[3])}\n`);
  process.exit(2);
}
const page = generatePage(name);
const bench = await launchFirefoxBench([{ name, html: page.html }]);
try {
  for (let i = 0; i < loads; i++) {
    const run = await bench.run(name);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`${name} load ${i + 1}: longest block ${ms(run.longestBlockMs)}, first ${ms(run.firstBlockMs)}, over 16 ms: ${run.blocksOver16} of ${run.blocks}, main-thread time of ours ${ms(run.cpuMs)}; longest of Firefox's API setup ${ms(run.longestApiSetupMs)}, of our own code ${ms(run.longestOwnBlockMs)}`);
    for (const block of run.top) console.log(`  ${ms(block.ms)}: ${block.functions.join(', ')}`);
  }
} finally {
  await bench.close();
}
