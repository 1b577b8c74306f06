import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../lib/matcher';
import { makeMatchView, originalSpan } from '../../lib/matcher/normalise';

describe('normalised view', () => {
  it('only lower-cases a text with nothing invisible in it: same offsets, no map', () => {
    const view = makeMatchView('Ещё  Массимо\u00A0Каррера\u2009и\u202FКОНТЕ\u2011младший\r\n');
    expect(view.toOriginal).toBeNull();
    expect(view.text).toBe('ещё  массимо\u00A0каррера\u2009и\u202Fконте\u2011младший\r\n');
  });

  it('matches ё as е, every kind of space between words and every kind of hyphen', () => {
    const text = 'Дмитрий\u2009Алёничев, МАССИМО\u00A0\u00A0КАРРЕРА и «красно\u2011белые»\nСпартак';
    expect(getMatcher().find(text).map((m) => `${m.entity}:${m.start}-${m.end}`)).toEqual([
      'alenichev:0-16', 'carrera:18-34', 'spartak:38-50', 'spartak:52-59',
    ]);
  });

  it('folds a Greek look-alike inside a Latin word in a text without Cyrillic, and leaves whole Greek words alone', () => {
    expect(makeMatchView('Μassimo Carrera met Antonio Cοnte.').text).toBe('massimo carrera met antonio conte.');
    expect(makeMatchView('Carrera read the word λόγος.').text).toBe('carrera read the word λόγος.');
    expect(makeMatchView('Каррера: «Μы готовы»').text).toBe('каррера: «мы готовы»');
  });

  it('removes soft hyphens, zero-width characters and stress marks and maps every unit back', () => {
    const original = 'Кар\u00ADре\u0301ра и Ю\u200Bве\u200C\u200D\u2060\uFEFF';
    const view = makeMatchView(original);
    expect(view.text).toBe('каррера и юве');
    expect(view.toOriginal).not.toBeNull();
    for (let i = 0; i < view.text.length; i++) {
      const back = original[view.toOriginal![i]!]!;
      expect(makeMatchView(back).text).toBe(view.text[i]);
    }
  });

  it('maps a span back so that it covers the soft hyphen inside and the stress mark after the last letter', () => {
    const original = '«Мотта\u0301» и Кар\u00ADрера';
    const view = makeMatchView(original);
    expect(originalSpan(view, original, 1, 6)).toEqual([1, 7]);
    const [from, to] = originalSpan(view, original, 10, 17);
    expect(original.slice(from, to)).toBe('Кар\u00ADрера');
  });

  it('lower-cases one code unit for one code unit even where JavaScript would grow the string (İ)', () => {
    const original = 'İstanbul: Массимо Каррера';
    const view = makeMatchView(original);
    expect(view.text.length).toBe(original.length);
    expect(getMatcher().find(original)).toEqual([{ entity: 'carrera', start: 10, end: 25, text: 'Массимо Каррера' }]);
  });
});

describe('mentions in text with invisible characters', () => {
  const invisible = fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0301');
  const sentence = 'Экс-наставник «Спартака» Массимо Каррера помогал Конте в «Челси» и в сборной Италии.';

  it('finds the same mentions wherever such characters are inserted, and each mention is the original text between its offsets', () => {
    const plain = getMatcher().find(sentence).map((m) => [m.entity, m.text]);
    expect(plain.map(([e]) => e)).toEqual(['spartak', 'carrera', 'conte', 'chelsea', 'italy']);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(sentence.length), invisible), { maxLength: 12 }), (inserts) => {
        let text = sentence;
        for (const [at, ch] of [...inserts].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + ch + text.slice(at);
        const found = getMatcher().find(text);
        expect(found.map((m) => m.entity)).toEqual(plain.map(([e]) => e));
        const clean = (t: string) => t.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF\u0301]/g, '');
        expect(found.map((m) => clean(m.text))).toEqual(plain.map(([, t]) => t));
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(/[\u00AD\u200B-\u200D\u2060\uFEFF\u0301]/.test(m.text[0]!)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never starts or ends a mention inside a surrogate pair', () => {
    const text = '😀Каррера😀 и 𝒜 Конте 😀';
    const found = getMatcher().find(text);
    expect(found.map((m) => m.text)).toEqual(['Каррера', 'Конте']);
    for (const m of found) {
      expect(text.codePointAt(m.start)).toBe(m.text.codePointAt(0));
      expect(/[\uDC00-\uDFFF]/.test(text[m.end] ?? '')).toBe(false);
    }
  });
});
