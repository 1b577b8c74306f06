/**
 * `mayMatch` is the content script's first look at a block (lib/page/page-scanner.ts): a block it
 * turns down is never read node by node, so a name in it would never be marked. Its promise: false
 * only for a text in which the matcher has no candidate at all, whatever the case, the spacing and
 * the look-alike letters. Checked on every line of real published text and of our own sentences,
 * as written and rewritten the ways pages write names.
 */
import { describe, expect, it } from 'vitest';
import { getMatcher } from '../../lib/matcher';
import { loadCorpus } from '../fixtures/corpus/load-corpus';
import { loadRealCorpus } from '../fixtures/real-corpus/load';

const matcher = getMatcher();
const lines = [
  ...loadRealCorpus().flatMap((s) => s.text.split('\n')),
  ...loadCorpus().map((s) => s.text),
].filter((line) => line.trim());

/** Every candidate the matcher sees in the text, marked or not (a football page, so nothing is vetoed by the address). */
function candidates(text: string): number {
  return matcher.explain(text, matcher.newPage({ url: 'https://www.sports.ru/football/' })).length;
}

/** The ways pages write the same words: shouted, spaced, broken, with look-alike letters and invisible characters. */
const REWRITES: Record<string, (text: string) => string> = {
  'upper case': (t) => t.toUpperCase(),
  'spaces doubled, lines broken': (t) => t.replace(/ /g, (_, i: number) => (i % 2 ? '  ' : '\n')),
  'no-break spaces': (t) => t.replace(/ /g, '\u00A0'),
  'Latin look-alikes in Cyrillic words': (t) => t.replace(/[аеорс]/g, (c) => ({ а: 'a', е: 'e', о: 'o', р: 'p', с: 'c' })[c]!),
  'Cyrillic look-alikes in Latin words': (t) => t.replace(/[aeopc]/g, (c) => ({ a: 'а', e: 'е', o: 'о', p: 'р', c: 'с' })[c]!),
  'Greek look-alikes': (t) => t.replace(/[оo]/g, 'ο'),
  'soft hyphens and zero-width spaces in words': (t) => t.replace(/(\p{L}{3})(?=\p{L}{3})/gu, (m, _p, i: number) => m + (i % 2 ? '\u00AD' : '\u200B')),
  'stress marks': (t) => t.replace(/([аеиоуяюы])/g, '$1\u0301'),
  'ё for е': (t) => t.replace(/е/g, 'ё'),
};

describe('mayMatch: the quick look that lets a block be skipped', () => {
  it(`says "maybe" for every line of real and written text with a candidate (${lines.length} lines)`, () => {
    const missed = lines.filter((line) => candidates(line) > 0 && !matcher.mayMatch(line));
    expect(missed).toEqual([]);
  });

  for (const [name, rewrite] of Object.entries(REWRITES)) {
    it(`says "maybe" for every such line rewritten: ${name}`, () => {
      let checked = 0;
      const missed: string[] = [];
      for (const line of lines) {
        const text = rewrite(line);
        if (candidates(text) === 0) continue;
        checked++;
        if (!matcher.mayMatch(text)) missed.push(text);
      }
      expect(checked).toBeGreaterThan(100);
      expect(missed).toEqual([]);
    });
  }

  it('turns down most lines without a candidate, so that it saves the scan work', () => {
    const without = lines.filter((line) => candidates(line) === 0);
    const turnedDown = without.filter((line) => !matcher.mayMatch(line));
    expect(without.length).toBeGreaterThan(100);
    expect(turnedDown.length / without.length).toBeGreaterThan(0.5);
  });
});
