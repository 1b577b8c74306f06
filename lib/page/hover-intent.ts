/**
 * Hover intent: when a hover means "show me". A card opens after the pointer rests on a mention for
 * a short dwell, not while it sweeps across the page (fast moves are ignored, as 10ten does); it
 * closes after a grace period once the pointer leaves, unless the pointer is over the card or still
 * on its way into it. Escape closes at once. Every pending timer is cancelled when superseded.
 */
import { DEFAULT_SHOW_DELAY_MS } from '../settings/schema';

export const HIDE_DELAY_MS = 300;
/** Above this pointer speed (px per ms, ~1200 px/s) a move restarts the dwell instead of counting towards it. */
export const FAST_POINTER_SPEED = 1.2;
/** However long the pointer travels towards the card, it closes after this. */
const MAX_GRACE_MS = 1200;

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs the callback at the start of the next frame, before the page is rendered (requestAnimationFrame). */
  requestFrame(callback: () => void): unknown;
  cancelFrame(handle: unknown): void;
}

/**
 * The dwell's timer ends this long before the dwell, and the card is shown at the next frame's start
 * (at most this much early): it is then laid out and painted in that frame. (The dwell starts in a
 * frame, as pointer moves are read once per frame, and 300 ms is a whole number of frames at 60 and
 * 120 Hz: a timer of the whole dwell fired just after a frame had begun, and the card waited for the
 * one after.) 8 ms: a timer fires a few milliseconds late on a busy page (4 ms missed the frame in most
 * hovers of the bench: the card was laid out 18 ms after the dwell instead of 10); at 120 Hz the card
 * may come one frame, at most 8 ms, before the 300 ms dwell's end, which nobody can tell.
 */
export const FRAME_LEAD_MS = 8;

export interface HoverIntentOptions<T> {
  show(target: T): void;
  hide(): void;
  showDelay?: number;
  hideDelay?: number;
  timers?: Timers;
}

export interface PointerSample {
  x: number;
  y: number;
  /** The mention under the pointer, or null. */
  target: unknown;
  /** True when the pointer is over the card itself. */
  overCard: boolean;
  /** The card's box, when one is shown, to tell whether the pointer is heading into it. */
  cardBox?: { left: number; top: number; right: number; bottom: number } | null;
}

const defaultTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle as number),
};

export class HoverIntent<T> {
  private shown: T | null = null;
  private pending: T | null = null;
  /** Cancels the card on its way (the dwell's timer, then the frame it is shown in); null when none is. */
  private cancelPendingShow: (() => void) | null = null;
  private hideTimer: unknown = null;
  private hideStartedAt = 0;
  private last: { x: number; y: number; t: number } | null = null;
  private readonly timers: Timers;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.timers = options.timers ?? defaultTimers;
  }

  get current(): T | null {
    return this.shown;
  }

  /** Feed every pointer move (throttled to frames by the caller). */
  move(sample: PointerSample): void {
    const now = this.timers.now();
    const speed = this.last ? distance(this.last, sample) / Math.max(1, now - this.last.t) : 0;
    const headingIntoCard = this.last !== null && !!sample.cardBox && distanceToBox(sample, sample.cardBox) < distanceToBox(this.last, sample.cardBox);
    this.last = { x: sample.x, y: sample.y, t: now };
    const target = sample.target as T | null;

    if (sample.overCard || (this.shown !== null && target === this.shown)) {
      this.cancelHide();
      this.cancelShow();
      return;
    }
    if (target === null) {
      this.cancelShow();
      if (this.shown !== null) this.scheduleHide(headingIntoCard);
      return;
    }
    // Resting on a mention (another one than the open card's): the card stays until the dwell there
    // switches it. A fast move restarts the dwell, so sweeping across names shows nothing, while a
    // pointer that stops on a name shows its card one dwell after it stopped.
    this.cancelHide();
    if (speed > FAST_POINTER_SPEED || target !== this.pending || this.cancelPendingShow === null) {
      this.cancelShow();
      this.pending = target;
      const delay = this.options.showDelay ?? DEFAULT_SHOW_DELAY_MS;
      const timer = this.timers.setTimeout(() => {
        const frame = this.timers.requestFrame(() => {
          this.cancelPendingShow = null;
          this.pending = null;
          this.cancelHide();
          this.shown = target;
          this.options.show(target);
        });
        this.cancelPendingShow = () => this.timers.cancelFrame(frame);
      }, Math.max(0, delay - FRAME_LEAD_MS));
      this.cancelPendingShow = () => this.timers.clearTimeout(timer);
    }
  }

  /** The pointer left the document (or the window lost it). */
  leave(): void {
    this.cancelShow();
    if (this.shown !== null) this.scheduleHide(false);
  }

  /** Opens at once (keyboard command, tap). */
  open(target: T): void {
    this.cancelShow();
    this.cancelHide();
    this.shown = target;
    this.options.show(target);
  }

  /** Closes at once (Escape, a click elsewhere, the mention scrolled away). */
  close(): void {
    this.cancelShow();
    this.cancelHide();
    if (this.shown === null) return;
    this.shown = null;
    this.options.hide();
  }

  private scheduleHide(extend: boolean): void {
    const now = this.timers.now();
    if (this.hideTimer !== null) {
      if (!extend || now - this.hideStartedAt > MAX_GRACE_MS) return;
      this.timers.clearTimeout(this.hideTimer);
    } else {
      this.hideStartedAt = now;
    }
    this.hideTimer = this.timers.setTimeout(() => {
      this.hideTimer = null;
      this.close();
    }, this.options.hideDelay ?? HIDE_DELAY_MS);
  }

  private cancelShow(): void {
    this.cancelPendingShow?.();
    this.cancelPendingShow = null;
    this.pending = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.timers.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function distanceToBox(p: { x: number; y: number }, box: { left: number; top: number; right: number; bottom: number }): number {
  const dx = Math.max(box.left - p.x, 0, p.x - box.right);
  const dy = Math.max(box.top - p.y, 0, p.y - box.bottom);
  return Math.hypot(dx, dy);
}
