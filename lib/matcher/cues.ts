/**
 * Cues: the words that context rules look for (syntax in lib/matcher/lexicon.ts).
 * Compiled once per form group; checked only for candidate mentions, never per text.
 * A whole-word cue is not found inside a hyphenated word: `премьер` is not in `премьер-лиги`.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A compiled cue list: whole words, prefixes, suffixes, and one regex for searching spans. */
export interface CueList {
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** Finds any whole-word or prefix cue in a normalised span; null for an empty list. */
  readonly search: RegExp | null;
}

export function normaliseCue(cue: string): string {
  return cue.toLowerCase().replace(/ё/g, 'е');
}

export function compileCues(cues: readonly string[] | undefined, cueSets: Record<string, string[]>): CueList {
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
  const source = (list: Iterable<string>) => [...list].map((c) => escapeRegExp(c).replace(/ /g, ' +')).join('|');
  const alternatives: string[] = [];
  if (words.size) alternatives.push(`(?:${source(words)})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`);
  if (prefixes.length) alternatives.push(source(prefixes));
  const search = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'u')
    : null;
  return { words, prefixes, suffixes, search };
}

/** Whether one (normalised) word is in the list: exact, by prefix or by suffix. */
export function wordMatchesCue(word: string, list: CueList): boolean {
  if (list.words.has(word)) return true;
  for (const p of list.prefixes) if (word.startsWith(p)) return true;
  for (const s of list.suffixes) if (word.length > s.length && word.endsWith(s)) return true;
  return false;
}

/** Whether the normalised span contains a cue of the list. */
export function spanHasCue(span: string, list: CueList): boolean {
  return list.search !== null && list.search.test(span);
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
