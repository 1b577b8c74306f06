/**
 * The matcher: finds the article's entities in one block of page text.
 * Pure TypeScript (no DOM, no extension API). Compile once, call `find` per text block.
 */
import lexiconData from '../../assets/knowledge/lexicon.json';
import { bundledPatterns } from './bundled-patterns';
import { compileMatcherInSteps, type Matcher } from './compile';
import { runToEnd } from './steps';
import type { Lexicon } from './lexicon';

export { compileMatcher, compileMatcherInSteps, type Explanation, keptReading, type Matcher, type Mention, type TextReading } from './compile';
export { explainPage, findInPage } from './find-in-page';
export { PageContext, type PageInfo } from './page-context';
export type { Lexicon } from './lexicon';

let cached: Matcher | null = null;

/**
 * The matcher for the bundled assets/knowledge/lexicon.json, compiled on first use and cached.
 * The lexicon is validated at build time (validateLexicon), so it is not re-checked here.
 */
export function getMatcher(): Matcher {
  return runToEnd(getMatcherInSteps());
}

/** getMatcher, compiled in steps (compileMatcherInSteps) when it is not cached yet. */
export function* getMatcherInSteps(): Generator<void, Matcher, void> {
  cached ??= yield* compileMatcherInSteps(lexiconData as unknown as Lexicon, bundledPatterns());
  return cached;
}
