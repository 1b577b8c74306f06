import type { Lexicon } from './lexicon';
import { viewDiffers } from './normalise';
import { SurfaceTrie } from './surface-regex';
import { surfaceKeysOf } from './surfaces';

/**
 * The matcher's quick look (`Matcher.mayMatch`) without the matcher: the looser regex of every
 * surface form of the lexicon (SurfaceTrie.toPrefilterRegExp), of the keys the compile reads too (surfaces.ts).
 * The build makes it once and puts only the regex into the content script (lib/content/page-prefilter.ts),
 * which uses it to tell whether a page may name one of ours before it loads the matcher.
 */
export function prefilterOf(lexicon: Lexicon): RegExp {
  const trie = new SurfaceTrie();
  for (const key of surfaceKeysOf(lexicon)) trie.add(key);
  return trie.toPrefilterRegExp();
}

/**
 * What `Matcher.mayMatch` says, given its prefilter: false only when the matcher finds nothing in
 * `text`, nor in any piece of it, nor with spaces put into it.
 */
export function mayName(text: string, prefilter: RegExp): boolean {
  return viewDiffers(text) || prefilter.test(text.toLowerCase());
}
