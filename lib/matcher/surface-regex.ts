/**
 * Builds one global regular expression from all normalised surface forms, factored as a trie
 * (`карр(?:ер(?:а|ы|е|у|ой|ою))…`), so the engine tests one character class per position
 * instead of hundreds of alternatives. At each trie node longer continuations come before the
 * end of a form, so the longest form wins (Массимо Каррера over Каррера). The whole trie is
 * followed by one right word boundary by letters and digits (JavaScript `\b` is ASCII-only;
 * see COMMON_WORD_CLASS in chars.ts for why the class is written out), which also rejects a hyphen joined to a word (Спартак-2, Спартак-Алания); when
 * it fails, backtracking tries the shorter forms (Chelsea in "Chelsea FCB"). One boundary for
 * the whole pattern instead of one per form keeps V8's compile of the regex fast.
 * Spaces, hyphens and е accept their variants (chars.ts).
 */
import { patternChar, SURFACE_RIGHT_BOUNDARY } from './chars';
import { runToEnd } from './steps';

/**
 * The trie, filled a form at a time, then emitted once. It is kept as a list of strings and emitted
 * from the sorted list (a node is a run of strings with one prefix): no node objects or maps, which
 * in a page's first, cold run of this code cost more than the regex itself.
 */
export class SurfaceTrie {
  private readonly strings: string[] = [];

  add(surface: string): void {
    this.strings.push(surface);
  }

  toRegExp(): RegExp {
    return runToEnd(this.toRegExpInSteps());
  }

  /**
   * toRegExp, a first letter's forms per step (the whole trie at once was a task of 10 ms in Firefox).
   * With `known` (lib/matcher/known-patterns.ts), a pattern made before under `key` is taken as it is,
   * and one made here is put there.
   */
  *toRegExpInSteps(known?: KnownPatterns, key = 'surface'): Generator<void, RegExp, void> {
    return new RegExp(`(?:${yield* knownOr(known, key, () => emitInSteps(this.strings, patternChar))})${SURFACE_RIGHT_BOUNDARY}`, 'gu');
  }

  /**
   * A looser pattern of the same forms, for a quick first look at a text lower-cased with
   * `toLowerCase` (lib/matcher/prefilter.ts `mayName`): the spaces inside a form optional, no word
   * boundaries. What it promises: a text in which it finds nothing has no mention, however the text
   * is cut into pieces or wherever spaces are put into it (lib/page tests a block's whole text at once
   * this way, and reads node by node only the blocks it finds something in). The text is lower-cased
   * rather than each letter written as a class of its cases ([кК]: V8 took 4–5 times as long to
   * compile that, one task of 15–20 ms in a page) or the `i` flag (ten times as long); `toLowerCase`
   * is also what the matcher's view uses, so every other case of a letter (the Kelvin sign's k) is
   * folded the same way.
   */
  toPrefilterRegExp(): RegExp {
    return runToEnd(this.toPrefilterRegExpInSteps());
  }

  /** toPrefilterRegExp, a first letter's forms per step; `known` as in toRegExpInSteps. */
  *toPrefilterRegExpInSteps(known?: KnownPatterns, key = 'prefilter'): Generator<void, RegExp, void> {
    return new RegExp(yield* knownOr(known, key, () => emitInSteps(this.strings, prefilterChar)), 'u');
  }

  /** The trie as a regex source (no boundary), or null when it is empty. */
  toSource(): string | null {
    return this.strings.length === 0 ? null : `(?:${runToEnd(emitInSteps(this.strings, patternChar))})`;
  }
}

/**
 * Regex patterns made before, by a name of what they were made of: the build makes the patterns
 * every page needs once (lib/matcher/known-patterns.ts) and marking.js takes them from there, so a
 * page does not make them again. A Map: what is made where a pattern was not known is put into it.
 */
export type KnownPatterns = Map<string, string>;

/** The pattern known under `key`, or the one `make` makes (then known under `key`). */
export function* knownOr(known: KnownPatterns | undefined, key: string, make: () => Generator<void, string, void>): Generator<void, string, void> {
  const before = known?.get(key);
  if (before !== undefined) return before;
  const made = yield* make();
  known?.set(key, made);
  return made;
}

/** Regex source matching any of the strings, factored as a trie; null for none. */
export function trieSource(strings: Iterable<string>): string | null {
  const trie = new SurfaceTrie();
  for (const s of strings) trie.add(s);
  return trie.toSource();
}

/** A character of the prefilter: the spaces inside a form optional, the rest as the surface pattern has it. */
function prefilterChar(ch: string): string {
  return ch === ' ' ? '\\s*' : patternChar(ch);
}

/**
 * The trie's pattern, one step per first character: each step emits the node of the strings that
 * start with it (emitRun), and the last joins them as the root's alternatives would be.
 */
function* emitInSteps(strings: readonly string[], char: (ch: string) => string): Generator<void, string, void> {
  const sorted = [...new Set(strings)].sort();
  // Each character's pattern is made once (a trie repeats a small alphabet thousands of times).
  const patterns = new Map<string, string>();
  const charOf = (ch: string) => {
    let pattern = patterns.get(ch);
    if (pattern === undefined) patterns.set(ch, (pattern = char(ch)));
    return pattern;
  };
  const alternatives: string[] = [];
  // Sorted, an empty string (a form that ends at the root) is first.
  const terminal = sorted[0]?.length === 0;
  for (let i = terminal ? 1 : 0; i < sorted.length;) {
    const j = runEnd(sorted, i, sorted.length, 0);
    // The node of the strings starting with sorted[i]'s first character: one alternative of the root.
    alternatives.push(emitRun(sorted, i, j, 0, charOf));
    i = j;
    yield;
  }
  return nodePattern(alternatives, terminal);
}

/** A trie node's pattern from its children's: one alternative each, the end of a string (if one ends here) last. */
function nodePattern(alternatives: string[], terminal: boolean): string {
  if (terminal) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** The character (a code point, never half of one) at `depth` of sorted[i]. */
function charAt(s: string, depth: number): string {
  const code = s.charCodeAt(depth);
  const width = code >= 0xd800 && code <= 0xdbff && depth + 1 < s.length ? 2 : 1;
  return s.slice(depth, depth + width);
}

/** The end of the run of sorted[i..to) that share sorted[i]'s character at `depth`: one child of a trie node. */
function runEnd(sorted: readonly string[], i: number, to: number, depth: number): number {
  const ch = charAt(sorted[i]!, depth);
  let j = i + 1;
  while (j < to && sorted[j]!.startsWith(ch, depth)) j++;
  return j;
}

/**
 * The pattern of the trie node whose strings are sorted[from..to), all sharing their first `depth`
 * code units: one alternative per next character (a run of the sorted list), longer continuations
 * before the end of a string that stops here (sorted first, emitted last), so the longest form wins.
 */
function emitRun(sorted: readonly string[], from: number, to: number, depth: number, char: (ch: string) => string): string {
  const alternatives: string[] = [];
  const terminal = sorted[from]!.length === depth;
  for (let i = terminal ? from + 1 : from; i < to;) {
    // A character outside the Basic Multilingual Plane is one node (two code units), never half of one.
    const ch = charAt(sorted[i]!, depth);
    const j = runEnd(sorted, i, to, depth);
    alternatives.push(char(ch) + emitRun(sorted, i, j, depth + ch.length, char));
    i = j;
  }
  return nodePattern(alternatives, terminal);
}
