import { IdleScheduler } from '../page/idle-slices';
import { blockContainerOf, isBlockElement, isInsideSkipped } from '../page/text-blocks';

/**
 * Waits until a page may name one of ours, then says so once: the content script loads the matcher
 * and the scanner (marking.js) only for such a page. Most pages a reader opens name none of them.
 *
 * The page's text as it is is read text node by text node in idle slices (a TreeWalker: no string of
 * the whole page is made) and looked at a piece at a time, with an overlap, so a name across two pieces
 * is seen; a page that names one of ours early is done after its first piece. Meanwhile and afterwards, what the page adds or changes is looked at
 * as it comes (a live page, a page that fills itself in). `mayName` must say "maybe" for any text in
 * which the matcher could find a name, however it is cut or joined (Matcher.mayMatch): a page's
 * whole text joins its blocks without spaces.
 */
export interface NameGateOptions {
  doc: Document;
  mayName: (text: string) => boolean;
  /** Called once, when the page may name one of ours. */
  onMaybe: () => void;
  onError?: (error: unknown, context: string) => void;
}

/**
 * Characters of the page's text looked at at once: the slice's clock is read between pieces. With
 * pieces of 16,384 a slice of the look was a block of 16 ms in Firefox (10 of its 1 ms samples in the
 * regex, in the Gecko profile of `npm run bench:firefox -- news`).
 */
export const GATE_PIECE_CHARS = 4_096;

/**
 * What the first slices look at, one each, before the page: '' compiles the look (a regex is compiled at
 * its first search), then texts it finds nothing in, long enough that the regex engines compile it to
 * machine code at once (V8 and SpiderMonkey first interpret a regex, and compile it when a subject is
 * over 1,000 characters or it has run a few times), once for a text of one-byte characters and once for
 * one of two-byte characters (a Russian page's), which each engine compiles apart. Those compiles are
 * slices of their own, not a piece's.
 */
const WARM_TEXTS = ['', ' '.repeat(2_048), '\u3000'.repeat(2_048)];
/**
 * Longer than any form (the longest is a few dozen characters): a name across two pieces is in one
 * of them. Counted in characters that are not spaces: a multi-word name may be split by any run of
 * spaces (the look reads a space in a form as any run of them).
 */
const PIECE_OVERLAP = 256;

/** A space as the look reads one (its \s): a run of them may stand between a name's words. */
const SPACE = /\s/;

/** Where the overlap before `from` starts: PIECE_OVERLAP characters that are not spaces back, or 0. */
function overlapStart(text: string, from: number): number {
  let letters = 0;
  let i = from;
  while (i > 0 && letters < PIECE_OVERLAP) {
    i--;
    if (!SPACE.test(text[i]!)) letters++;
  }
  return i;
}

/** Starts watching; the returned function stops (it is called by itself once `onMaybe` is). */
export function watchForNames(options: NameGateOptions): () => void {
  const { doc, mayName } = options;
  let done = false;
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  /** Text read and not yet looked at from `from` on; before it, up to PIECE_OVERLAP characters already looked at. */
  let text = '';
  let from = 0;
  let ended = false;
  let read = 0;
  /** Slices spent compiling the look (WARM_TEXTS). */
  let warm = 0;
  const open = () => {
    if (done) return;
    stop();
    options.onMaybe();
  };
  const scheduler = new IdleScheduler((outOfTime) => {
    if (done) return false;
    try {
      // The first slices only compile the look (WARM_TEXTS): tasks of their own, not ones with a
      // piece of the page on top of them.
      if (warm < WARM_TEXTS.length) {
        mayName(WARM_TEXTS[warm++]!);
        return true;
      }
      for (;;) {
        if (text.length - from >= GATE_PIECE_CHARS || (ended && from < text.length)) {
          // A piece (a huge text node gives several, one at a time, each slice bounded).
          const end = Math.min(text.length, from + GATE_PIECE_CHARS);
          if (mayName(text.slice(overlapStart(text, from), end))) {
            open();
            return false;
          }
          // What was looked at is dropped but for the overlap the next piece starts with.
          const keep = overlapStart(text, end);
          text = text.slice(keep);
          from = end - keep;
          if (outOfTime()) return true;
          continue;
        }
        if (ended) return false;
        const node = walker.nextNode();
        if (node) text += (node as Text).data;
        else ended = true;
        // The clock is read every few nodes: reading it costs about as much as a node.
        if ((++read & 31) === 0 && outOfTime()) return true;
      }
    } catch (error) {
      options.onError?.(error, 'looking for names on the page');
      return false;
    }
  });
  const observer = new MutationObserver((records) => {
    try {
      for (const record of records) {
        if (done) return;
        if (isInsideSkipped(record.target)) continue;
        // A changed or added text or inline element is looked at with its block (a name may be split
        // across nodes: «Кар<b>рера</b>»); an added block, alone. A removal may join the text around
        // it into a name («Кар<span>…</span>рера», the span removed): the block it was in is looked at.
        const looked = record.type === 'characterData'
          ? [blockContainerOf(record.target) ?? record.target]
          : [...record.addedNodes].map((added) => (added.nodeType === 1 && isBlockElement(added as Element) ? added : blockContainerOf(added) ?? added));
        if (record.type === 'childList' && record.removedNodes.length > 0) {
          looked.push(record.target.nodeType === 1 && isBlockElement(record.target as Element) ? record.target : blockContainerOf(record.target) ?? record.target);
        }
        if (looked.some((node) => mayName(node.textContent ?? ''))) open();
      }
    } catch (error) {
      options.onError?.(error, 'looking for names in a change of the page');
    }
  });
  function stop(): void {
    done = true;
    scheduler.stop();
    observer.disconnect();
    text = '';
  }
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
  scheduler.schedule();
  return stop;
}
