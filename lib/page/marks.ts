/**
 * Painting marks on the page. Preferred: the CSS Custom Highlight API, which styles Ranges without
 * touching the DOM. Fallback, only where the API is missing: wrap each marked piece of text in an
 * element of our own, recording every split so that unwrapping restores the page exactly.
 */

import type { HighlightStyle } from '../settings/schema';
import type { PageMention } from './mention-index';
import { isInsideSkipped } from './text-blocks';

/** Names under which our highlights are registered in `CSS.highlights` (and styled in assets/marks.css). */
export const HIGHLIGHT_NAME = 'carrera-lens-mention';
export const ACTIVE_HIGHLIGHT_NAME = 'carrera-lens-active';

/**
 * The name the marks are registered under for each style. Changing style re-registers the same
 * Highlight under another name: no range is rebuilt and the page's DOM is not touched.
 * `quiet` has no rule of its own: nothing shows until the active (hovered) mention is drawn.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle, string>> = {
  underline: HIGHLIGHT_NAME,
  background: 'carrera-lens-mention-bg',
  quiet: 'carrera-lens-mention-quiet',
};
export const FALLBACK_TAG = 'carrera-lens-mark';

export interface MarkPainter {
  readonly kind: 'highlight' | 'wrap';
  /** Marks a mention (the scanner adds a block's mentions last to first; see PageScanner.paint). */
  add(mention: PageMention): void;
  remove(mention: PageMention): void;
  /** Brings what the page shows up to date after adds and removes (the scanner calls it once per slice). */
  flush?(): void;
  /** The page changed its DOM: what is where on screen may have moved. */
  pageChanged?(): void;
  /** Emphasises one range (the one whose card is open), or none. */
  setActive(range: Range | null): void;
  /** Changes how every mark looks, at once. */
  setStyle(style: HighlightStyle): void;
  clear(): void;
}

export function createMarkPainter(doc: Document = document): MarkPainter {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  if (registry && typeof Highlight === 'function') return new HighlightPainter(registry, doc);
  return new WrappingPainter(doc);
}

/**
 * Screens above and below the viewport whose marks are in the highlight. The window is moved once
 * the page has scrolled half of this: with Chromium, every change of a highlight styled with a text
 * decoration costs the next frame a visual-overflow and compositing-inputs pass over the page's
 * layout (15–30 ms on the dense bench page, against ~5 ms for a background style), so the window
 * moves every two screens of scrolling rather than every half screen.
 */
export const NEAR_SCREENS = 4;
/** How long changes of the highlight away from the screen wait to be applied together (ms). */
const APPLY_DELAY_MS = 250;
/** Most blocks handed to the measuring observer in one frame after a layout change. */
const MEASURE_PER_FRAME = 1024;
/** A block taller than this many screens has its marks placed one by one instead of as a whole. */
const TALL_SCREENS = 2;

/** A block with marks, and where it was on the page when last measured (document coordinates, px). */
interface BlockEntry {
  readonly element: Element;
  readonly mentions: Set<PageMention>;
  top: number;
  bottom: number;
  /** The layout epoch of the measurement (-1: not measured yet). */
  measured: number;
  /** For a tall block: each mention's top and bottom, in `tallOrder`. */
  tall: Float64Array | null;
  tallOrder: PageMention[] | null;
  /** The live ranges in the highlight while the block is near the screen, by mention. */
  readonly shown: Map<PageMention, Range>;
}

/**
 * Paints through `CSS.highlights`. Browsers rebuild a highlight's painting from all of its ranges
 * whenever it or the page's DOM changes (Chromium re-creates a marker per range), so only the marks
 * on the screen and NEAR_SCREENS screens above and below are in the highlight: its size stays bounded
 * whatever the page's length, and each of its ranges is the only live Range of its mention.
 *
 * What is near the screen is known from each marked block's position in the document, measured once
 * and again only after the page may have moved things: a DOM change (pageChanged), a resize of the
 * window or of the page's root boxes, a font or an image loading, a transition, animation or
 * <details> toggle ending, a scroll inside an element. The window is recomputed from the stored
 * numbers when the page has scrolled half a margin since the last time (a loop over plain numbers,
 * no DOM read), or when marks change. No observer runs per frame: an IntersectionObserver on every
 * marked block computed every block's intersection in every frame of a scroll (12–18 ms a frame on
 * a page of 19,000 marks).
 *
 * Positions are measured by an IntersectionObserver used once per block: it reports a block's box
 * right after the browser's own layout of the next frame, then lets the block go. Asking with
 * getBoundingClientRect from a scan slice would force the layout the browser had not finished yet
 * into our task (Firefox lays out a big page in interruptible pieces after load: one forced reflow
 * of the rest took 47 ms). A block is measured directly only before its marks leave the highlight,
 * so a fixed or sticky block that stays on screen keeps them.
 */
class HighlightPainter implements MarkPainter {
  readonly kind = 'highlight' as const;
  private readonly marks = new Highlight();
  private readonly active = new Highlight();
  private readonly blocks = new Map<Element, BlockEntry>();
  /** Blocks whose marks changed since the last flush. */
  private readonly changed = new Set<BlockEntry>();
  /** Blocks handed to the measuring observer, not answered yet; and those waiting for a frame to be handed over. */
  private readonly measuring = new Set<BlockEntry>();
  private readonly toMeasure = new Set<BlockEntry>();
  private readonly observer: IntersectionObserver | null = null;
  private epoch = 0;
  /** Where the window was last computed: the viewport's top (document coordinates); NaN before. */
  private windowTop = Number.NaN;
  private frame = 0;
  /** The viewport as last read (see viewport()). */
  private scrollTop = Number.NaN;
  private height = Number.NaN;
  /** Highlight changes away from the screen, waiting to be applied together (applyPending). */
  private readonly pendingAdd = new Set<Range>();
  private readonly pendingDelete = new Set<Range>();
  private applyTimer = 0;
  private readonly view: Window | null;
  private readonly abort = new AbortController();
  private readonly resizeObserver: ResizeObserver | null = null;
  private name = HIGHLIGHT_NAME;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly doc: Document,
  ) {
    this.active.priority = 1;
    // An earlier copy of this script may have left its highlights registered: Firefox destroys an
    // updated or reloaded add-on's content scripts without letting them clean up. Empty them first.
    registry.get(HIGHLIGHT_NAME)?.clear();
    registry.get(ACTIVE_HIGHLIGHT_NAME)?.clear();
    registry.set(HIGHLIGHT_NAME, this.marks);
    registry.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    this.view = doc.defaultView;
    const signal = this.abort.signal;
    const moved = () => this.layoutChanged();
    this.view?.addEventListener('scroll', (event) => this.onScroll(event), { passive: true, capture: true, signal });
    this.view?.addEventListener(
      'resize',
      () => {
        this.height = Number.NaN;
        this.scrollTop = Number.NaN;
        moved();
      },
      { passive: true, signal },
    );
    for (const type of ['load', 'transitionend', 'animationend', 'toggle']) doc.addEventListener(type, moved, { passive: true, capture: true, signal });
    doc.fonts?.addEventListener?.('loadingdone', moved, { signal });
    if (typeof IntersectionObserver === 'function') this.observer = new IntersectionObserver((records) => this.onMeasured(records));
    if (typeof ResizeObserver === 'function') {
      // Its first report (right after observe) is not a change.
      let first = true;
      this.resizeObserver = new ResizeObserver(() => {
        if (first) first = false;
        else moved();
      });
      this.resizeObserver.observe(doc.documentElement);
    }
  }

  add(mention: PageMention): void {
    let entry = this.blocks.get(mention.block);
    if (!entry) {
      entry = { element: mention.block, mentions: new Set(), top: 0, bottom: 0, measured: -1, tall: null, tallOrder: null, shown: new Map() };
      this.blocks.set(mention.block, entry);
    }
    entry.mentions.add(mention);
    this.changed.add(entry);
  }

  remove(mention: PageMention): void {
    const entry = this.blocks.get(mention.block);
    if (!entry || !entry.mentions.delete(mention)) return;
    const range = entry.shown.get(mention);
    if (range) {
      entry.shown.delete(mention);
      this.pendingAdd.delete(range);
      this.pendingDelete.delete(range);
      this.marks.delete(range);
      this.active.delete(range);
    }
    if (entry.mentions.size === 0) {
      // Nothing of ours keeps the block: not the maps, not the measuring observer.
      this.blocks.delete(entry.element);
      this.changed.delete(entry);
      this.toMeasure.delete(entry);
      if (this.measuring.delete(entry)) this.observer?.unobserve(entry.element);
    } else {
      this.changed.add(entry);
    }
  }

  flush(): void {
    if (this.changed.size === 0) return;
    const band = this.band();
    for (const entry of this.changed) {
      // A new block is placed once measured; a block whose marks changed has new ranges to show or
      // (tall) to place one by one.
      if (entry.measured < 0 || entry.tall !== null) this.requestMeasure(entry);
      else this.place(entry, band);
    }
    this.changed.clear();
  }

  pageChanged(): void {
    this.layoutChanged();
  }

  setActive(range: Range | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  setStyle(style: HighlightStyle): void {
    const name = HIGHLIGHT_NAMES[style];
    if (name === this.name && this.registry.get(name) === this.marks) return;
    if (this.registry.get(this.name) === this.marks) this.registry.delete(this.name);
    this.name = name;
    this.registry.set(name, this.marks);
  }

  clear(): void {
    this.abort.abort();
    this.resizeObserver?.disconnect();
    this.observer?.disconnect();
    if (this.frame) this.view?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.applyTimer) clearTimeout(this.applyTimer);
    this.applyTimer = 0;
    this.pendingAdd.clear();
    this.pendingDelete.clear();
    this.blocks.clear();
    this.changed.clear();
    this.measuring.clear();
    this.toMeasure.clear();
    this.marks.clear();
    this.active.clear();
    if (this.registry.get(this.name) === this.marks) this.registry.delete(this.name);
    if (this.registry.get(ACTIVE_HIGHLIGHT_NAME) === this.active) this.registry.delete(ACTIVE_HIGHLIGHT_NAME);
  }

  /** Positions may have changed: every block is measured again, a frame's worth at a time. */
  private layoutChanged(): void {
    if (this.abort.signal.aborted) return;
    this.epoch++;
    for (const entry of this.blocks.values()) if (!this.measuring.has(entry)) this.toMeasure.add(entry);
    this.scheduleMeasuring();
  }

  private requestMeasure(entry: BlockEntry): void {
    if (!this.observer) {
      this.measureNow(entry);
      this.place(entry, this.band());
      return;
    }
    if (this.measuring.has(entry)) return;
    this.toMeasure.add(entry);
    this.scheduleMeasuring();
  }

  /** Hands the next blocks to the measuring observer at the next frame. */
  private scheduleMeasuring(): void {
    if (this.frame || !this.view || this.toMeasure.size === 0) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.abort.signal.aborted) return;
      if (!this.observer) {
        const band = this.band();
        for (const entry of this.toMeasure) {
          this.measureNow(entry);
          this.place(entry, band);
        }
        this.toMeasure.clear();
        return;
      }
      let handed = 0;
      for (const entry of this.toMeasure) {
        if (handed++ === MEASURE_PER_FRAME) break;
        this.toMeasure.delete(entry);
        this.measuring.add(entry);
        this.observer.observe(entry.element);
      }
      this.scheduleMeasuring();
    });
  }

  /** The observer's first report of each block handed to it: its box, just laid out. */
  private onMeasured(records: IntersectionObserverEntry[]): void {
    if (this.abort.signal.aborted) return;
    const { top, height } = this.viewport();
    const band = this.band();
    for (const record of records) {
      const entry = this.blocks.get(record.target);
      this.observer!.unobserve(record.target);
      if (!entry || !this.measuring.delete(entry)) continue;
      const rect = record.boundingClientRect;
      this.setPosition(entry, rect.width === 0 && rect.height === 0 ? null : rect, top, height);
      this.place(entry, band);
    }
  }

  private onScroll(event: Event): void {
    const target = event.target;
    if (target !== this.doc && target !== this.view && target !== this.doc.documentElement && target !== this.doc.body) {
      // A scroll inside an element moves what is in it on the page.
      this.layoutChanged();
      return;
    }
    this.scrollTop = this.view?.scrollY ?? 0;
    const { top, height } = this.viewport();
    // Half a margin: what is on screen stays inside the band computed last time.
    if (Number.isNaN(this.windowTop) || Math.abs(top - this.windowTop) >= (height * NEAR_SCREENS) / 2) this.update();
  }

  /**
   * Where the viewport is, as last read: the scroll position when the page last scrolled and the
   * height when the window was last resized. Reading them at any other time can make the browser
   * finish a pending layout first (Firefox does, for scrollY and innerHeight: the rest of a big
   * page's interruptible reflow then ran inside our task, 13 ms on the dense page).
   */
  private viewport(): { top: number; height: number } {
    if (Number.isNaN(this.scrollTop)) this.scrollTop = this.view?.scrollY ?? 0;
    if (Number.isNaN(this.height)) this.height = this.view?.innerHeight || 800;
    return { top: this.scrollTop, height: this.height };
  }

  /** The part of the document whose marks are shown, around the viewport as it is now. */
  private band(): { top: number; bottom: number; scrollTop: number; height: number } {
    const { top, height } = this.viewport();
    const margin = height * NEAR_SCREENS;
    return { top: top - margin, bottom: top + height + margin, scrollTop: top, height };
  }

  /** The window moved: every measured block is placed again (numbers only, no DOM read). */
  private update(): void {
    const band = this.band();
    this.windowTop = band.scrollTop;
    for (const entry of this.blocks.values()) if (entry.measured >= 0) this.place(entry, band);
    // The window moved: one change of the highlight for all of it.
    this.applyPending();
  }

  /** Where the block is now, read directly (before its marks leave the highlight, or without an observer). */
  private measureNow(entry: BlockEntry): void {
    const { top, height } = this.viewport();
    const rect = entry.element.getBoundingClientRect();
    this.setPosition(entry, rect.width === 0 && rect.height === 0 ? null : rect, top, height);
  }

  private setPosition(entry: BlockEntry, rect: DOMRectReadOnly | null, scrollTop: number, height: number): void {
    entry.measured = this.epoch;
    if (!rect) {
      // No box of its own (display: contents): where its marks are.
      const mentions = [...entry.mentions];
      const span = this.doc.createRange();
      const first = mentions[0]!.range;
      const last = mentions[mentions.length - 1]!.range;
      span.setStart(first.startContainer, first.startOffset);
      span.setEnd(last.endContainer, last.endOffset);
      rect = span.getBoundingClientRect();
    }
    entry.top = rect.top + scrollTop;
    entry.bottom = rect.bottom + scrollTop;
    entry.tall = null;
    entry.tallOrder = null;
    if (entry.mentions.size > 1 && rect.height > height * TALL_SCREENS) {
      // A tall block: each mark is placed by itself, so only those near the screen are shown.
      const order = [...entry.mentions];
      const tall = new Float64Array(order.length * 2);
      order.forEach((mention, i) => {
        const box = (entry.shown.get(mention) ?? mention.range).getBoundingClientRect();
        tall[2 * i] = box.top + scrollTop;
        tall[2 * i + 1] = box.bottom + scrollTop;
      });
      entry.tall = tall;
      entry.tallOrder = order;
    }
  }

  /** Shows the block's marks when it is in the band, hides them otherwise. */
  private place(entry: BlockEntry, band: { top: number; bottom: number }): void {
    let near = entry.bottom >= band.top && entry.top <= band.bottom;
    if (!near && entry.shown.size > 0) {
      // About to leave: measured again, so a fixed or sticky block (or one moved by a change not
      // seen) that is still on screen keeps its marks.
      this.measureNow(entry);
      near = entry.bottom >= band.top && entry.top <= band.bottom;
    }
    if (near) this.show(entry, band);
    else if (entry.shown.size > 0) this.hide(entry);
  }

  private show(entry: BlockEntry, band: { top: number; bottom: number }): void {
    const { tall, tallOrder } = entry;
    const { top, height } = this.viewport();
    // On screen or about to be (half a screen away): painted at once; the rest of the band waits.
    const soon = (from: number, to: number) => to >= top - height / 2 && from <= top + height * 1.5;
    if (tall && tallOrder) {
      tallOrder.forEach((mention, i) => {
        const near = tall[2 * i + 1]! >= band.top && tall[2 * i]! <= band.bottom;
        const range = entry.shown.get(mention);
        if (near && !range && entry.mentions.has(mention)) this.showOne(entry, mention, soon(tall[2 * i]!, tall[2 * i + 1]!));
        else if (!near && range) {
          entry.shown.delete(mention);
          this.stageDelete(range);
        }
      });
      return;
    }
    if (entry.shown.size === entry.mentions.size) return;
    const urgent = soon(entry.top, entry.bottom);
    for (const mention of entry.mentions) if (!entry.shown.has(mention)) this.showOne(entry, mention, urgent);
  }

  private showOne(entry: BlockEntry, mention: PageMention, urgent: boolean): void {
    const range = mention.range;
    entry.shown.set(mention, range);
    if (urgent) this.marks.add(range);
    else {
      this.pendingAdd.add(range);
      this.scheduleApply();
    }
  }

  private hide(entry: BlockEntry): void {
    for (const range of entry.shown.values()) this.stageDelete(range);
    entry.shown.clear();
  }

  /** A range leaves the highlight with the next batch (or never enters it, if it was waiting). */
  private stageDelete(range: Range): void {
    if (this.pendingAdd.delete(range)) return;
    this.pendingDelete.add(range);
    this.scheduleApply();
  }

  /**
   * Changes of the highlight away from the screen are applied together, at most every
   * APPLY_DELAY_MS: each change of a decorated highlight costs the browser's next frame a pass over
   * the page's layout (see NEAR_SCREENS), so a scan that finds the marks of the screens around the
   * reader slice by slice changes it a few times, not at every slice.
   */
  private scheduleApply(): void {
    if (this.applyTimer || this.abort.signal.aborted) return;
    this.applyTimer = setTimeout(() => this.applyPending(), APPLY_DELAY_MS) as unknown as number;
  }

  private applyPending(): void {
    if (this.applyTimer) clearTimeout(this.applyTimer);
    this.applyTimer = 0;
    if (this.abort.signal.aborted) return;
    for (const range of this.pendingDelete) this.marks.delete(range);
    for (const range of this.pendingAdd) this.marks.add(range);
    this.pendingDelete.clear();
    this.pendingAdd.clear();
  }
}

/** One text node piece wrapped by us, with what unwrapping needs to put the text back as it was. */
interface WrappedPiece {
  mark: Element;
  /** The node that held the text before and still holds the part before the mark. */
  before: Text | null;
  inner: Text;
  /** The part after the mark, split off by us (null when the mark reached the node's end). */
  after: Text | null;
}

class WrappingPainter implements MarkPainter {
  readonly kind = 'wrap' as const;
  /** Wraps in the order made; undone in reverse so every split is merged back into its original node. */
  private readonly pieces = new Map<PageMention, WrappedPiece[]>();
  private style: HighlightStyle = 'underline';

  constructor(private readonly doc: Document) {}

  add(mention: PageMention): void {
    if (this.pieces.has(mention)) return;
    const range = mention.range;
    const textNodes = textNodesIn(range);
    const startNode = range.startContainer;
    const startOffset = range.startOffset;
    const endNode = range.endContainer;
    const endOffset = range.endOffset;
    const wrapped: WrappedPiece[] = [];
    for (const node of textNodes) {
      const from = node === startNode ? startOffset : 0;
      const to = node === endNode ? endOffset : node.data.length;
      if (to <= from) continue;
      wrapped.push(this.wrap(node, from, to));
    }
    this.pieces.set(mention, wrapped);
    // The mention's text now lives in the wrapped nodes; point it there, so hit-testing, the card's
    // anchor and document order still see it.
    const first = wrapped[0];
    const last = wrapped[wrapped.length - 1];
    if (first && last) {
      mention.startNode = first.inner;
      mention.startOffset = 0;
      mention.endNode = last.inner;
      mention.endOffset = last.inner.data.length;
      mention.nodes = wrapped.map((piece) => piece.inner);
    }
  }

  private wrap(node: Text, from: number, to: number): WrappedPiece {
    const before = from > 0 ? node : null;
    const inner = from > 0 ? node.splitText(from) : node;
    const after = to - from < inner.data.length ? inner.splitText(to - from) : null;
    const mark = this.doc.createElement(FALLBACK_TAG);
    if (this.style !== 'underline') mark.setAttribute('data-style', this.style);
    inner.parentNode!.insertBefore(mark, inner);
    mark.appendChild(inner);
    return { mark, before, inner, after };
  }

  remove(mention: PageMention): void {
    const wrapped = this.pieces.get(mention);
    if (!wrapped) return;
    this.pieces.delete(mention);
    for (let i = wrapped.length - 1; i >= 0; i--) unwrap(wrapped[i]!);
  }

  setActive(range: Range | null): void {
    for (const [mention, wrapped] of this.pieces) {
      const active = range !== null && mention.startNode === range.startContainer && mention.startOffset === range.startOffset;
      for (const piece of wrapped) piece.mark.toggleAttribute('data-active', active);
    }
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const wrapped of this.pieces.values()) {
      for (const piece of wrapped) {
        if (style === 'underline') piece.mark.removeAttribute('data-style');
        else piece.mark.setAttribute('data-style', style);
      }
    }
  }

  clear(): void {
    for (const mention of [...this.pieces.keys()].reverse()) this.remove(mention);
  }
}

function unwrap({ mark, before, inner, after }: WrappedPiece): void {
  if (!mark.parentNode) return; // the page removed it; nothing of ours is left to undo
  mark.parentNode.insertBefore(inner, mark);
  mark.remove();
  if (after && after.previousSibling === inner) {
    inner.appendData(after.data);
    after.remove();
  }
  if (before && inner.previousSibling === before) {
    before.appendData(inner.data);
    inner.remove();
  }
}

/** The text nodes a range touches, in document order. */
function textNodesIn(range: Range): Text[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === 3) return [start as Text];
  const doc = start.ownerDocument ?? (start as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A mention's range can span an element whose text is not read (a script between a name and its
    // trailing stress mark): only the text the mention was found in is wrapped.
    if (range.intersectsNode(node) && !isInsideSkipped(node)) nodes.push(node as Text);
  }
  return nodes;
}
