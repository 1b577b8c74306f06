import { describe, expect, it } from 'vitest';
import { canonical, COMMON_WORD_CLASS, endsWord, isLineBreak, isSpace, isWordChar } from '../../lib/matcher/chars';

const listed = new RegExp(`^[${COMMON_WORD_CLASS}]$`, 'u');
const property = /^[\p{L}\p{N}]$/u;
const COVERED: [number, number][] = [[0x0000, 0x052f], [0x1e00, 0x1fff]];

describe('COMMON_WORD_CLASS (the letters and digits the patterns list instead of \\p{L}\\p{N})', () => {
  it('is exactly the Unicode letters and digits of the Latin, Greek and Cyrillic blocks it covers', () => {
    const wrong: string[] = [];
    for (const [from, to] of COVERED) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCharCode(code);
        if (listed.test(ch) !== property.test(ch)) wrong.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists no character outside those blocks, so it never calls a non-letter a letter', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (COVERED.some(([from, to]) => code >= from && code <= to)) continue;
      if (listed.test(String.fromCharCode(code))) throw new Error(`U+${code.toString(16)} is listed but outside the covered blocks`);
    }
  });
});

describe('endsWord (the exact right boundary)', () => {
  it('rejects a letter or digit of any script and a hyphen joined to one, accepts the rest', () => {
    expect(isWordChar('ก')).toBe(true);
    expect(endsWord('Спартакก', 7)).toBe(false);
    expect(endsWord('Спартак-2', 7)).toBe(false);
    expect(endsWord('Спартак-ก', 7)).toBe(false);
    expect(endsWord('Спартак - 2', 7)).toBe(true);
    expect(endsWord('Спартак', 7)).toBe(true);
    expect(endsWord('Спартак»', 7)).toBe(true);
  });
});

describe('the character tests answer like their regular expressions for every code unit', () => {
  it('isWordChar, isSpace and isLineBreak (their code-point shortcuts) and canonical (its early return)', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      if (isWordChar(ch) !== /[\p{L}\p{N}]/u.test(ch)) wrong.push(`isWordChar ${name}`);
      if (isSpace(ch) !== /\s/.test(ch)) wrong.push(`isSpace ${name}`);
      if (isLineBreak(ch) !== /[\n\v\f\r\u2028\u2029]/.test(ch)) wrong.push(`isLineBreak ${name}`);
      for (const s of [`a${ch}b`, `${ch}${ch}`]) {
        const expected = s.replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/[\u2010\u2011]/g, '-');
        if (canonical(s) !== expected) wrong.push(`canonical ${name}`);
      }
    }
    expect(wrong).toEqual([]);
    expect([isWordChar('𝐀'), isSpace('  '), isLineBreak('a\n'), canonical('массимо  карр\u0451ра')]).toEqual([true, true, true, 'массимо каррера']);
  });
});
