import { describe, expect, it } from 'vitest';
import { deferredMatcher } from '../../lib/page/deferred-matcher';

describe('matcher compiled in idle slices', () => {
  it('compiles the matcher on first use, once', () => {
    let compiled = 0;
    const matcher = deferredMatcher(function* () {
      compiled++;
      return { find: () => [] };
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
      return { find: () => [] };
    });
    let budget = 2;
    expect(matcher.prepare(() => --budget <= 0)).toBe(false);
    expect(done).toEqual([1, 2]);
    expect(matcher.prepare(() => false)).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(matcher.prepare(() => true)).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });
});
