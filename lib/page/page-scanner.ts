import type { EntityId } from '../knowledge/entity-ids';
import { IdleScheduler } from './idle-slices';
import type { MarkPainter } from './marks';
import { MentionIndex, PageMention } from './mention-index';
import {
  blockContainerOf,
  blockUnits,
  isBlockElement,
  isInsideSkipped,
  markEnd,
  segmentIndexAt,
  walkTextBlocks,
  type BlockUnit,
  type TextBlock,
} from './text-blocks';

/** What the scanner needs of the matcher: text in, mentions out (offsets into that text). */
export interface TextMatcher {
  /** `block`: the block the text is from, so what it tells the page can be taken back (`forget`). */
  find(text: string, block?: Element): readonly { entity: EntityId; start: number; end: number }[];
  /**
   * Gets ready for `find` (compiles), working until `outOfTime` says so; true when ready with
   * time left in the slice to read (false when the last step used it up). The scanner calls it in
   * its slices before matching, so that compiling is not one long task.
   */
  prepare?(outOfTime: () => boolean): boolean;
  /**
   * A quick look at a whole block's text before it is read node by node: false only when `find`
   * would find nothing in it, however it were cut into pieces or had spaces put into it. Without it
   * every block is read node by node.
   */
  mayMatch?(text: string): boolean;
  /**
   * What the page says (lib/matcher/page-context.ts) has a version that grows when it learns
   * something; the blocks whose last reading consulted what changed are read again then.
   */
  pageVersion?(): number;
  /** Which entities' standings on the page the `find` just made read, as bits (0: none). */
  consultedPage?(): number;
  /** The entities whose standing changed after `version`, as consultedPage's bits (without it: all). */
  pageChangesSince?(version: number): number;
  /** Takes back what the blocks `gone` says are gone told the page (removed, or about to be read again). */
  forget?(gone: Element | ((block: Element) => boolean)): void;
}

export interface PageScannerOptions {
  root: Element;
  matcher: TextMatcher;
  painter: MarkPainter;
  /** Which entities to mark (the reader's choice); all when absent. */
  accept?: (entity: EntityId) => boolean;
  /** Called after a slice in which marks were added or removed. */
  onChange?: () => void;
  onError?: (error: unknown, context: string) => void;
}

/** Blocks longer than this are matched in pieces, one piece per step, so one huge text node cannot stall a slice. */
export const CHUNK_CHARS = 16_384;
/** Context kept around a piece, so that names and the words the context rules read are whole. */
const CHUNK_OVERLAP = 256;

interface WorkItem {
  root: Node;
  /** Read only the root block's own text (an inline change), not the blocks nested inside it. */
  shallow: boolean;
}

/**
 * Finds mentions in a page and keeps them marked as the page changes. Work is done in idle slices:
 * the first scan of the whole page, then only what a mutation touched. Never changes the page's DOM
 * (unless the painter is the no-Highlight-API fallback).
 */
export class PageScanner {
  readonly index = new MentionIndex();
  private readonly scheduler: IdleScheduler;
  private readonly queue: WorkItem[] = [];
  /** The block elements of the full read under way (blockUnits; null entries are pauses). */
  private units: Iterator<BlockUnit | null> | null = null;
  /** The text blocks of the block element (or shallow root) being read; null entries are pauses. */
  private blocks: Iterator<TextBlock | null> | null = null;
  private chunks: { block: TextBlock; next: number } | null = null;
  private observer: MutationObserver | null = null;
  private changed = false;
  /** Blocks whose reading consulted what the page says, with the entities it read: read again when one changes. */
  private readonly pageDependent = new Map<Element, number>();
  private pageVersion = 0;

  constructor(private readonly options: PageScannerOptions) {
    this.scheduler = new IdleScheduler((outOfTime) => this.guarded('scanning the page', () => this.work(outOfTime)) ?? false);
  }

  get stats() {
    return this.scheduler.stats;
  }

  /** True while there is work queued or under way. */
  get busy(): boolean {
    return this.queue.length > 0 || this.reading;
  }

  /** True while a root's blocks are being read (between two blocks of it, or inside a huge one). */
  private get reading(): boolean {
    return this.units !== null || this.blocks !== null || this.chunks !== null;
  }

  start(): void {
    this.enqueue({ root: this.options.root, shallow: false });
    this.observer = new MutationObserver((records) => this.guarded('reading a change of the page', () => this.onMutations(records)));
    this.observer.observe(this.options.root, { childList: true, characterData: true, subtree: true });
  }

  /** Drops every mark and scans the whole page again (the reader changed which entities to mark). */
  rescanAll(): void {
    this.withoutObserving(() => {
      for (const mention of this.index.clear()) this.options.painter.remove(mention);
    });
    this.queue.length = 0;
    this.units = null;
    this.blocks = null;
    this.chunks = null;
    this.pageDependent.clear();
    this.options.matcher.forget?.(() => true);
    this.enqueue({ root: this.options.root, shallow: false });
    this.options.painter.flush?.();
    this.options.onChange?.();
  }

  /** Stops observing and removes every mark: the page is as it was before we came. */
  stop(): void {
    this.scheduler.stop();
    this.observer?.disconnect();
    this.observer = null;
    this.queue.length = 0;
    this.units = null;
    this.blocks = null;
    this.chunks = null;
    this.pageDependent.clear();
    this.index.clear();
    this.options.painter.clear();
  }

  private enqueue(item: WorkItem): void {
    this.queue.push(item);
    this.scheduler.schedule();
  }

  /** One idle slice: blocks (and pieces of huge blocks) until the budget is spent. */
  private work(outOfTime: () => boolean): boolean {
    this.changed = false;
    // The matcher is compiled in slices of its own before the first block is read.
    if (this.options.matcher.prepare && !this.options.matcher.prepare(outOfTime)) return true;
    // Page changes made before this slice are handled first, so rescans see the current DOM.
    if (this.observer) this.onMutations(this.observer.takeRecords());
    const matcher = this.options.matcher;
    // The clock is read after every match, and after every few cheaper steps (a leaf passed over
    // with one look at its text costs about as much as reading the clock).
    let cheapSteps = 0;
    for (;;) {
      let matched = false;
      if (this.chunks) {
        this.matchNextChunk();
        matched = true;
      } else if (this.blocks) {
        const next = this.blocks.next();
        if (next.done) this.blocks = null;
        else if (next.value) {
          this.chunks = { block: next.value, next: 0 };
          this.matchNextChunk();
        }
        // A text block read, or a pause after NODES_PER_PAUSE nodes: both are worth a look at the clock.
        if (!next.done) matched = true;
      } else if (this.units) {
        const next = this.units.next();
        if (next.done) this.units = null;
        else if (next.value) {
          const { element, leaf, structural } = next.value;
          // Most of a page is leaves without a name: one look at the whole text, and no node is visited.
          if (!leaf || !matcher.mayMatch || matcher.mayMatch(element.textContent ?? '')) this.blocks = walkTextBlocks(element, true, structural);
        } else {
          matched = true; // a pause of the element walk: a look at the clock
        }
      } else {
        const item = this.queue.shift();
        if (!item) break;
        if (!item.root.isConnected) continue;
        this.forgetMarksUnder(item);
        if (!item.shallow && item.root.nodeType === 1 && isBlockElement(item.root as Element)) this.units = blockUnits(item.root as Element);
        else this.blocks = walkTextBlocks(item.root, item.shallow, null);
        matched = true;
      }
      if (matched || ++cheapSteps === 8) {
        cheapSteps = 0;
        if (outOfTime()) break;
      }
    }
    // Only between blocks: a block being read again has taken back what it told the page and not yet
    // told it again, and the page must not look as if it had changed (twice) meanwhile.
    if (!this.reading) this.rereadIfThePageLearned();
    if (this.changed) {
      this.options.painter.flush?.();
      this.options.onChange?.();
    }
    return this.busy;
  }

  private matchNextChunk(): void {
    const state = this.chunks!;
    const { block } = state;
    const from = state.next;
    const to = block.text.length <= CHUNK_CHARS ? block.text.length : Math.min(block.text.length, from + CHUNK_CHARS);
    state.next = to;
    if (to >= block.text.length) this.chunks = null;
    try {
      const windowStart = Math.max(0, from - CHUNK_OVERLAP);
      const windowEnd = Math.min(block.text.length, to + CHUNK_OVERLAP);
      const text = windowStart === 0 && windowEnd === block.text.length ? block.text : block.text.slice(windowStart, windowEnd);
      const found: PageMention[] = [];
      const mentions = this.options.matcher.find(text, block.element);
      const consulted = this.options.matcher.consultedPage?.() ?? 0;
      if (consulted) this.pageDependent.set(block.element, (this.pageDependent.get(block.element) ?? 0) | consulted);
      for (const mention of mentions) {
        const start = mention.start + windowStart;
        // Each mention belongs to the piece it starts in; the overlap only gives it context.
        if (start < from || start >= to) continue;
        if (this.options.accept && !this.options.accept(mention.entity)) continue;
        found.push(toPageMention(block, mention.entity, start, markEnd(block, start, mention.end + windowStart)));
      }
      // Text hidden by the page's CSS is not marked; asked only of blocks with a name.
      if (found.length && isRendered(block.element)) this.paint(found);
    } catch (error) {
      this.options.onError?.(error, `matching a block of ${block.text.length} characters`);
    }
  }

  /**
   * Paints one block's mentions. Ranges are made first and painted last to first: the fallback painter
   * splits text nodes, and splitting after a mention leaves the offsets of earlier ones valid.
   */
  private paint(mentions: PageMention[]): void {
    this.withoutObserving(() => {
      for (let i = mentions.length - 1; i >= 0; i--) this.options.painter.add(mentions[i]!);
    });
    for (const mention of mentions) this.index.add(mention);
    this.changed = true;
  }

  /** Before (re)reading a root, forget the marks it held: they are found again if still there. */
  private forgetMarksUnder(item: WorkItem): void {
    const root = item.root;
    const blocks = item.shallow
      ? [root as Element]
      : this.index.blocksWhere((block) => block === root || root.contains(block));
    for (const block of blocks) this.forgetBlock(block);
    // What the blocks read again told the page is told again (or not, if their text changed).
    this.options.matcher.forget?.(item.shallow ? (root as Element) : (block) => block === root || root.contains(block));
  }

  /**
   * When what the page says of an entity has changed (a full name, a namesake), the blocks whose
   * decisions read that entity's standing are read again, so the marks end as if the page had been
   * known from the start (and a late change of one entity does not re-read the whole page).
   */
  private rereadIfThePageLearned(): void {
    const version = this.options.matcher.pageVersion?.() ?? 0;
    if (version === this.pageVersion) return;
    const changed = this.options.matcher.pageChangesSince?.(this.pageVersion) ?? -1;
    this.pageVersion = version;
    for (const [block, consulted] of this.pageDependent) {
      if (!block.isConnected) this.pageDependent.delete(block);
      else if (consulted & changed) this.enqueue({ root: block, shallow: true });
    }
  }

  private forgetBlock(block: Element): void {
    const removed = this.index.removeBlock(block);
    if (removed.length === 0) return;
    this.withoutObserving(() => {
      for (const mention of removed) this.options.painter.remove(mention);
    });
    this.changed = true;
  }

  /**
   * Runs a step of ours so that an exception in it is reported (once per context, by the caller's
   * onError) and never reaches the page; a failed slice drops the work at hand and the next change
   * starts afresh.
   */
  private guarded<T>(context: string, step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      this.units = null;
      this.blocks = null;
      this.chunks = null;
      this.options.onError?.(error, context);
      return undefined;
    }
  }

  /** Turns a batch of page mutations into the smallest set of roots to rescan. */
  private onMutations(records: MutationRecord[]): void {
    if (records.length === 0) return;
    // The page changed: what is where on screen may have moved.
    this.options.painter.pageChanged?.();
    const full = new Set<Node>();
    const shallow = new Set<Element>();
    let removedSomething = false;
    for (const record of records) {
      if (isInsideSkipped(record.target)) continue;
      const container = blockContainerOf(record.target);
      if (record.type === 'characterData') {
        if (container) shallow.add(container);
        continue;
      }
      if (record.removedNodes.length > 0) {
        removedSomething = true;
        if (container) shallow.add(container);
      }
      for (const added of record.addedNodes) {
        if (added.nodeType === 1 && isBlockElement(added as Element)) {
          full.add(added);
        } else if (added.nodeType === 3 || added.nodeType === 1) {
          if (container) shallow.add(container);
          // Blocks nested in an added inline element (rare) are read in full.
          if (added.nodeType === 1) {
            for (const nested of (added as Element).querySelectorAll('*')) {
              if (isBlockElement(nested)) full.add(nested);
            }
          }
        }
      }
    }
    if (removedSomething) {
      for (const block of this.index.blocksWhere((b) => !b.isConnected)) this.forgetBlock(block);
      for (const block of this.pageDependent.keys()) if (!block.isConnected) this.pageDependent.delete(block);
      this.options.matcher.forget?.((block) => !block.isConnected);
    }
    const fullRoots = new Set(outermost([...full]));
    for (const root of fullRoots) this.enqueue({ root, shallow: false });
    for (const container of shallow) {
      if (!isWithin(container, fullRoots)) this.enqueue({ root: container, shallow: true });
    }
    if (this.changed) {
      this.options.painter.flush?.();
      this.options.onChange?.();
    }
  }

  /** Runs a change of our own (the fallback painter edits the DOM) without reading it back as a page change. */
  private withoutObserving(change: () => void): void {
    if (this.options.painter.kind === 'highlight' || !this.observer) {
      change();
      return;
    }
    const pending = this.observer.takeRecords();
    change();
    this.observer.takeRecords();
    if (pending.length) this.onMutations(pending);
  }
}

/**
 * The mention at [start, end) of the block's text, with the text nodes it covers (binary search in
 * the block's segments).
 */
function toPageMention(block: TextBlock, entity: EntityId, start: number, end: number): PageMention {
  const { segments } = block;
  const first = segmentIndexAt(segments, start, false);
  const last = segmentIndexAt(segments, end, true);
  const nodes: Text[] = [];
  for (let i = first; i <= last; i++) nodes.push(segments[i]!.node);
  return new PageMention(
    entity,
    // A copy: a slice of the block's text would keep all of it alive for as long as the mention.
    (' ' + block.text.slice(start, end)).slice(1),
    block.element,
    segments[first]!.node,
    start - segments[first]!.start,
    segments[last]!.node,
    end - segments[last]!.start,
    nodes,
  );
}

/** Drops the nodes that lie inside another node of the list (walking up: cost in proportion to depth, not n²). */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return false;
    return true;
  });
}

function isWithin(node: Node, roots: Set<Node>): boolean {
  for (let up: Node | null = node; up; up = up.parentNode) if (roots.has(up)) return true;
  return false;
}

/**
 * False for text hidden by the page's CSS (display: none on it or an ancestor, content-visibility
 * hidden): nobody reads it, so it is not marked. Where `checkVisibility` is missing (older browsers,
 * happy-dom), everything not skipped by text-blocks.ts counts as rendered.
 */
function isRendered(element: Element): boolean {
  let current: Element | null = element;
  while (current) {
    const check: (() => boolean) | undefined = (current as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (typeof check !== 'function' || check.call(current)) return true;
    // An element with display: contents has no box of its own, but its text is shown: ask its parent.
    if (getComputedStyle(current).display !== 'contents') return false;
    current = current.parentElement;
  }
  return true;
}
