import lexicon from '../../assets/knowledge/lexicon.json';
import type { Lexicon } from '../matcher/lexicon';
import { prefilterOf } from '../matcher/prefilter';

/**
 * The quick look the content script takes at a page before it loads the matcher (lib/content/name-gate.ts):
 * the matcher's own prefilter (lib/matcher/prefilter.ts). In the extension's build this module is
 * replaced by the regex alone, made from the lexicon at build time (wxt.config.ts, plugin
 * `carrera-lens-prefilter`): the content script every matching page loads carries neither the
 * lexicon nor the code that compiles it. Here (tests, Node) it is made from the lexicon on first use.
 */
let made: RegExp | null = null;

export function pagePrefilter(): RegExp {
  made ??= prefilterOf(lexicon as unknown as Lexicon);
  return made;
}
