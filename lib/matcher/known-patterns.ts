import { compileMatcherInSteps } from './compile';
import type { Lexicon } from './lexicon';
import { runToEnd } from './steps';
import type { KnownPatterns } from './surface-regex';

/**
 * The regex patterns a page's compile of this lexicon makes every time: the surface trie's, the
 * prefilter's, and those of the cue lists every page reads (the block's football words, the page's
 * cues, the words around a name). Made here, by a compile that records them, for the build to put into
 * marking.js (wxt.config.ts, plugin `carrera-lens-patterns`, through lib/matcher/bundled-patterns.ts):
 * in a page, making them was a large part of the matcher's compile (the tries emitted character by
 * character, in cold code: docs/performance.md). A form group's own lists, read only where one of its
 * forms turns up, are still made on first use (the compile's warm-up makes some of them: not recorded).
 */
export function knownPatternsOf(lexicon: Lexicon): KnownPatterns {
  const known: KnownPatterns = new Map();
  runToEnd(compileMatcherInSteps(lexicon, known));
  return known;
}
