/**
 * Cues: the words that context rules look for (syntax in lib/matcher/lexicon.ts).
 * Compiled once per form group; checked only for candidate mentions, never per text.
 * A whole-word cue is not found inside a hyphenated word: `премьер` is not in `премьер-лиги`.
 */

import { canonical, endsWord, isWordChar, RIGHT_BOUNDARY } from './chars';
import { runToEnd } from './steps';
import { type KnownPatterns, knownOr, trieSource } from './surface-regex';

/** A compiled cue list: whole words, prefixes, suffixes, and one regex for searching spans. */
export interface CueList {
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** Finds whole-word or prefix cues (left boundary checked by spanHasCue); null for an empty list. */
  readonly search: RegExp | null;
  /** The same cues, matched only at `lastIndex` (cueAt); null for an empty list. */
  readonly sticky: RegExp | null;
}

export function normaliseCue(cue: string): string {
  return canonical(cue.toLowerCase());
}

/**
 * A cue list compiled. With `known` (lib/matcher/known-patterns.ts), its tries' patterns are those known
 * under `key` if there are (made at build time), and those made here are put there.
 */
export function compileCues(cues: readonly string[] | undefined, cueSets: Record<string, string[]>, known?: KnownPatterns, key = cueListKey(cues)): CueList {
  const flat: string[] = [];
  for (const cue of cues ?? []) {
    if (cue.startsWith('@')) flat.push(...(cueSets[cue.slice(1)] ?? []));
    else flat.push(cue);
  }
  const words = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const raw of flat) {
    const cue = normaliseCue(raw);
    if (cue.startsWith('*')) suffixes.push(cue.slice(1));
    else if (cue.endsWith('*')) prefixes.push(cue.slice(0, -1));
    else words.add(cue);
  }
  // The regex and its source are made on first use: most lists are read only when a candidate of
  // their group turns up, and making all of them at once was the longest step of compiling the
  // matcher in a page.
  let pattern: string | undefined;
  let search: RegExp | null | undefined;
  let sticky: RegExp | null | undefined;
  const source = () => (pattern ??= cuePattern(words, prefixes, known, key));
  return {
    words,
    prefixes,
    suffixes,
    get search() {
      if (search === undefined) search = source() ? new RegExp(pattern!, 'gu') : null;
      return search;
    },
    get sticky() {
      if (sticky === undefined) sticky = source() ? new RegExp(pattern!, 'yu') : null;
      return sticky;
    },
  };
}

/** The name of a cue list as written in the lexicon: lists written alike are one list. */
export function cueListKey(cues: readonly string[] | undefined): string {
  return JSON.stringify(cues ?? []);
}

/**
 * One regex source for whole-word and prefix cues, factored as tries (one character class per
 * position, not hundreds of alternatives: the football list is read over whole blocks for the
 * evidence). No lookbehind for the left word boundary: it would run at every position of the span;
 * findCue checks the character before each hit instead. Empty for an empty list.
 */
function cuePattern(words: ReadonlySet<string>, prefixes: readonly string[], known: KnownPatterns | undefined, key: string): string {
  const alternatives: string[] = [];
  const wordSource = knownTrieSource(known, `${key} words`, words);
  if (wordSource) alternatives.push(`${wordSource}${RIGHT_BOUNDARY}`);
  const prefixSource = knownTrieSource(known, `${key} prefixes`, prefixes);
  if (prefixSource) alternatives.push(prefixSource);
  return alternatives.join('|');
}

/** trieSource, known under `key` (without the word boundary the list's pattern adds: it is the same in every list). */
function knownTrieSource(known: KnownPatterns | undefined, key: string, strings: Iterable<string>): string | null {
  // An empty list's trie is known as '' (it has no pattern).
  return runToEnd(knownOr(known, key, function* () {
    return trieSource(strings) ?? '';
  })) || null;
}

/** Whether one word (lower-case, canonical) is in the list: exact, by prefix or by suffix. */
export function wordMatchesCue(word: string, list: CueList): boolean {
  if (list.words.has(word)) return true;
  for (const p of list.prefixes) if (word.startsWith(p)) return true;
  for (const s of list.suffixes) if (word.length > s.length && word.endsWith(s)) return true;
  return false;
}

/** Whether a cue of the list (whole words or prefix, possibly several words) starts at `pos`. */
export function cueAt(text: string, pos: number, list: CueList): boolean {
  return cueEndAt(text, pos, list) >= 0;
}

/** The end of the cue of the list that starts at `pos`, or -1 when none does. */
export function cueEndAt(text: string, pos: number, list: CueList): number {
  if (list.sticky === null) return -1;
  list.sticky.lastIndex = pos;
  const m = list.sticky.exec(text);
  return m !== null && cueEndsRight(text, pos, m[0], list) ? pos + m[0].length : -1;
}

/** Whether the normalised span contains a cue of the list. */
export function spanHasCue(span: string, list: CueList): boolean {
  return findCue(span, list) !== null;
}

/** The first cue of the list in the normalised span, as written there; null when there is none. */
export function findCue(span: string, list: CueList): string | null {
  const re = list.search;
  if (re === null) return null;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(span)) !== null) {
    if (!isWordChar(span[m.index - 1]) && cueEndsRight(span, m.index, m[0], list)) return m[0];
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** A cue found in a text: where, and as written there. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every cue of the list in the normalised text, in order (one pass, for many look-ups in one text). */
export function allCues(text: string, list: CueList): CueHit[] {
  const hits: CueHit[] = [];
  const re = list.search;
  if (re === null) return hits;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!isWordChar(text[m.index - 1]) && cueEndsRight(text, m.index, m[0], list)) {
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      re.lastIndex = m.index + m[0].length;
    } else re.lastIndex = m.index + 1;
  }
  return hits;
}

/**
 * The exact right boundary of a hit: a prefix cue may run on into its word, a whole word may
 * not. (The regex's RIGHT_BOUNDARY knows the letters of Latin, Greek and Cyrillic only.)
 */
function cueEndsRight(text: string, index: number, hit: string, list: CueList): boolean {
  if (endsWord(text, index + hit.length)) return true;
  const cue = canonical(hit);
  return list.prefixes.some((p) => cue.startsWith(p));
}

export { isWordChar };
