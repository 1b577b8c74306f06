import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../lib/knowledge/entity-ids';
import { getMatcher, type Mention } from '../../lib/matcher';
import { recordRuns, runCounter } from './property-runs';

/**
 * Property tests of the matcher: whatever text a page holds, `find` never throws and every mention
 * it returns is a well-formed slice of that text. Random texts mix names the matcher knows with the
 * characters that break naive string code.
 */

/** Forms the matcher knows, so random texts do contain mentions (and near-mentions). */
const NAMES = [
  'Массимо Каррера', 'Каррера', 'Карреры', 'Каррере', 'Carrera', 'Massimo Carrera', 'Спартак', 'Спартака', '«Спартак»',
  'Челси', 'Chelsea', 'Ювентус', 'Ювентуса', 'Юве', 'Дженоа', 'Genoa', 'Антонио Конте', 'Конте', 'Conte',
  'Аленичев', 'Дмитрий Аленичев', 'Тьяго Мотта', 'Мотта', 'сборной Италии', 'Azzurri', 'тренер', 'футбол', 'матч',
];

/** Characters that trip string code: combining marks, invisible format characters, bidi controls, C0/C1 controls, lone surrogates. */
const TRICKY = [
  '\u0301', '\u0300', '\u0336', '\u0489', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F',
  '\u202A', '\u202B', '\u202E', '\u2066', '\u2069', '\u061C', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F',
  '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029', '\u00A0', '\u202F', '\u2009', '\u3000', '\u2010', '\u2011', '-',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '👨‍👩‍👧', '🇮🇹', 'é', 'ё', 'Ё', 'ß', 'İ', 'ﬁ', 'ǅ', 'Σ',
  'שלום', 'مرحبا', 'ال', 'Кар\u00ADрера', 'Карре\u0301ра', 'К\u0430ррера', '. ', '! ', '… ', '«', '»', '"', '(', ')', ' ',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\uD83D', '\uDE00', '\uD800', '\uDC00', 'a', ' '), maxLength: 6 }) },
);

/** Random text: a run of pieces, sometimes with no spaces between them, sometimes with. */
const text = fc
  .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', ' ', '\n', '\u00A0'))
  .map(([pieces, glue]) => pieces.join(glue));

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` does not fall between the two halves of a surrogate pair. */
function onCodePointBoundary(s: string, offset: number): boolean {
  if (offset <= 0 || offset >= s.length) return true;
  return !(isHigh(s.charCodeAt(offset - 1)) && isLow(s.charCodeAt(offset)));
}

/** Everything a caller of `find` relies on, checked for one text. */
function expectWellFormed(input: string, mentions: readonly Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(ENTITY_IDS).toContain(m.entity);
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd); // sorted and non-overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
    expect(onCodePointBoundary(input, m.start)).toBe(true);
    expect(onCodePointBoundary(input, m.end)).toBe(true);
    expect(m.text).toBe(input.slice(m.start, m.end));
    previousEnd = m.end;
  }
}

/** Runs per property; together they stay within a few seconds on two cores. */
const RUNS = { mixed: 3_000, anyCodePoints: 1_000, megabyte: 3 } as const;

describe('matcher properties', () => {
  const matcher = getMatcher();

  it(`returns well-formed mentions for any mix of names and tricky characters (${RUNS.mixed} random texts)`, () => {
    const runs = runCounter();
    let withMentions = 0;
    fc.assert(
      fc.property(text, (input) => {
        runs.tick();
        const mentions = matcher.find(input);
        if (mentions.length) withMentions++;
        expectWellFormed(input, mentions);
      }),
      { numRuns: RUNS.mixed },
    );
    recordRuns('matcher-mixed-texts', runs.count);
    // The generator is useful only if many of its texts do contain mentions.
    expect(withMentions).toBeGreaterThan(runs.count / 4);
  });

  it(`never throws on arbitrary code points, lone surrogates included (${RUNS.anyCodePoints} random texts)`, () => {
    const runs = runCounter();
    const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), anyUnits), (input) => {
        runs.tick();
        expectWellFormed(input, matcher.find(input));
      }),
      { numRuns: RUNS.anyCodePoints },
    );
    recordRuns('matcher-any-code-points', runs.count);
  });

  it(`handles 1 MB texts built from random pieces (${RUNS.megabyte} random texts)`, () => {
    const runs = runCounter();
    fc.assert(
      fc.property(fc.array(piece, { minLength: 20, maxLength: 60 }), (pieces) => {
        runs.tick();
        const unit = pieces.join(' ');
        const input = unit.repeat(Math.ceil(1_048_576 / Math.max(1, unit.length))).slice(0, 1_048_576);
        expectWellFormedFast(input, matcher.find(input));
      }),
      { numRuns: RUNS.megabyte },
    );
    recordRuns('matcher-megabyte-texts', runs.count);
  }, 60_000);
});

/** The same checks without an expect() per field: a 1 MB text can hold tens of thousands of mentions. */
function expectWellFormedFast(input: string, mentions: readonly Mention[]): void {
  let previousEnd = 0;
  const bad = mentions.find((m) => {
    const ok =
      ENTITY_IDS.includes(m.entity) && m.start >= previousEnd && m.end > m.start && m.end <= input.length &&
      onCodePointBoundary(input, m.start) && onCodePointBoundary(input, m.end) && m.text === input.slice(m.start, m.end);
    previousEnd = m.end;
    return !ok;
  });
  expect(bad).toBeUndefined();
}
