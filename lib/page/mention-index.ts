import type { EntityId } from '../knowledge/entity-ids';

/**
 * A mention found on the page: what it names and where it is, as text nodes and offsets.
 *
 * No live Range is kept for it. A browser updates every live Range of a document on each change the
 * page makes to its DOM (so thousands of them tax a live page's own work), and a live Range whose
 * text is removed moves to the removed node's old parent, so anything keyed by what the Range says
 * at removal time misses what it was keyed by at insertion (that kept removed posts of live feeds
 * alive). `range` makes a live Range when one is needed (hover, the card's anchor, the highlight
 * while the mention is near the screen).
 */
export class PageMention {
  constructor(
    readonly entity: EntityId,
    readonly text: string,
    /** The block element whose text it was found in (the unit of rescanning). */
    readonly block: Element,
    public startNode: Text,
    public startOffset: number,
    public endNode: Text,
    public endOffset: number,
    /** Every text node the mention covers, in document order: where a hit on the page can land. */
    public nodes: readonly Text[],
  ) {}

  /** A mention over an existing range (tests, and the fallback painter's own bookkeeping). */
  static fromRange(entity: EntityId, range: Range, block: Element): PageMention {
    const nodes = textNodesBetween(range.startContainer, range.endContainer);
    return new PageMention(
      entity,
      range.toString(),
      block,
      range.startContainer as Text,
      range.startOffset,
      range.endContainer as Text,
      range.endOffset,
      nodes,
    );
  }

  /** True while its first text node is in the document. */
  get connected(): boolean {
    return this.startNode.isConnected;
  }

  /**
   * A new live Range over the mention, made on each call. Where the page changed the text since it
   * was read (its block is rescanned in the next idle slice), the range is collapsed at the block.
   */
  get range(): Range {
    const range = this.block.ownerDocument.createRange();
    try {
      range.setStart(this.startNode, this.startOffset);
      range.setEnd(this.endNode, this.endOffset);
    } catch {
      range.selectNodeContents(this.block);
      range.collapse(true);
    }
    return range;
  }
}

/**
 * Everything currently marked, indexed three ways: by block (to drop a block's marks when it is
 * rescanned or removed), by text node (to hit-test the pointer fast), and in document order (for
 * "next mention" and the popup's list, sorted lazily). Every node it holds is dropped with its
 * block: nothing here outlives what the page removed.
 */
export class MentionIndex {
  private readonly byBlock = new Map<Element, PageMention[]>();
  private readonly byNode = new Map<Node, PageMention[]>();
  private ordered: PageMention[] | null = null;
  private total = 0;

  get size(): number {
    return this.total;
  }

  /** Adds a mention. A block's mentions are added in document order (the scanner reads blocks that way). */
  add(mention: PageMention): void {
    push(this.byBlock, mention.block, mention);
    for (const node of mention.nodes) push(this.byNode, node, mention);
    this.total++;
    this.ordered = null;
  }

  /** Removes and returns the marks found in `block`. */
  removeBlock(block: Element): PageMention[] {
    const removed = this.byBlock.get(block);
    if (!removed) return [];
    this.byBlock.delete(block);
    // The nodes recorded at insertion, not what a Range would say now: the page may have moved them.
    const nodes = new Set<Node>();
    for (const mention of removed) for (const node of mention.nodes) nodes.add(node);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const kept = list.filter((m) => m.block !== block);
      if (kept.length) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    this.total -= removed.length;
    this.ordered = null;
    return removed;
  }

  /** The blocks that hold marks. */
  blocks(): IterableIterator<Element> {
    return this.byBlock.keys();
  }

  /** Blocks that hold marks and match `predicate` (for pruning detached or contained blocks). */
  blocksWhere(predicate: (block: Element) => boolean): Element[] {
    return [...this.byBlock.keys()].filter(predicate);
  }

  /** Marks that cover `node`. */
  atNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** All marks in document order. */
  inDocumentOrder(): readonly PageMention[] {
    if (!this.ordered) {
      // Blocks are sorted, not mentions: a block's list is in document order already.
      const blocks = [...this.byBlock.keys()].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
      this.ordered = blocks.flatMap((block) => this.byBlock.get(block)!);
    }
    return this.ordered;
  }

  countsByEntity(): Map<EntityId, number> {
    const counts = new Map<EntityId, number>();
    for (const list of this.byBlock.values()) {
      for (const mention of list) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    }
    return counts;
  }

  /** Each entity once, in order of first appearance, with its number of marks (the popup's list). */
  entitiesInOrder(): { entity: EntityId; count: number }[] {
    const counts = this.countsByEntity();
    const order = new Set(this.inDocumentOrder().map((mention) => mention.entity));
    return [...order].map((entity) => ({ entity, count: counts.get(entity) ?? 0 }));
  }

  /**
   * The mark after `current` among those still in the page (of `entity` only, when given), wrapping
   * round; without `current`, the first one `start` accepts, else the first. Null when there is none.
   */
  nextAfter(current: PageMention | null, { entity, start }: { entity?: EntityId; start?: (mention: PageMention) => boolean } = {}): PageMention | null {
    const candidates = this.inDocumentOrder().filter((m) => m.connected && (entity === undefined || m.entity === entity));
    if (candidates.length === 0) return null;
    if (current) return candidates[(candidates.indexOf(current) + 1) % candidates.length]!;
    return (start && candidates.find(start)) || candidates[0]!;
  }

  /** What the index holds, for tests that check it keeps nothing the page removed. */
  heldNodes(): Node[] {
    return [...this.byBlock.keys(), ...this.byNode.keys(), ...[...this.byBlock.values()].flat().flatMap((m) => [m.block, m.startNode, m.endNode, ...m.nodes])];
  }

  clear(): PageMention[] {
    const all = [...this.byBlock.values()].flat();
    this.byBlock.clear();
    this.byNode.clear();
    this.ordered = null;
    this.total = 0;
    return all;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The text nodes from `start` to `end` in document order (both included when they are text). */
export function textNodesBetween(start: Node, end: Node): Text[] {
  const nodes: Text[] = [];
  if (start.nodeType === 3) nodes.push(start as Text);
  if (start === end) return nodes;
  let node: Node | null = start;
  while (node && node !== end) {
    node = nextInOrder(node);
    if (node && node.nodeType === 3) nodes.push(node as Text);
  }
  return nodes;
}

function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}
