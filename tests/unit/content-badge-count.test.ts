import { describe, expect, it } from 'vitest';
import { BADGE_DELAY_MS, badgeCounter } from '../../lib/content/badge-count';

/** A badge counter on timers the test runs by hand. */
function counter(count: () => number, send: (n: number) => Promise<unknown>) {
  const timers: (() => void)[] = [];
  const badge = badgeCounter({
    count,
    send,
    setTimeout: (handler, ms) => {
      expect(ms).toBe(BADGE_DELAY_MS);
      return timers.push(handler);
    },
    isInvalid: () => false,
  });
  const flush = async () => {
    for (const run of timers.splice(0)) run();
    await Promise.resolve();
  };
  return { badge, flush };
}

describe('the toolbar badge count', () => {
  it('sends the count once per burst of changes, and only when it changed', async () => {
    let marks = 0;
    const sent: number[] = [];
    const { badge, flush } = counter(() => marks, async (n) => void sent.push(n));
    marks = 3;
    badge.report();
    marks = 5;
    badge.report();
    await flush();
    badge.report();
    await flush();
    marks = 0;
    badge.report();
    await flush();
    expect(sent).toEqual([5, 0]);
  });

  it('sends the count again after the background missed it', async () => {
    const sent: number[] = [];
    let fail = true;
    const { badge, flush } = counter(() => 4, async (n) => {
      sent.push(n);
      if (fail) throw new Error('Could not establish connection');
    });
    badge.report();
    await flush();
    await Promise.resolve();
    fail = false;
    badge.report();
    await flush();
    expect(sent).toEqual([4, 4]);
  });
});
