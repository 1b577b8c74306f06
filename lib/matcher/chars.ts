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
const LINE_BREAK = /[\n\v\f\r\u2028\u2029]/;
const HYPHENS = '-\u2010\u2011';

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

export function isLineBreak(ch: string | undefined): boolean {
  return ch !== undefined && LINE_BREAK.test(ch);
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
  return s.replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/[\u2010\u2011]/g, '-');
}
