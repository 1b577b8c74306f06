/**
 * Text blocks: the unit the matcher reads. A block is the text of one block-level element with its
 * inline descendants concatenated («Массимо <b>Каррера</b>» is one block), so a name can run across
 * inline elements but never across blocks. Works on any DOM (the browser, happy-dom in the CLI).
 *
 * Reading never changes the DOM.
 */

import { isWordChar } from '../matcher/chars';

/**
 * One text node's place inside a block's text. Segments are in order; where the page shows a gap
 * between two text nodes without a space (see needsSeparator) the block's text has one space that
 * belongs to no segment.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  /** The element whose inline content this block is (a paragraph, a heading, a list item, ...). */
  element: Element;
  text: string;
  segments: TextSegment[];
}

/** Elements whose content is never read: code, data, form fields and things not rendered as text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'CODE', 'PRE', 'KBD', 'SAMP',
]);

/**
 * Elements that start a new block. Tag names rather than computed styles: the same in every DOM, and
 * free to read on a page of 20,000 nodes. BR also ends a line of text and so a block.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG',
]);

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** True for elements whose whole subtree is not read: skipped tags, hidden, editable, or our own UI. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.hasAttribute('data-carrera-lens-ui')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/** The nearest ancestor (or self) that is a block: where a change to `node` is rescanned. */
export function blockContainerOf(node: Node): Element | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1) {
    const element = current as Element;
    if (isBlockElement(element) && element.tagName.toUpperCase() !== 'BR') return element;
    current = element.parentNode;
  }
  return current && current.nodeType === 11 ? ((current as ShadowRoot).host ?? null) : null;
}

/** True when `node` or one of its ancestors is skipped, so a change inside it is not ours to read. */
export function isInsideSkipped(node: Node): boolean {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1) {
    if (isSkippedElement(current as Element)) return true;
    current = current.parentNode;
  }
  return false;
}

/**
 * Yields the text blocks under `root` in document order, lazily, so a caller can stop between blocks
 * and resume in the next idle slice. Only blocks with some non-space text are yielded. Nested blocks
 * split their parent: in `<div>a<p>b</p>c</div>` the blocks are "a", "b", "c" (each with element set
 * to the nearest block container). With `shallow`, nested blocks are passed over: only the text that
 * belongs to `root`'s own block is read (what a change of inline content needs to rescan).
 */
export function* iterateTextBlocks(root: Node, options: { shallow?: boolean } = {}): Generator<TextBlock> {
  const shallow = options.shallow === true;
  const rootBlock = blockContainerOf(root) ?? (root.nodeType === 1 ? (root as Element) : null);
  let current: TextBlock | null = null;
  // Explicit stack instead of recursion: pages nest thousands of elements deep.
  const stack: { node: Node; block: Element | null; exit: boolean }[] = [{ node: root, block: rootBlock, exit: false }];
  while (stack.length > 0) {
    const { node, block, exit } = stack.pop()!;
    if (exit) {
      // Leaving a block element: what follows belongs to the parent's block again.
      if (current && hasText(current)) yield current;
      current = null;
      continue;
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      if (data.length === 0 || block === null) continue;
      if (current === null || current.element !== block) {
        if (current && hasText(current)) yield current;
        current = { element: block, text: '', segments: [] };
      } else if (needsSeparator(current, text)) {
        // Not part of any segment: offsets inside it map to the end of the node before.
        current.text += ' ';
      }
      current.segments.push({ node: text, start: current.text.length });
      current.text += data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    let childBlock = block;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (node !== root && isSkippedElement(element)) continue;
      if (isBlockElement(element)) {
        if (current && hasText(current)) yield current;
        current = null;
        if (element.tagName.toUpperCase() === 'BR') continue;
        // A shallow scan reads only the root block's own text; nested blocks just separate it.
        if (shallow && node !== root) continue;
        childBlock = element;
        stack.push({ node, block, exit: true });
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, block: childBlock, exit: false });
  }
  if (current && hasText(current)) yield current;
}

const LETTER = /\p{L}/u;

/**
 * Whether the page shows a gap between the block's text so far and the next text node, although
 * neither has a space at the seam: «<time>14:20</time><a>Мотта провел…</a>» or
 * «<span>Торино — Дженоа</span><b>2:1</b>» in a flex row are two words on screen, while
 * «<b>Кар</b>рера» is one. Only a seam with a letter or digit on both sides and different parents
 * is looked at (rare), and then: a letter against a digit is always two words; otherwise a box
 * between them that is not plain inline (a flex or grid item, inline-block) or a margin, padding or
 * border on the facing sides separates them.
 */
function needsSeparator(block: TextBlock, next: Text): boolean {
  const before = block.text[block.text.length - 1];
  const after = next.data[0];
  if (!isWordChar(before) || !isWordChar(after)) return false; // also when either is missing
  const previous = block.segments[block.segments.length - 1]!.node;
  if (previous.parentNode === next.parentNode) return false;
  if (LETTER.test(before!) !== LETTER.test(after!)) return true;
  return boxesApart(previous, next);
}

function boxesApart(left: Node, right: Node): boolean {
  const view = right.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const common = commonAncestor(left, right);
  const separates = (node: Node, side: 'right' | 'left'): boolean => {
    for (let element = node.parentElement; element && element !== common; element = element.parentElement) {
      const style = view.getComputedStyle(element);
      const display = style.getPropertyValue('display');
      if (display !== 'inline' && display !== 'contents' && display !== '') return true;
      const px = (property: string) => parseFloat(style.getPropertyValue(property)) || 0;
      if (px(`margin-${side}`) + px(`padding-${side}`) + px(`border-${side}-width`) > 0) return true;
    }
    return false;
  };
  return separates(left, 'right') || separates(right, 'left');
}

function commonAncestor(a: Node, b: Node): Node | null {
  for (let node: Node | null = a.parentNode; node; node = node.parentNode) if (node.contains(b)) return node;
  return null;
}

function hasText(block: TextBlock): boolean {
  return /\S/.test(block.text);
}

/** All text blocks under `root`, in document order. */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...iterateTextBlocks(root)];
}

/** Finds the text node and offset inside it for an offset into the block's text (binary search). */
export function locateOffset(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { segments } = block;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = segments[mid]!.start;
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low]!;
  return { node: segment.node, offset: offset - segment.start };
}
