import type { EntityId } from '../knowledge/entity-ids';

/** A mention found on the page: what it names and where it is. */
export interface PageMention {
  entity: EntityId;
  text: string;
  range: Range;
  /** The block element whose text it was found in (the unit of rescanning). */
  block: Element;
}

/**
 * Everything currently marked, indexed three ways: by block (to drop a block's marks when it is
 * rescanned or removed), by text node (to hit-test the pointer fast), and in document order (for
 * "next mention" and the popup's list, sorted lazily).
 */
export class MentionIndex {
  private readonly byBlock = new Map<Element, PageMention[]>();
  private readonly byNode = new Map<Node, PageMention[]>();
  private ordered: PageMention[] | null = null;
  private total = 0;

  get size(): number {
    return this.total;
  }

  add(mention: PageMention): void {
    push(this.byBlock, mention.block, mention);
    for (const node of boundaryNodes(mention.range)) push(this.byNode, node, mention);
    this.total++;
    this.ordered = null;
  }

  /** Removes and returns the marks found in `block`. */
  removeBlock(block: Element): PageMention[] {
    const removed = this.byBlock.get(block);
    if (!removed) return [];
    this.byBlock.delete(block);
    for (const mention of removed) {
      for (const node of boundaryNodes(mention.range)) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const kept = list.filter((m) => m !== mention);
        if (kept.length) this.byNode.set(node, kept);
        else this.byNode.delete(node);
      }
    }
    this.total -= removed.length;
    this.ordered = null;
    return removed;
  }

  /** Blocks that hold marks and match `predicate` (for pruning detached or contained blocks). */
  blocksWhere(predicate: (block: Element) => boolean): Element[] {
    return [...this.byBlock.keys()].filter(predicate);
  }

  /** Marks whose range starts or ends in `node`. */
  atNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** All marks in document order. */
  inDocumentOrder(): readonly PageMention[] {
    if (!this.ordered) {
      const all = [...this.byBlock.values()].flat();
      all.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
      this.ordered = all;
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
    const candidates = this.inDocumentOrder().filter((m) => m.range.startContainer.isConnected && (entity === undefined || m.entity === entity));
    if (candidates.length === 0) return null;
    if (current) return candidates[(candidates.indexOf(current) + 1) % candidates.length]!;
    return (start && candidates.find(start)) || candidates[0]!;
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

/**
 * The text nodes a hit can land in for this mention. A mention spans at most a few inline elements,
 * so indexing every text node it covers is cheap; for a single node this is just that node.
 */
function boundaryNodes(range: Range): Node[] {
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end) return [start];
  const nodes: Node[] = [start];
  let node: Node | null = start;
  while (node && node !== end) {
    node = nextInOrder(node);
    if (node && node.nodeType === 3) nodes.push(node);
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
