/**
 * Runs work in small slices when the main thread is idle, so that no task we cause is long enough
 * to be felt (16 ms is one frame; we stop a slice well before that).
 */

/** Longest stretch of work in one slice, in milliseconds. */
export const SLICE_BUDGET_MS = 6;

export interface SliceStats {
  slices: number;
  /** Sum of the slices' durations. */
  busyMs: number;
  longestSliceMs: number;
}

/** A unit of work: returns true when it has more to do. */
export type SlicedJob = (deadline: () => boolean) => boolean;

interface IdleDeadlineLike {
  timeRemaining(): number;
}

/**
 * Below this much idle time left, a finished slice waits for the next idle period instead of
 * continuing in the current one.
 */
const MIN_REMAINING_MS = 2;

/**
 * Yields to the event loop and runs `callback` as a fresh task (input, rendering and the page's own
 * tasks go first). MessageChannel, not setTimeout: nested timers are clamped to 4 ms. One channel
 * for all yields (making a channel per yield cost ~0.2 ms each, a third of a slice's overhead).
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function yieldThen(callback: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(callback, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  waiting.push(callback);
  channel.port2.postMessage(null);
}

/**
 * Resolves in a later task of the event loop (input and rendering may come first): a message, not a
 * timer, which a background tab throttles to once a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => yieldThen(resolve));
}

const requestIdle: (callback: (deadline: IdleDeadlineLike) => void) => unknown =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 250 })
    : (callback) =>
        setTimeout(() => {
          // No idle periods to ask for: grant one slice's worth of time.
          const end = performance.now() + SLICE_BUDGET_MS;
          callback({ timeRemaining: () => Math.max(0, end - performance.now()) });
        }, 1);

/**
 * Drives one job in idle slices until it reports it is done; can be woken up again with `schedule`.
 * A slice never runs longer than SLICE_BUDGET_MS. Between slices the scheduler always yields a task;
 * while the idle period the browser granted still has time left, the next slice runs in it (an idle
 * callback asked for from inside another one would only run in the *next* idle period, which on an
 * idle page starts up to 50 ms later: the scan would spend most of its wall time waiting).
 */
export class IdleScheduler {
  readonly stats: SliceStats = { slices: 0, busyMs: 0, longestSliceMs: 0 };
  private pending = false;
  private stopped = false;

  constructor(
    private readonly job: SlicedJob,
    private readonly now: () => number = () => performance.now(),
  ) {}

  schedule(): void {
    if (this.pending || this.stopped) return;
    this.pending = true;
    requestIdle((deadline) => this.run(deadline));
  }

  stop(): void {
    this.stopped = true;
  }

  private run(deadline: IdleDeadlineLike): void {
    if (this.stopped) {
      this.pending = false;
      return;
    }
    const started = this.now();
    // Never more than the budget, and less when the browser says a frame is due sooner.
    const budget = Math.min(SLICE_BUDGET_MS, Math.max(1, deadline.timeRemaining()));
    const outOfTime = () => this.now() - started >= budget;
    const more = this.job(outOfTime);
    const spent = this.now() - started;
    this.stats.slices++;
    this.stats.busyMs += spent;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    if (!more) {
      this.pending = false;
      return;
    }
    // Still pending: `schedule` calls made meanwhile are covered by this continuation.
    if (deadline.timeRemaining() > MIN_REMAINING_MS) yieldThen(() => this.run(deadline));
    else requestIdle((next) => this.run(next));
  }
}
