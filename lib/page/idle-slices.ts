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

const requestIdle: (callback: (deadline: IdleDeadlineLike) => void) => unknown =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 250 })
    : (callback) => setTimeout(() => callback({ timeRemaining: () => SLICE_BUDGET_MS }), 1);

/** Drives one job in idle slices until it reports it is done; can be woken up again with `schedule`. */
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
    this.pending = false;
    if (this.stopped) return;
    const started = this.now();
    // Never more than the budget, and less when the browser says a frame is due sooner.
    const budget = Math.min(SLICE_BUDGET_MS, Math.max(1, deadline.timeRemaining()));
    const outOfTime = () => this.now() - started >= budget;
    const more = this.job(outOfTime);
    const spent = this.now() - started;
    this.stats.slices++;
    this.stats.busyMs += spent;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    if (more) this.schedule();
  }
}
