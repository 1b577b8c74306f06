import type { Explanation, Matcher, Mention } from './compile';
import type { PageInfo } from './page-context';

/**
 * A whole page at once (the CLI, the corpus, tests): the blocks are read twice, first to learn what
 * the page says (PageContext), then to decide each block with all of it. The content script reads
 * a page a slice at a time and re-decides a block when what the page says changes after it; both
 * end with the same marks.
 */
export function findInPage(matcher: Matcher, blocks: readonly string[], info: PageInfo = {}): Mention[][] {
  const page = matcher.newPage(info);
  for (const block of blocks) matcher.find(block, page);
  return blocks.map((block) => matcher.find(block, page));
}

/** `findInPage` with every candidate's decision and reasons (`npm run scan -- --explain`). */
export function explainPage(matcher: Matcher, blocks: readonly string[], info: PageInfo = {}): Explanation[][] {
  const page = matcher.newPage(info);
  for (const block of blocks) matcher.find(block, page);
  return blocks.map((block) => matcher.explain(block, page));
}
