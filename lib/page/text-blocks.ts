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
const SKIPPED_TAG_NAMES = [
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'CODE', 'PRE', 'KBD', 'SAMP',
];

/**
 * Elements that start a new block. Tag names rather than computed styles: the same in every DOM, and
 * free to read on a page of 20,000 nodes. BR also ends a line of text and so a block.
 */
const BLOCK_TAG_NAMES = [
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG',
];

// Both cases: HTML elements report upper-case tag names, SVG/MathML and XHTML ones lower-case.
const SKIPPED_TAGS = new Set([...SKIPPED_TAG_NAMES, ...SKIPPED_TAG_NAMES.map((t) => t.toLowerCase())]);
const BLOCK_TAGS = new Set([...BLOCK_TAG_NAMES, ...BLOCK_TAG_NAMES.map((t) => t.toLowerCase())]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function tagOf(element: Element): string {
  const tag = element.tagName;
  return BLOCK_TAGS.has(tag) || SKIPPED_TAGS.has(tag) ? tag : tag.toUpperCase();
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/** True for elements whose whole subtree is not read: skipped tags, hidden, editable, or our own UI. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(tagOf(element))) return true;
  return element.hasAttributes() && isSkippedByAttribute(element);
}

function isSkippedByAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.hasAttribute('data-carrera-lens-ui')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  return false;
}

/** The nearest ancestor (or self) that is a block: where a change to `node` is rescanned. */
export function blockContainerOf(node: Node): Element | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1) {
    const element = current as Element;
    if (isBlockElement(element) && tagOf(element) !== 'BR') return element;
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
 *
 * This is the exact definition of a page's text; the scanner reads most of a page through
 * blockUnits below and comes here only for the blocks that may hold a name.
 */
export function* iterateTextBlocks(root: Node, options: { shallow?: boolean } = {}): Generator<TextBlock> {
  for (const block of walkTextBlocks(root, options.shallow === true, null)) if (block) yield block;
}

/** How many nodes walkTextBlocks visits between two pauses. */
export const NODES_PER_PAUSE = 512;

/**
 * iterateTextBlocks, for the scanner: it also yields null after every NODES_PER_PAUSE nodes, so that a
 * block with thousands of children but little text of its own (an article's element, a feed) is read
 * over several slices. With `structural` (the elements blockUnits found), an element not in it is
 * known to be inline and read: its tag and attributes are not looked at.
 */
export function* walkTextBlocks(root: Node, shallow: boolean, structural: ReadonlySet<Element> | null): Generator<TextBlock | null> {
  let visited = 0;
  let block: Element | null = blockContainerOf(root) ?? (root.nodeType === 1 ? (root as Element) : null);
  // The blocks entered on the way down (no recursion and no object per node: pages nest thousands
  // of elements deep and hold tens of thousands of nodes).
  const entered: (Element | null)[] = [];
  let current: TextBlock | null = null;
  let node: Node = root;
  for (;;) {
    if (++visited === NODES_PER_PAUSE) {
      visited = 0;
      yield null;
    }
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === 3) {
      const text = node as Text;
      const data = text.data;
      if (data.length > 0 && block !== null) {
        if (current === null) {
          current = { element: block, text: '', segments: [] };
        } else if (needsSeparator(current, text)) {
          // Not part of any segment: offsets inside it map to the end of the node before.
          current.text += ' ';
        }
        current.segments.push({ node: text, start: current.text.length });
        current.text += data;
      }
    } else if (type === 1) {
      const element = node as Element;
      if (node === root || (structural !== null && !structural.has(element))) {
        child = node.firstChild;
      } else if (!isSkippedElement(element)) {
        if (isBlockElement(element)) {
          if (current && hasText(current)) yield current;
          current = null;
          // A shallow scan reads only the root block's own text; nested blocks just separate it.
          if (!shallow) {
            child = node.firstChild;
            if (child) {
              entered.push(block);
              block = element;
            }
          }
        } else {
          child = node.firstChild;
        }
      }
    } else if (type === 9 || type === 11) {
      child = node.firstChild;
    }
    if (child) {
      node = child;
      continue;
    }
    // On to the next node in document order, leaving elements on the way up.
    for (;;) {
      if (node === root) {
        if (current && hasText(current)) yield current;
        return;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode!;
      if (node === block && node !== root && entered.length > 0) {
        // Leaving a block element: what follows belongs to the parent's block again.
        if (current && hasText(current)) yield current;
        current = null;
        block = entered.pop()!;
      }
    }
  }
}

/** One block element to read, from blockUnits. */
export interface BlockUnit {
  element: Element;
  /** Every element found by the query (blocks and possibly skipped ones), for walkTextBlocks. */
  structural: ReadonlySet<Element>;
  /**
   * Nothing the walk must look at is inside it (no nested block, line break or image, nothing
   * skipped or possibly hidden): its text is its textContent, plus at most the spaces that
   * needsSeparator puts between words the page shows apart.
   */
  leaf: boolean;
}

/** How many elements blockUnits looks at between two pauses. */
export const ELEMENTS_PER_PAUSE = 256;

/**
 * The block elements of a full read of the block element `root` (itself included), lazily, with the
 * ones inside skipped elements left out; null now and then (every ELEMENTS_PER_PAUSE elements) so
 * that the caller can look at the clock. Only elements are visited, not the text nodes, and each
 * block comes when the walk leaves it, so whether it is a leaf (nothing structural inside: no nested
 * block, line break or image, nothing skipped) is known; leaves come in document order, a container
 * after what is inside it. Reading each unit (its own text with walkTextBlocks, shallow) gives exactly
 * the blocks iterateTextBlocks(root) gives. (One querySelectorAll of the same elements was as fast in
 * Chromium but could not be cut: 10–25 ms in one task on a 2 MB page, in Firefox too.)
 */
export function* blockUnits(root: Element): Generator<BlockUnit | null> {
  const structural = new Set<Element>();
  /** The blocks the walk is inside, outermost first, each with whether something structural is in it. */
  const open: { element: Element; inner: boolean }[] = [{ element: root, inner: false }];
  let visited = 0;
  let node: Element | null = root.firstElementChild;
  while (node) {
    if (++visited % ELEMENTS_PER_PAUSE === 0) yield null;
    let child: Element | null = null;
    const tag = tagOf(node);
    if (SKIPPED_TAGS.has(tag) || (node.hasAttributes() && isSkippedByAttribute(node))) {
      structural.add(node);
      open[open.length - 1]!.inner = true;
    } else if (BLOCK_TAGS.has(tag)) {
      structural.add(node);
      open[open.length - 1]!.inner = true;
      open.push({ element: node, inner: false });
      child = node.firstElementChild;
      if (!child) {
        open.pop();
        yield { element: node, structural, leaf: true };
      }
    } else {
      child = node.firstElementChild;
    }
    if (child) {
      node = child;
      continue;
    }
    // On to the next element, leaving elements (and closing the blocks among them) on the way up.
    let current: Element = node;
    node = null;
    for (;;) {
      const sibling: Element | null = current.nextElementSibling;
      if (sibling) {
        node = sibling;
        break;
      }
      const parent = current.parentElement;
      if (!parent || parent === root) break;
      current = parent;
      const top = open[open.length - 1]!;
      if (top.element === current) {
        open.pop();
        yield { element: current, structural, leaf: !top.inner };
      }
    }
  }
  yield { element: root, structural, leaf: !open[0]!.inner };
}

const LETTER = /\p{L}/u;

/** A letter or digit; ASCII is answered here, the rest by the matcher's exact test. */
function isWordCharFast(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return isWordChar(ch);
}

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
  if (!isWordCharFast(before) || !isWordCharFast(after)) return false; // also when either is missing
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
  const segment = block.segments[segmentIndexAt(block.segments, offset, preferEnd)]!;
  return { node: segment.node, offset: offset - segment.start };
}

/**
 * Where a mark of [start, end) ends: before the stress marks (U+0300, U+0301) the matcher counts in a
 * name (Карре́ра) when they sit in a later text node than the letter they follow. Between the two
 * nodes there may be markup the block skips (a <script>), and a range up to the mark would cover it.
 */
export function markEnd(block: TextBlock, start: number, end: number): number {
  let letter = end;
  while (letter > start + 1 && (block.text.charCodeAt(letter - 1) === 0x300 || block.text.charCodeAt(letter - 1) === 0x301)) letter--;
  if (letter === end) return end;
  return segmentIndexAt(block.segments, letter, true) === segmentIndexAt(block.segments, end, true) ? end : letter;
}

/** Index of the segment holding `offset` (with preferEnd, an offset on a boundary belongs to the segment before). */
export function segmentIndexAt(segments: TextBlock['segments'], offset: number, preferEnd: boolean): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = segments[mid]!.start;
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}
