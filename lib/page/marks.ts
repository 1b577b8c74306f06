/**
 * Painting marks on the page. Preferred: the CSS Custom Highlight API, which styles Ranges without
 * touching the DOM. Fallback, only where the API is missing: wrap each marked piece of text in an
 * element of our own, recording every split so that unwrapping restores the page exactly.
 */

import type { HighlightStyle } from '../settings/schema';
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
  /** Marks `range`, which lies in the block element `block`. */
  add(range: Range, block: Element): void;
  remove(range: Range): void;
  /** Emphasises one range (the one whose card is open), or none. */
  setActive(range: Range | null): void;
  /** Changes how every mark looks, at once. */
  setStyle(style: HighlightStyle): void;
  clear(): void;
}

export function createMarkPainter(doc: Document = document): MarkPainter {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  if (registry && typeof Highlight === 'function') return new HighlightPainter(registry);
  return new WrappingPainter(doc);
}

/**
 * Paints through `CSS.highlights`. Browsers rebuild a highlight's painting from all of its ranges
 * whenever it changes (Chromium re-creates a marker per range), so a highlight of thousands of ranges
 * that grows slice by slice costs more per frame as it grows. Ranges are therefore registered only
 * while their block is on or near the screen (an IntersectionObserver with a screen's margin above
 * and below): the highlight stays small whatever the page's length, and updates come at most once
 * a frame, when the observer reports.
 */
class HighlightPainter implements MarkPainter {
  readonly kind = 'highlight' as const;
  private readonly marks = new Highlight();
  private readonly active = new Highlight();
  private readonly rangesByBlock = new Map<Element, Set<Range>>();
  private readonly blockOf = new Map<Range, Element>();
  private readonly onScreen = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  private name = HIGHLIGHT_NAME;

  constructor(private readonly registry: HighlightRegistry) {
    this.active.priority = 1;
    // An earlier copy of this script may have left its highlights registered: Firefox destroys an
    // updated or reloaded add-on's content scripts without letting them clean up. Empty them first.
    registry.get(HIGHLIGHT_NAME)?.clear();
    registry.get(ACTIVE_HIGHLIGHT_NAME)?.clear();
    registry.set(HIGHLIGHT_NAME, this.marks);
    registry.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.onIntersection(entries), { rootMargin: '100% 0px 100% 0px' })
        : null;
  }

  add(range: Range, block: Element): void {
    let ranges = this.rangesByBlock.get(block);
    if (!ranges) {
      ranges = new Set();
      this.rangesByBlock.set(block, ranges);
      this.observer?.observe(block);
    }
    ranges.add(range);
    this.blockOf.set(range, block);
    if (!this.observer || this.onScreen.has(block)) this.marks.add(range);
  }

  remove(range: Range): void {
    this.marks.delete(range);
    this.active.delete(range);
    const block = this.blockOf.get(range);
    if (!block) return;
    this.blockOf.delete(range);
    const ranges = this.rangesByBlock.get(block);
    if (!ranges) return;
    ranges.delete(range);
    if (ranges.size === 0) {
      this.rangesByBlock.delete(block);
      this.onScreen.delete(block);
      this.observer?.unobserve(block);
    }
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
    this.observer?.disconnect();
    this.rangesByBlock.clear();
    this.blockOf.clear();
    this.onScreen.clear();
    this.marks.clear();
    this.active.clear();
    if (this.registry.get(this.name) === this.marks) this.registry.delete(this.name);
    if (this.registry.get(ACTIVE_HIGHLIGHT_NAME) === this.active) this.registry.delete(ACTIVE_HIGHLIGHT_NAME);
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const ranges = this.rangesByBlock.get(entry.target);
      if (!ranges) continue;
      if (entry.isIntersecting) {
        this.onScreen.add(entry.target);
        for (const range of ranges) this.marks.add(range);
      } else {
        this.onScreen.delete(entry.target);
        for (const range of ranges) this.marks.delete(range);
      }
    }
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
  private readonly pieces = new Map<Range, WrappedPiece[]>();
  private style: HighlightStyle = 'underline';

  constructor(private readonly doc: Document) {}

  add(range: Range, _block: Element): void {
    if (this.pieces.has(range)) return;
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
    this.pieces.set(range, wrapped);
    // Moving a text node into a mark collapses the live range; point it at the wrapped text again,
    // so hit-testing, the card's anchor and document order still see the mention.
    const first = wrapped[0];
    const last = wrapped[wrapped.length - 1];
    if (first && last) {
      range.setStart(first.inner, 0);
      range.setEnd(last.inner, last.inner.data.length);
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

  remove(range: Range): void {
    const wrapped = this.pieces.get(range);
    if (!wrapped) return;
    this.pieces.delete(range);
    for (let i = wrapped.length - 1; i >= 0; i--) unwrap(wrapped[i]!);
  }

  setActive(range: Range | null): void {
    for (const [candidate, wrapped] of this.pieces) {
      for (const piece of wrapped) piece.mark.toggleAttribute('data-active', candidate === range);
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
    for (const range of [...this.pieces.keys()].reverse()) this.remove(range);
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
