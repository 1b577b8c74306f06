import { describe, expect, it } from 'vitest';
import type { CardView } from '../../lib/card/contract';
import { deferredCardView } from '../../lib/card/deferred-view';

describe('card view made on first use', () => {
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
