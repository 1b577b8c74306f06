/**
 * The matcher on real published text (tests/fixtures/real-corpus/): the number we quote is the test
 * split's, which is never read while the matcher is changed (tune on the dev split with
 * `npx tsx scripts/corpus.ts score`). Every miss and false mark of the test split is printed.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../lib/knowledge/entity-ids';
import { findInSnippet } from '../fixtures/real-corpus/find';
import { LANGS, loadRealCorpus, splitOf, TEST_SHARE_PERCENT } from '../fixtures/real-corpus/load';
import { describeScore, scoreSnippets } from '../fixtures/real-corpus/score';

/**
 * The targets (README), and the guard below which the suite fails. The guard catches a regression of
 * the matcher, so it is measured on a fixed set: the test snippets there were when it was last set (ids
 * up to `upTo` in each language). A new round of fresh text, which scores lower before any tuning, moves
 * the number we quote (the whole test split) but cannot fail the suite by itself. It sits a little under
 * what the matcher reached on that set when it was set (0.951 / 0.923 on 661 snippets, stop 25; the whole
 * split's guard had been 0.95 / 0.90), short of the targets, and is raised, with `upTo`, as the matcher
 * gets there (the issue asks for 0.98 / 0.97 once the targets are met).
 */
const TARGET = { precision: 0.99, recall: 0.98 };
const GUARD = { precision: 0.945, recall: 0.915, upTo: { en: 'en-0718', it: 'it-0771', ru: 'ru-0774' } };

const corpus = loadRealCorpus();
const test = corpus.filter((s) => splitOf(s.source) === 'test');

describe('the real-text corpus', () => {
  it('has at least 500 snippets of real text, 150 of them hard negatives, from many pages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(corpus.filter((s) => s.hard).length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((s) => s.source)).size).toBeGreaterThanOrEqual(200);
  });

  it('covers every entity in Russian and in English, and has Italian', () => {
    for (const lang of ['ru', 'en'] as const) {
      const entities = new Set(corpus.filter((s) => s.lang === lang).flatMap((s) => s.mentions.map((m) => m.entity)));
      expect([...ENTITY_IDS].filter((id) => !entities.has(id)), lang).toEqual([]);
    }
    expect(corpus.some((s) => s.lang === 'it')).toBe(true);
  });

  it('splits by page: about 30 % for test, every snippet of a page on one side', () => {
    const share = test.length / corpus.length;
    expect(Math.abs(share - TEST_SHARE_PERCENT / 100)).toBeLessThan(0.05);
    const sides = new Map<string, Set<string>>();
    for (const s of corpus) sides.set(s.source, (sides.get(s.source) ?? new Set()).add(splitOf(s.source)));
    expect([...sides.values()].filter((set) => set.size > 1)).toEqual([]);
    for (const lang of LANGS) expect(test.some((s) => s.lang === lang), lang).toBe(true);
  });
});

describe('the matcher on the test split of real text', () => {
  const score = scoreSnippets(test, findInSnippet);
  const report = describeScore('test split', score);
  const met = (p: number, r: number) => `precision ${p.toFixed(3)} (target ${TARGET.precision}), recall ${r.toFixed(3)} (target ${TARGET.recall})`;
  const guarded = test.filter((s) => s.id <= GUARD.upTo[s.lang]);
  // Until a new round enters the test split, the guarded set is the whole split: scored once.
  const kept = guarded.length === test.length ? score : scoreSnippets(guarded, findInSnippet);

  it(`stays above precision ${GUARD.precision} and recall ${GUARD.recall} on the test snippets it was set on, listing each miss and false mark of the split`, () => {
    const guardLine = `guard set (${guarded.length} snippets up to ${Object.values(GUARD.upTo).join(', ')}): precision ${kept.precision.toFixed(3)}, recall ${kept.recall.toFixed(3)}`;
    console.log(`${report}\n${met(score.precision, score.recall)}\n${guardLine}`);
    expect(kept.precision, `${guardLine}\n${report}`).toBeGreaterThanOrEqual(GUARD.precision);
    expect(kept.recall, `${guardLine}\n${report}`).toBeGreaterThanOrEqual(GUARD.recall);
  });

  it('guards a set that only grows: every language\'s snippets up to its last guarded id are still there', () => {
    for (const lang of LANGS) expect(corpus.some((s) => s.id === GUARD.upTo[lang]), GUARD.upTo[lang]).toBe(true);
  });
});
