import type { MentionIndex, PageMention } from './mention-index';

interface Caret {
  node: Node;
  offset: number;
}

/** The text position under a point: `caretPositionFromPoint` (standard), else `caretRangeFromPoint` (older Chromium). */
export function caretAtPoint(doc: Document, x: number, y: number): Caret | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when the point lies on one of the range's line boxes (not on the whitespace beside it). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The mention under the pointer, or null. The caret finds the text node fast; the client rects then
 * decide, so a pointer beside a name (the caret snaps to the nearest character) does not count.
 */
export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): PageMention | null {
  const caret = caretAtPoint(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const mention of index.atNode(caret.node)) {
    if (rangeContainsPoint(mention.range, x, y)) return mention;
  }
  return null;
}
