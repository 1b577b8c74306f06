import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { getMatcher, type Matcher } from '../../lib/matcher';
import { deferredMatcher } from '../../lib/page/deferred-matcher';

/** A matcher that finds nothing (what is compiled is not the point here). */
const nothing = (): Matcher => {
  const matcher = getMatcher();
  const empty = matcher.read('');
  return {
    find: () => [], mayMatch: () => false, explain: () => [], newPage: (info) => matcher.newPage(info),
    read: () => empty, mentionsOf: () => [], explanationsOf: () => [],
  };
};

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

  it('begins no compile step late in a slice, so a heavy step never runs after others in one long task', () => {
    // Steps of 0.4, 0.4, 4 and 8 ms (a regex compiled at its first search is such a step): begun
    // while the slice had time, the 8 ms one made a slice of 12.8 ms.
    const costs = [0.4, 0.4, 4, 8];
    let clock = 0;
    const slices: number[][] = [];
    const matcher = deferredMatcher(function* () {
      for (const [i, cost] of costs.entries()) {
        slices.at(-1)!.push(i + 1);
        clock += cost;
        yield;
      }
      return nothing();
    }, undefined, () => clock);
    const durations: number[] = [];
    let ready = false;
    while (!ready) {
      slices.push([]);
      const started = clock;
      ready = matcher.prepare(() => clock - started >= 6);
      durations.push(clock - started);
    }
    expect(slices.filter((steps) => steps.length > 0)).toEqual([[1, 2, 3], [4]]);
    expect(Math.max(...durations)).toBe(8);
  });

  it('finishes the compile at once for a find or a look asked for before it was prepared, even after a slice began it', () => {
    let clock = 0;
    const make = () => deferredMatcher(function* () {
      for (let step = 0; step < 5; step++) {
        clock += 2;
        yield;
      }
      return getMatcher();
    }, undefined, () => clock);
    const begun = make();
    expect(begun.prepare(() => false)).toBe(false);
    expect(begun.find('Массимо Каррера дал интервью.').map((m) => m.entity)).toEqual(['carrera']);
    expect(make().mayMatch!('Массимо Каррера')).toBe(true);
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

  it('decides a block read again after the page learned more from its reading, without reading its text again', () => {
    const { matcher, reads } = countingReads();
    const bare = document.createElement('p');
    const full = document.createElement('p');
    expect(matcher.find('Каррера заявил, что готов вернуться.', bare)).toEqual([]);
    expect(matcher.find('Массимо Каррера дал интервью.', full).map((m) => m.entity)).toEqual(['carrera']);
    // The page now names Carrera in full: the bare name is marked, from the reading kept for the block.
    expect(matcher.find('Каррера заявил, что готов вернуться.', bare).map((m) => m.entity)).toEqual(['carrera']);
    expect(reads).toEqual(['Каррера заявил, что готов вернуться.', 'Массимо Каррера дал интервью.']);
  });

  it('reads a block afresh when its text changed, even to one of the same length', () => {
    const { matcher, reads } = countingReads();
    const block = document.createElement('p');
    expect(matcher.find('Тренер Конте доволен игрой.', block).map((m) => m.entity)).toEqual(['conte']);
    // Same length, another name: the kept reading of the first text must not be used.
    expect(matcher.find('Тренер Конти доволен игрой.', block)).toEqual([]);
    expect(matcher.find('Тренер Конте доволен игрой.', block).map((m) => m.entity)).toEqual(['conte']);
    expect(reads).toHaveLength(3);
  });

  it('keeps no view into a block\'s text in the reading it keeps: the texts read are collected (heap after a forced GC)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Reads are counted, their texts not kept.
    const { matcher, reads } = countingReads(() => 'read');
    const blocks = Array.from({ length: 16 }, () => document.createElement('p'));
    // A full name (its place is 15 characters: V8 keeps a cut of 13 or more as a view into the text),
    // a bare one that needs what the page says (so the reading is kept) and whose evidence quotes the
    // full name (sameEntityInBlock), then 210 KB of text without names.
    const text = (i: number) => `Массимо Каррера дал интервью после матча. Каррера заявил, что готов вернуться. ${'Погода была хорошей. '.repeat(5000)}${i}`;
    const allTexts = blocks.length * text(0).length * 2;
    matcher.find(text(-1));
    /** The heap still in use, after a full collection, once each block's text has been given to `read`. */
    const heldAfter = (read: (text: string, i: number) => void): number => {
      gc();
      const before = process.memoryUsage().heapUsed;
      blocks.forEach((_, i) => read(text(i), i));
      gc();
      return process.memoryUsage().heapUsed - before;
    };
    // A control: a cut of each text that is a view into it holds all of them, and the measure sees that.
    const views: string[] = [];
    expect(heldAfter((t) => views.push(t.slice(0, 15)))).toBeGreaterThan(allTexts / 2);
    views.length = 0;
    const held = heldAfter((t, i) => matcher.find(t, blocks[i]));
    // The readings were kept: the same texts again are decided from them, not read.
    blocks.forEach((block, i) => expect(matcher.find(text(i), block).map((m) => m.entity)).toEqual(['carrera', 'carrera']));
    expect(reads).toHaveLength(1 + blocks.length);
    expect(held).toBeLessThan(allTexts / 8);
  });
});

/** The page's matcher on a football page, with every text it reads (Matcher.read) recorded (as `record` has it). */
function countingReads(record: (text: string) => string = (text) => text) {
  const reads: string[] = [];
  const matcher = deferredMatcher(function* () {
    yield;
    const real = getMatcher();
    return { ...real, read: (text, page) => (reads.push(record(text)), real.read(text, page)) } satisfies Matcher;
  }, () => ({ url: 'https://www.sports.ru/football/1.html' }));
  return { matcher, reads };
}

function* getMatcherInStepsForTest(): Generator<void, Matcher, void> {
  yield;
  return getMatcher();
}

