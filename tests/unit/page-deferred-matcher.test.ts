import { describe, expect, it } from 'vitest';
import { getMatcher, type Matcher } from '../../lib/matcher';
import { deferredMatcher } from '../../lib/page/deferred-matcher';

/** A matcher that finds nothing (what is compiled is not the point here). */
const nothing = (): Matcher => ({ find: () => [], mayMatch: () => false, explain: () => [], newPage: (info) => getMatcher().newPage(info) });

describe('matcher compiled in idle slices', () => {
  it('compiles the matcher on first use, once', () => {
    let compiled = 0;
    const matcher = deferredMatcher(function* () {
      compiled++;
      return nothing();
    });
    expect(compiled).toBe(0);
    matcher.find('a');
    matcher.find('b');
    expect(compiled).toBe(1);
  });

  it('compiles in steps while there is time, and is ready when the last step is done', () => {
    const done: number[] = [];
    const matcher = deferredMatcher(function* () {
      for (let step = 1; step <= 5; step++) {
        done.push(step);
        yield;
      }
      return nothing();
    });
    let budget = 2;
    expect(matcher.prepare(() => --budget <= 0)).toBe(false);
    expect(done).toEqual([1, 2]);
    expect(matcher.prepare(() => false)).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(matcher.prepare(() => true)).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('decides each block with what the page has said, and says when a block consulted it and when the page learned more', () => {
    const matcher = deferredMatcher(getMatcherInStepsForTest, () => ({ url: 'https://www.sports.ru/football/1.html' }));
    expect(matcher.find('Каррера заявил, что готов вернуться.')).toEqual([]);
    expect(matcher.consultedPage()).not.toBe(0);
    const before = matcher.pageVersion();
    expect(matcher.find('Массимо Каррера дал интервью.').map((m) => m.entity)).toEqual(['carrera']);
    expect(matcher.pageVersion()).toBeGreaterThan(before);
    expect(matcher.consultedPage()).toBe(0);
    expect(matcher.find('Каррера заявил, что готов вернуться.').map((m) => m.entity)).toEqual(['carrera']);
  });
});

function* getMatcherInStepsForTest(): Generator<void, Matcher, void> {
  yield;
  return getMatcher();
}

