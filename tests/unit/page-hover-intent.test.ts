import { beforeEach, describe, expect, it } from 'vitest';
import { FRAME_LEAD_MS, HoverIntent, HIDE_DELAY_MS, type Timers } from '../../lib/page/hover-intent';
import { DEFAULT_SHOW_DELAY_MS as SHOW_DELAY_MS } from '../../lib/settings/schema';

/** Frames of the manual clock: one starts at every multiple of this. */
const FRAME_MS = 10;

/** A clock the test moves by hand, with frames every FRAME_MS. */
class ManualTimers implements Timers {
  time = 0;
  private queue = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.queue.set(id, { at: this.time + ms, callback });
    return id;
  };
  clearTimeout = (id: unknown) => {
    if (typeof id !== 'number') throw new Error(`clearTimeout given ${String(id)}, not a timer`);
    this.queue.delete(id);
  };
  /** True while a frame's callbacks run (before the frame is rendered). */
  inFrame = false;
  /** At the start of the next frame (a frame asked for at a frame's start is the one after); its handle is not a timer's. */
  requestFrame = (callback: () => void) => `frame ${this.setTimeout(() => {
    this.inFrame = true;
    try {
      callback();
    } finally {
      this.inFrame = false;
    }
  }, (Math.floor(this.time / FRAME_MS) + 1) * FRAME_MS - this.time)}`;
  cancelFrame = (id: unknown) => {
    if (typeof id !== 'string' || !id.startsWith('frame ')) throw new Error(`cancelFrame given ${String(id)}, not a frame`);
    this.queue.delete(Number(id.slice('frame '.length)));
  };
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.queue.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.queue.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

let timers: ManualTimers;
let log: string[];
let intent: HoverIntent<string>;

beforeEach(() => {
  timers = new ManualTimers();
  log = [];
  intent = new HoverIntent<string>({ show: (t) => log.push(`show ${t}`), hide: () => log.push('hide'), timers });
});

function at(x: number, target: string | null, overCard = false, cardBox?: { left: number; top: number; right: number; bottom: number }) {
  intent.move({ x, y: 100, target, overCard, cardBox });
}

describe('hover intent', () => {
  it('shows the card after the dwell and not before', () => {
    at(10, 'carrera');
    timers.advance(SHOW_DELAY_MS - 1);
    expect(log).toEqual([]);
    timers.advance(1);
    expect(log).toEqual(['show carrera']);
  });

  it('does not show for names the pointer only sweeps across', () => {
    at(0, null);
    for (let x = 40; x <= 800; x += 40) {
      timers.advance(16);
      at(x, x % 80 === 0 ? 'carrera' : 'spartak'); // 2.5 px/ms, over a line of names
    }
    timers.advance(16);
    at(840, null);
    timers.advance(SHOW_DELAY_MS * 2);
    expect(log).toEqual([]);
  });

  it('shows one dwell after a fast pointer stops on a name', () => {
    at(0, null);
    timers.advance(FRAME_MS); // pointer moves are read once per frame
    at(400, 'carrera'); // arrives fast, then rests
    timers.advance(SHOW_DELAY_MS - 1);
    expect(log).toEqual([]);
    timers.advance(1);
    expect(log).toEqual(['show carrera']);
  });

  it('shows the card in the frame where the dwell ends (not in a timer just after that frame began)', () => {
    const shownAt: [number, boolean][] = [];
    intent = new HoverIntent<string>({ show: () => shownAt.push([timers.now(), timers.inFrame]), hide: () => {}, timers, showDelay: 300 });
    timers.advance(3 * FRAME_MS);
    at(10, 'carrera');
    timers.advance(300 - FRAME_LEAD_MS);
    expect(shownAt).toEqual([]); // the dwell's timer has fired: the card waits for the frame
    at(10, 'carrera'); // still resting there: the frame it waits for is kept
    timers.advance(FRAME_LEAD_MS);
    expect(shownAt).toEqual([[3 * FRAME_MS + 300, true]]);
  });

  it('shows nothing when the pointer leaves between the dwell\'s timer and its frame', () => {
    at(10, 'carrera');
    timers.advance(SHOW_DELAY_MS - FRAME_LEAD_MS);
    at(12, null);
    timers.advance(FRAME_MS);
    expect(log).toEqual([]);
  });

  it('cancels a pending show when the pointer moves off before the dwell ends', () => {
    at(10, 'carrera');
    timers.advance(100);
    at(12, null);
    timers.advance(SHOW_DELAY_MS);
    expect(log).toEqual([]);
  });

  it('hides after the grace period once the pointer leaves, but not when it reaches the card', () => {
    at(10, 'carrera');
    timers.advance(SHOW_DELAY_MS);
    at(60, null);
    timers.advance(HIDE_DELAY_MS - 50);
    at(70, null, true); // over the card now
    timers.advance(HIDE_DELAY_MS * 3);
    expect(log).toEqual(['show carrera']);
    intent.leave();
    timers.advance(HIDE_DELAY_MS);
    expect(log).toEqual(['show carrera', 'hide']);
  });

  it('keeps the card while the pointer travels towards it, within a limit', () => {
    const card = { left: 300, top: 80, right: 600, bottom: 300 };
    at(10, 'carrera');
    timers.advance(SHOW_DELAY_MS);
    for (let x = 20; x <= 100; x += 20) {
      at(x, null, false, card);
      timers.advance(HIDE_DELAY_MS - 100);
    }
    expect(log).toEqual(['show carrera']);
    timers.advance(HIDE_DELAY_MS);
    expect(log).toEqual(['show carrera', 'hide']);
  });

  it('switches to another mention after a dwell on it', () => {
    at(10, 'carrera');
    timers.advance(SHOW_DELAY_MS);
    at(20, 'spartak');
    timers.advance(SHOW_DELAY_MS);
    expect(log).toEqual(['show carrera', 'show spartak']);
  });

  it('closes at once on close() (Escape) and opens at once on open() (keyboard, tap)', () => {
    intent.open('genoa');
    intent.close();
    intent.close();
    expect(log).toEqual(['show genoa', 'hide']);
  });
});
