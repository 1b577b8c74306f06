import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scriptTimeout } from '../../lib/content/script-timer';

/** An abort signal that counts the listeners still added to it. */
function countingSignal() {
  const controller = new AbortController();
  const signal = controller.signal;
  let listeners = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    listeners++;
    add(type, listener, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
    listeners--;
    remove(type, listener, options);
  }) as typeof signal.removeEventListener;
  return { controller, signal, listeners: () => listeners };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the content script timeout', () => {
  it('keeps nothing on the script once it has run, however often it is used (a live feed)', () => {
    const { signal, listeners } = countingSignal();
    let runs = 0;
    for (let i = 0; i < 1000; i++) {
      scriptTimeout(signal, () => runs++, 250);
      vi.advanceTimersByTime(250);
    }
    expect(runs).toBe(1000);
    expect(listeners()).toBe(0);
  });

  it('never runs once the script has gone', () => {
    const { controller, signal } = countingSignal();
    let runs = 0;
    scriptTimeout(signal, () => runs++, 250);
    controller.abort();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(0);
  });
});
