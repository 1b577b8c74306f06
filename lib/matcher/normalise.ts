/**
 * The view the matcher searches, with a map back to the original text.
 *
 * The view is the text lower-cased (one code unit for one code unit) with the invisible
 * characters that can sit inside a word removed: soft hyphen U+00AD, zero-width space, non-joiner
 * and joiner U+200B–U+200D, word joiner U+2060, BOM U+FEFF, and the combining grave and acute
 * stress marks U+0300/U+0301 (Карре́ра). ё/е, the kinds of space and the kinds of hyphen are not
 * rewritten: the compiled patterns accept every variant (chars.ts).
 * When a text has nothing to remove (the usual case) the view has the text's offsets and no map
 * is built; otherwise `toOriginal` maps each view position to its original one.
 *
 * Look-alike letters of another alphabet inside a word are folded into the word's own alphabet,
 * one code unit for one: «Спартаκе» with a Greek kappa reads as «спартаке», «чтο» with a Greek
 * omicron as «что», "Μassimo" with a Greek capital Mu as "massimo", "Сarrera" with a Cyrillic Es as
 * "carrera". Copied and spam-rewritten news pages do this. A word's alphabet is the one most of its
 * Cyrillic and Latin letters are in; a word without a majority is left alone.
 */
export interface MatchView {
  /** Lower-case text without invisible characters. */
  readonly text: string;
  /** For each code unit of `text`, its index in the original; null when they are the same. */
  readonly toOriginal: Int32Array | null;
}

const INVISIBLE_CLASS = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0300\\u0301]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS);
const EVERY_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'g');

/** The text without the invisible characters the view drops (for reading the original's capitals after a candidate). */
export function withoutInvisible(text: string): string {
  return text.replace(EVERY_INVISIBLE, '');
}
const COMBINING_STRESS = /[\u0300\u0301]/;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** A Cyrillic letter next to a Latin or Greek one, or a Latin next to a Greek one: a word may mix alphabets. */
/** A run of Latin or Greek letters. */
const LATIN_OR_GREEK_RUN = /[A-Za-z\u0370-\u03FF]+/g;
const CYRILLIC_OR_GREEK = /[\u0400-\u04FF\u0370-\u03FF]/;
const GREEK = /[\u0370-\u03FF]/;
const LATIN = /[A-Za-z]/;

/**
 * A Cyrillic letter next to a Latin or Greek one, or a Latin next to a Greek one: a word may mix
 * alphabets. Read by the runs of Latin and Greek letters (few in a Russian text; in a text without
 * Cyrillic or Greek there is nothing to look at): a run mixes when a Cyrillic letter touches it or
 * it holds both Latin and Greek letters.
 */
function mixesScripts(text: string): boolean {
  if (!CYRILLIC_OR_GREEK.test(text)) return false;
  LATIN_OR_GREEK_RUN.lastIndex = 0;
  for (let run = LATIN_OR_GREEK_RUN.exec(text); run; run = LATIN_OR_GREEK_RUN.exec(text)) {
    const before = text.charCodeAt(run.index - 1);
    const after = text.charCodeAt(run.index + run[0].length);
    if ((before >= 0x400 && before <= 0x4ff) || (after >= 0x400 && after <= 0x4ff)) return true;
    if (GREEK.test(run[0]) && LATIN.test(run[0])) return true;
  }
  return false;
}

/**
 * True when the matcher's view of the text differs from the text beyond case: a character it drops,
 * or a word mixing alphabets whose look-alike letters it folds. A quick look at the text's own
 * characters (mayMatch) cannot speak for such a text.
 */
export function viewDiffers(text: string): boolean {
  return INVISIBLE.test(text) || mixesScripts(text);
}

export function makeMatchView(original: string): MatchView {
  if (!INVISIBLE.test(original)) {
    const text = original.toLowerCase();
    if (text.length === original.length) {
      return mixesScripts(original) ? { text: foldLookAlikes(text), toOriginal: null } : { text, toOriginal: null };
    }
  }
  const view = rewrite(original);
  return mixesScripts(view.text) ? { text: foldLookAlikes(view.text), toOriginal: view.toOriginal } : view;
}

/** Lower-case look-alikes, each to its twin in the other alphabet (after lower-casing: Η→η→н, Μ→μ→м). */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  α: 'а', β: 'в', ε: 'е', η: 'н', κ: 'к', μ: 'м', ο: 'о', ρ: 'р', τ: 'т', υ: 'у', χ: 'х',
};
const TO_LATIN: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', і: 'i', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  α: 'a', β: 'b', ε: 'e', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z',
};
const WORD = /[\p{L}\p{M}]+/gu;

/** Folds the look-alike letters of each mixed word into the alphabet most of its letters are in. */
function foldLookAlikes(text: string): string {
  return text.replace(WORD, (word) => {
    let cyrillic = 0;
    let latin = 0;
    for (const ch of word) {
      if (ch >= '\u0400' && ch <= '\u04FF') cyrillic++;
      else if ((ch >= 'a' && ch <= 'z') || (ch >= '\u00E0' && ch <= '\u024F')) latin++;
    }
    const table = cyrillic > latin ? TO_CYRILLIC : latin > cyrillic ? TO_LATIN : null;
    if (!table) return word;
    let out = '';
    for (const ch of word) out += table[ch] ?? ch;
    return out;
  });
}

/** One pass over the code units: drop invisible ones, lower-case the others one for one. */
function rewrite(original: string): MatchView {
  const length = original.length;
  const units = new Uint16Array(length);
  const toOriginal = new Int32Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const mapped = mapUnit(original.charCodeAt(i));
    if (mapped < 0) continue;
    units[n] = mapped;
    toOriginal[n++] = i;
  }
  // Same length out as in: a lone surrogate half becomes U+FFFD, which no form contains.
  const text = UTF16.decode(units.subarray(0, n));
  return { text, toOriginal: n === length ? null : toOriginal.subarray(0, n) };
}

/** The view's code unit for an original one, or -1 to drop it. */
function mapUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c; // A-Z
  if (c >= 0x410 && c <= 0x42f) return c + 32; // А-Я
  if (c >= 0x430 && c <= 0x44f) return c; // а-я
  switch (c) {
    case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0x0300: case 0x0301:
      return -1;
  }
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogate halves stay as they are
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Index in the original text of the view's code unit `index`. */
export function originalIndex(view: MatchView, index: number): number {
  return view.toOriginal ? view.toOriginal[index]! : index;
}

/**
 * Maps the view span [start, end) back to the original text. The result starts on the first
 * character of the span and ends after its last one, plus any stress marks that follow it (they
 * belong to the last letter), so it never splits a code point or a stressed letter.
 */
export function originalSpan(view: MatchView, original: string, start: number, end: number): [number, number] {
  if (!view.toOriginal) return [start, end];
  const from = view.toOriginal[start]!;
  let to = view.toOriginal[end - 1]! + 1;
  while (to < original.length && COMBINING_STRESS.test(original[to]!)) to++;
  return [from, to];
}
