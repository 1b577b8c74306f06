/**
 * Characters the matcher treats as the same. Rather than rewriting every text, the compiled
 * patterns accept each variant, so a text needs rewriting only to drop invisible characters
 * (see normalise.ts):
 *  - е matches е and ё (ё/Ё is often written е: Алёничев, ещё);
 *  - a space between words matches any run of whitespace: spaces, NBSP U+00A0, thin space
 *    U+2009, narrow NBSP U+202F, other U+2000–U+200A spaces, tabs and line breaks;
 *  - a hyphen matches -, U+2010 and the non-breaking hyphen U+2011.
 */
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The letters and digits (`\p{L}`, `\p{N}`) of the Latin, Greek and Cyrillic blocks (U+0000–U+052F,
 * U+1E00–U+1FFF) written out as the body of a regex character class. Patterns use this instead of
 * `[\p{L}\p{N}]`: V8 builds the whole Unicode property set for every regex that names it, which
 * cost about 0.25 ms per cue regex and 6 ms for the surface regex, all in the page's first scan
 * task. A letter of another script after a form is caught by the exact check (isWordChar) in the
 * matcher. tests/unit/matcher-chars.test.ts proves the list equals the property classes there.
 */
export const COMMON_WORD_CLASS = '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC';

/** Regex source: not followed by a letter or digit, nor by a hyphen joined to one (Спартак-2). */
export const RIGHT_BOUNDARY = `(?![${COMMON_WORD_CLASS}]|[\\-\\u2010\\u2011][${COMMON_WORD_CLASS}])`;

/**
 * A score after a club's name joined by a hyphen to its opponent's: "Genoa-Bologna 0-1",
 * «Италия-Бельгия 2:0». The hyphen then separates two names instead of making one word
 * (Спартак-2, Спартак-Алания). Matched right after the hyphen.
 */
const FIXTURE_SCORE = `[${COMMON_WORD_CLASS}]+(?:\\s[${COMMON_WORD_CLASS}]+)?\\s+\\d{1,2}\\s*[-:\\u2013]\\s*\\d{1,2}(?!\\d)`;
const FIXTURE_AFTER_HYPHEN = new RegExp(`^${FIXTURE_SCORE}`);
const SCORE_AFTER = /^\s+\d{1,2}\s*[-:\u2013]\s*\d{1,2}(?!\d)/;

/**
 * The surface regex's right boundary: no letter or digit. A hyphen joined to a word after a form is
 * judged in code (lib/matcher/compile.ts), where capitals and scores can be read.
 */
export const SURFACE_RIGHT_BOUNDARY = `(?![${COMMON_WORD_CLASS}])`;

/** At `end`, a hyphen joining this name to its opponent's in a fixture with a score. */
export function fixtureFollows(text: string, end: number): boolean {
  return isHyphen(text[end]) && FIXTURE_AFTER_HYPHEN.test(text.slice(end + 1, end + 60));
}

/** Before `start`, a hyphen joining the opponent's name to this one, and a score after this name. */
export function fixtureAround(text: string, start: number, end: number): boolean {
  return isHyphen(text[start - 1]) && SCORE_AFTER.test(text.slice(end, end + 20));
}

/*
 * The tests below are called for every character around every candidate: one code unit's usual
 * answers (ASCII, Cyrillic) come from its code, and the regex decides the rest exactly.
 */
/** Any letter or digit of any script. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) return true;
  }
  return WORD_CHAR.test(ch);
}

/** No letter or digit at `end`, nor a hyphen joined to one: the exact form of RIGHT_BOUNDARY. */
export function endsWord(text: string, end: number): boolean {
  const next = text[end];
  if (isWordChar(next)) return false;
  return !(isHyphen(next) && isWordChar(text[end + 1]));
}
const LINE_BREAK = /[\n\v\f\r\u2028\u2029]/;
/** What canonical() changes: ё, the other hyphens, a space that is not U+0020, two spaces in a row. */
const NOT_CANONICAL = /[ё\u2010\u2011]|[^\S ]| {2}/;
const HYPHENS = '-\u2010\u2011';

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (c >= 0x400 && c <= 0x52f) return false;
  }
  return SPACE.test(ch);
}

export function isLineBreak(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    return (c >= 0x0a && c <= 0x0d) || c === 0x2028 || c === 0x2029;
  }
  return LINE_BREAK.test(ch);
}

export function isHyphen(ch: string | undefined): boolean {
  return ch !== undefined && HYPHENS.includes(ch);
}

/** Regex source for one lower-case character of a form or cue, accepting its variants. */
export function patternChar(ch: string): string {
  if (ch === 'е' || ch === 'ё') return '[её]';
  if (ch === ' ') return '\\s+';
  if (ch === '-') return '[\\-\\u2010\\u2011]';
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** The one spelling of a lower-case form or word: ё → е, whitespace runs → one space, hyphens → -. */
export function canonical(s: string): string {
  // Most forms found are already in their one spelling.
  if (!NOT_CANONICAL.test(s)) return s;
  return s.replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/[\u2010\u2011]/g, '-');
}

/**
 * A flat copy of a string cut from a longer one: V8 keeps a cut of 13 or more characters (and a string
 * built from one) as a view into the whole text, which what the matcher keeps of a block (its
 * reading) must not hold alive.
 */
export function flatCopy(text: string): string {
  return (' ' + text).slice(1);
}
