import { Window } from 'happy-dom';
import { iterateTextBlocks } from './lib/page/text-blocks';
import { generatePage } from './scripts/bench/pages';
import { writeFileSync } from 'node:fs';
for (const name of ['news', 'dense'] as const) {
  const page = generatePage(name);
  console.log(name, page.expectedMentions);
  const window = new Window(); window.document.write(page.html);
  writeFileSync(`/tmp/exp/${name}-texts.json`, JSON.stringify([...iterateTextBlocks(window.document.documentElement as unknown as Node)].map((b) => b.text)));
}
