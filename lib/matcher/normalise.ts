/**
 * The normalised view the matcher searches, with a map back to the original text.
 *
 * Normalisation, one rule per kind of character:
 *  - removed: soft hyphen U+00AD, zero-width space/non-joiner/joiner U+200B–U+200D, word joiner
 *    U+2060, BOM U+FEFF, combining grave/acute stress marks U+0300/U+0301 (Карре́ра);
 *  - every other whitespace (NBSP U+00A0, thin U+2009, narrow NBSP U+202F, tab…) → space, line
 *    breaks (CR, VT, FF, U+2028/2029) → `\n` (a line break also ends a sentence for context rules);
 *  - hyphen U+2010 and non-breaking hyphen U+2011 → `-`;
 *  - ё/Ё → е; everything else lower-cased, one code unit for one code unit.
 * Only removal changes positions; when a text has nothing to remove (the usual case) the view
 * has the same offsets as the text and no map is built.
 */
export interface MatchView {
  /** Normalised lower-case text. */
  readonly text: string;
  /** For each code unit of `text`, its index in the original; null when they are the same. */
  readonly toOriginal: Int32Array | null;
}

const REMOVABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0300\u0301]/;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /[\v\f\r\u2028\u2029]/g;
const HYPHENS = /[\u2010\u2011]/g;
const COMBINING_STRESS = /[\u0300\u0301]/;

export function makeMatchView(original: string): MatchView {
  if (!REMOVABLE.test(original)) {
    let text = original.toLowerCase();
    if (text.length === original.length) {
      if (text.includes('ё')) text = text.replace(/ё/g, 'е');
      text = text.replace(SPACES, ' ').replace(LINE_BREAKS, '\n').replace(HYPHENS, '-');
      return { text, toOriginal: null };
    }
  }
  return slowView(original);
}

function slowView(original: string): MatchView {
  const units = new Uint16Array(original.length);
  const toOriginal = new Int32Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (REMOVABLE.test(ch)) continue;
    units[n] = normaliseUnit(ch);
    toOriginal[n++] = i;
  }
  let text = '';
  for (let i = 0; i < n; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, Math.min(n, i + 8192)));
  }
  return { text, toOriginal: toOriginal.subarray(0, n) };
}

function normaliseUnit(ch: string): number {
  if (ch === 'ё' || ch === 'Ё') return 0x435; // е
  if (ch === '\u2010' || ch === '\u2011') return 0x2d;
  SPACES.lastIndex = 0;
  if (SPACES.test(ch)) return 0x20;
  LINE_BREAKS.lastIndex = 0;
  if (LINE_BREAKS.test(ch)) return 0x0a;
  const lower = ch.toLowerCase();
  return (lower.length === 1 ? lower : ch).charCodeAt(0);
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
