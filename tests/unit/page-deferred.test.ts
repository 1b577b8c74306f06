import { describe, expect, it } from 'vitest';
import type { CardView } from '../../lib/page/hover-controller';
import { deferredCardView, deferredMatcher } from '../../lib/page/deferred';

describe('deferred start-up work', () => {
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

  it('makes the card view on the first show and shows the latest card asked for meanwhile', async () => {
    const shown: string[] = [];
    let made = 0;
    const real: CardView = {
      show: (entity) => void shown.push(entity),
      reposition: () => {},
      hide: () => void shown.push('hide'),
      isEventInside: () => false,
      box: () => null,
    };
    const view = deferredCardView(async () => (made++, real), () => {});
    expect(made).toBe(0);
    view.show('carrera', new DOMRect(), { focus: false });
    view.show('spartak', new DOMRect(), { focus: false });
    await Promise.resolve();
    await Promise.resolve();
    expect(made).toBe(1);
    expect(shown).toEqual(['spartak']);
    view.hide();
    expect(shown).toEqual(['spartak', 'hide']);
  });

  it('starts making the card view when asked to prepare, and shows the first card without making it again', async () => {
    const shown: string[] = [];
    let made = 0;
    const real: CardView = {
      show: (entity) => void shown.push(entity),
      reposition: () => {},
      hide: () => {},
      isEventInside: () => false,
      box: () => null,
    };
    const view = deferredCardView(async () => (made++, real), () => {});
    view.prepare();
    view.prepare();
    await Promise.resolve();
    await Promise.resolve();
    expect(made).toBe(1);
    expect(shown).toEqual([]);
    view.show('genoa', new DOMRect(), { focus: false });
    expect(shown).toEqual(['genoa']);
    expect(made).toBe(1);
  });

  it('shows nothing when the card was closed before its view existed, and reports a failure to make it', async () => {
    const errors: unknown[] = [];
    const view = deferredCardView(() => Promise.reject(new Error('no shadow root')), (e) => errors.push(e));
    view.show('genoa', new DOMRect(), { focus: false });
    view.hide();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
  });
});
