import type { Explanation, Matcher, Mention } from './compile';
import type { PageContext, PageInfo } from './page-context';

/**
 * A whole page at once (the CLI, the corpus, tests): the blocks are read twice, first to learn what
 * the page says (PageContext), then to decide each block with all of it. The content script reads
 * a page a slice at a time and re-decides a block when what the page says changes after it; both
 * end with the same marks.
 */
export function findInPage(matcher: Matcher, blocks: readonly string[], info: PageInfo = {}): Mention[][] {
  const page = learnPage(matcher, blocks, info);
  return blocks.map((block) => matcher.find(block, page));
}

/** `findInPage` with every candidate's decision and reasons (`npm run scan -- --explain`). */
export function explainPage(matcher: Matcher, blocks: readonly string[], info: PageInfo = {}): Explanation[][] {
  const page = learnPage(matcher, blocks, info);
  return blocks.map((block) => matcher.explain(block, page));
}

/**
 * What the page says, read until it stops changing: a name marked in a late block can tip a bare
 * name in an early one (what the page says only grows, so this ends; a few rounds in practice).
 */
function learnPage(matcher: Matcher, blocks: readonly string[], info: PageInfo): PageContext {
  const page = matcher.newPage(info);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = page.version;
    for (const block of blocks) matcher.find(block, page);
    if (page.version === before) break;
  }
  return page;
}

/** Each round can only add an entity or a namesake (18 in all); real pages settle in two or three. */
const MAX_ROUNDS = 20;
