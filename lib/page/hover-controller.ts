import type { CardView } from '../card/contract';
import { isNextMentionShortcut } from '../shortcut';
import { mentionAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import type { MarkPainter } from './marks';
import type { MentionIndex, PageMention } from './mention-index';

export interface HoverControllerOptions {
  doc: Document;
  index: MentionIndex;
  painter: MarkPainter;
  card: CardView;
  /** Adds a listener that is removed when the content script goes away (WXT's ctx.addEventListener). */
  listen: (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void;
  showDelay?: () => number;
  /** Called with an exception of ours (and what we were doing) instead of letting it reach the page. */
  onError?: (error: unknown, context: string) => void;
}

/**
 * Connects the pointer, the keyboard and scrolling to the card: hit-tests pointer moves (once per
 * frame) against the marked mentions, lets hover intent decide, and keeps the card next to its
 * mention. Taps open at once on touch screens; Escape closes.
 */
export class HoverController {
  private readonly intent: HoverIntent<PageMention>;
  private frame = 0;
  private lastMove: { x: number; y: number; overCard: boolean } | null = null;
  private lastPointer = { x: 0, y: 0 };
  /** Where the last pointer move event was, as it arrived (lastPointer is where it was last hit-tested). */
  private lastEventAt: { x: number; y: number } | null = null;
  private focusBeforeOpen: Element | null = null;

  constructor(private readonly options: HoverControllerOptions) {
    this.intent = new HoverIntent<PageMention>({
      show: this.guarded('showing a card', (mention: PageMention) => this.show(mention)),
      hide: this.guarded('hiding the card', () => this.hide()),
      get showDelay() {
        return options.showDelay?.();
      },
    });
    const { doc } = options;
    const listen: HoverControllerOptions['listen'] = (target, type, handler, opts) =>
      options.listen(target, type, this.guarded(`handling ${type}`, handler), opts);
    const win = doc.defaultView ?? window;
    listen(doc, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), { passive: true, capture: true });
    // A finger (or a pen) lifted off the screen "leaves" too: that must not close the card it just opened.
    listen(doc.documentElement, 'pointerleave', (e) => isTouchLike(e as PointerEvent) || this.intent.leave(), { passive: true });
    listen(doc, 'pointerup', (e) => this.onPointerUp(e as PointerEvent), { passive: true, capture: true });
    listen(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    listen(win, 'scroll', () => this.follow(), { passive: true, capture: true });
    listen(win, 'resize', () => this.follow(), { passive: true });
  }

  get current(): PageMention | null {
    return this.intent.current;
  }

  /** Moves to the mention after the open one (or after the viewport's top), scrolls it into view and opens its card. */
  openNext(source: 'command' | 'key' = 'command'): PageMention | null {
    // Should one key press reach us both as the browser command and as a key event, act once; two
    // presses from the same source always move on, however quick.
    const now = performance.now();
    if (source !== this.lastNext.source && now - this.lastNext.at < 150) return this.intent.current;
    this.lastNext = { source, at: now };
    const next = this.options.index.nextAfter(this.intent.current, { start: (m) => m.range.getBoundingClientRect().top >= 0 });
    if (!next) return null;
    const element = next.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    this.focusBeforeOpen ??= this.options.doc.activeElement;
    this.openNow(next, true);
    return next;
  }

  /** Opens the card of a given mention at once (the popup's list). */
  open(mention: PageMention, focus: boolean): void {
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.openNow(mention, focus);
  }

  close(): void {
    this.intent.close();
  }

  /**
   * Opens a card now (keyboard, popup). A pointer move still waiting for its frame happened before
   * this and is dropped: applied after it, a pointer resting away from the name would close the card.
   */
  private openNow(mention: PageMention, focus: boolean): void {
    this.lastMove = null;
    this.pendingFocus = focus;
    this.intent.close();
    this.intent.open(mention);
  }

  private pendingFocus = false;
  private lastNext: { source: 'command' | 'key'; at: number } = { source: 'command', at: -Infinity };

  private show(mention: PageMention): void {
    const focus = this.pendingFocus;
    this.pendingFocus = false;
    this.options.painter.setActive(mention.range);
    this.options.card.show(mention.entity, this.anchorRect(mention), { focus });
  }

  private hide(): void {
    this.options.painter.setActive(null);
    this.options.card.hide();
    const restore = this.focusBeforeOpen as HTMLElement | null;
    this.focusBeforeOpen = null;
    if (restore && restore.isConnected && typeof restore.focus === 'function') restore.focus({ preventScroll: true });
  }

  /** The line box of the mention nearest the pointer (a name can wrap onto two lines). */
  private anchorRect(mention: PageMention): DOMRect {
    const rects = [...mention.range.getClientRects()];
    if (rects.length <= 1) return rects[0] ?? mention.range.getBoundingClientRect();
    const { x, y } = this.lastPointer;
    return rects.find((r) => y >= r.top && y <= r.bottom && x >= r.left && x <= r.right) ?? rects[0]!;
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    // A move to where the pointer already was is no move: browsers send one after a scroll or a
    // layout change under a still pointer, and the reader did nothing.
    const at = this.lastEventAt;
    this.lastEventAt = { x: event.clientX, y: event.clientY };
    if (at && at.x === event.clientX && at.y === event.clientY) return;
    // Whether the pointer is over the card is read now: an event's composed path is empty once dispatched.
    this.lastMove = { x: event.clientX, y: event.clientY, overCard: this.options.card.isEventInside(event) };
    if (this.frame) return;
    const win = this.options.doc.defaultView ?? window;
    // Hit-testing once per frame is enough for a pointer and keeps fast moves cheap.
    this.frame = win.requestAnimationFrame(this.guarded('hit-testing the pointer', () => {
      this.frame = 0;
      const move = this.lastMove;
      if (!move) return;
      this.lastMove = null;
      this.lastPointer = { x: move.x, y: move.y };
      const target = move.overCard ? null : mentionAtPoint(this.options.doc, this.options.index, move.x, move.y);
      if (target) this.options.card.prepare?.();
      this.intent.move({ x: move.x, y: move.y, target, overCard: move.overCard, cardBox: this.options.card.box() });
    }));
  }

  /**
   * Wraps a callback the browser calls (an event, a frame, a hover timer) so an exception of ours is
   * reported through `onError` instead of reaching the page; without `onError` it is rethrown.
   */
  private guarded<A extends unknown[]>(context: string, fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        fn(...args);
      } catch (error) {
        if (!this.options.onError) throw error;
        this.options.onError(error, context);
      }
    };
  }

  private onPointerUp(event: PointerEvent): void {
    if (!isTouchLike(event)) return;
    if (this.options.card.isEventInside(event)) return;
    this.lastPointer = { x: event.clientX, y: event.clientY };
    const target = mentionAtPoint(this.options.doc, this.options.index, event.clientX, event.clientY);
    if (target) {
      this.lastMove = null;
      this.intent.open(target);
    }
    else this.intent.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (isNextMentionShortcut(event)) {
      // The browser handles the shortcut as an extension command and does not pass it on; when it
      // does reach the page (the command unbound, or automation), it does the same thing here.
      event.preventDefault();
      this.openNext('key');
      return;
    }
    if (event.key === 'Escape' && this.intent.current) {
      this.intent.close();
      event.stopPropagation();
    }
  }

  /** Keeps the open card beside its mention while the page scrolls; closes it once the mention is out of view. */
  private follow(): void {
    const current = this.intent.current;
    if (!current) return;
    const win = this.options.doc.defaultView ?? window;
    const rect = current.range.getBoundingClientRect();
    const gone = !current.range.startContainer.isConnected || rect.bottom < 0 || rect.top > win.innerHeight || (rect.width === 0 && rect.height === 0);
    if (gone) this.intent.close();
    else this.options.card.reposition(this.anchorRect(current));
  }
}

/** Touch and pen: the card opens on a tap, not on a rest, and the pointer's leaving means nothing. */
function isTouchLike(event: PointerEvent): boolean {
  return event.pointerType === 'touch' || event.pointerType === 'pen';
}
