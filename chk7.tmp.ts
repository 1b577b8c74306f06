import { launchFirefoxBench } from './scripts/bench/firefox';
import { generatePage } from './scripts/bench/pages';
async function main() {
  const pages = (['news', 'dense'] as const).map((n) => generatePage(n));
  const ff = await launchFirefoxBench(pages);
  for (const p of pages) for (let i = 0; i < 2; i++) {
    const w = await ff.run(p.name, true);
    const wo = await ff.run(p.name, false, w.scanMs ?? 0);
    console.log(ff.version, p.name, 'with', JSON.stringify(w), 'without', JSON.stringify(wo));
  }
  await ff.close();
}
main();
