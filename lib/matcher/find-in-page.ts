import type { Explanation, Matcher, Mention, TextReading } from './compile';
import type { PageContext, PageInfo } from './page-context';

/**
 * A whole page at once (the CLI, the corpus, tests): the blocks are read twice, first to learn what
 * the page says (PageContext), then to decide each block with all of it. The content script reads
 * a page a slice at a time and re-decides a block when what the page says changes after it; both
 * end with the same marks.
 */
export function findInPage(matcher: Matcher, blocks: readonly string[], info: PageInfo = {}): Mention[][] {
  const { page, readings } = learnPage(matcher, blocks, info);
  return readings.map((reading) => matcher.mentionsOf(reading, page));
}

/** `findInPage` with every candidate's decision and reasons (`npm run scan -- --explain`). */
export function explainPage(matcher: Matcher, blocks: readonly string[], info: PageInfo = {}): Explanation[][] {
  const { page, readings } = learnPage(matcher, blocks, info);
  return readings.map((reading) => matcher.explanationsOf(reading, page));
}

/**
 * What the page says, decided until it stops changing: a name marked in a late block can tip a bare
 * name in an early one (what the page says only grows, so this ends; a few rounds in practice). Each
 * block is read once (Matcher.read); a round decides the readings again.
 */
function learnPage(matcher: Matcher, blocks: readonly string[], info: PageInfo): { page: PageContext; readings: TextReading[] } {
  const page = matcher.newPage(info);
  const readings = blocks.map((block) => matcher.read(block, page));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = page.version;
    for (const reading of readings) matcher.mentionsOf(reading, page);
    if (page.version === before) break;
  }
  return { page, readings };
}

/** Each round can only add an entity or a namesake (18 in all); real pages settle in two or three. */
const MAX_ROUNDS = 20;
