import { keptReading, type Matcher, type PageContext, type PageInfo, type TextReading } from '../matcher';
import { FNV_OFFSET_BASIS, FNV_PRIME } from '../matcher/page-context';
import type { TextMatcher } from './page-scanner';

/**
 * Milliseconds into a slice after which no compile step begins: the slice ends and the next step
 * begins the next one. A slice is then at most this plus one step (the longest, a regex compiled at
 * its first search, is 5–15 ms), never several heavy steps in a row.
 */
export const STEP_START_MS = 1;

/**
 * The matcher for one page, compiled in the scanner's first idle slices a step at a time instead
 * of while the content script starts. `compile` yields between steps and returns the matcher;
 * `page` says where the page is (its address and title: the decision's prior), read once it is
 * compiled. Every block is decided with what the page has said so far (lib/matcher/page-context.ts).
 *
 * A block the scanner reads again because the page learned something (its text unchanged) is decided
 * again from its reading (Matcher.read), not read again: on a live blog dense with names half of the
 * scan was such re-reads. The reading is kept only for blocks whose decision reads the page, as a copy
 * that holds nothing of the text (keptReading), keyed by the block element (weakly: a removed block
 * takes its reading with it) and checked against the text's length and hash, so a block whose text
 * changed is read afresh.
 */
export function deferredMatcher(
  compile: () => Generator<void, Matcher, void>,
  page: () => PageInfo = () => ({}),
  now: () => number = () => performance.now(),
): TextMatcher & Required<Pick<TextMatcher, 'prepare' | 'pageVersion' | 'consultedPage' | 'pageChangesSince' | 'forget'>> {
  let matcher: Matcher | null = null;
  let context: PageContext | null = null;
  let steps: Generator<void, Matcher, void> | null = null;
  let consulted = 0;
  const readings = new WeakMap<Element, KeptReading>();
  /** Runs steps until the matcher is compiled or `more` says stop; true when it is compiled. */
  const run = (more: () => boolean): boolean => {
    steps ??= compile();
    while (!matcher) {
      const step = steps.next();
      if (step.done) {
        matcher = step.value;
        context = matcher.newPage(page());
      } else if (!more()) return false;
    }
    return true;
  };
  const prepare = (outOfTime: () => boolean): boolean => {
    if (matcher) return true;
    const started = now();
    // A step begins only early in a slice: one step may take several milliseconds (a regex is
    // compiled at its first search), and one begun late in a slice made it a long task.
    if (!run(() => !outOfTime() && now() - started < STEP_START_MS)) return false;
    // The last steps are heavy: the slice they end reads blocks on top of them only if it has time left.
    return !outOfTime();
  };
  /** The compile to its end at once, for a find asked for before it was prepared. */
  const ready = (): Matcher => {
    run(() => true);
    return matcher!;
  };
  return {
    prepare,
    find(text, block) {
      const reading = readingOf(readings, ready(), context!, text, block);
      context!.readingFrom(block ?? null);
      try {
        return matcher!.mentionsOf(reading, context!);
      } finally {
        context!.readingFrom(null);
        consulted = context!.takeConsulted();
      }
    },
    mayMatch(text) {
      return ready().mayMatch(text);
    },
    pageVersion: () => context?.version ?? 0,
    consultedPage: () => consulted,
    pageChangesSince: (version) => context?.changedSince(version) ?? 0,
    forget: (gone) => context?.withdraw(gone as object | ((source: object) => boolean)),
  };
}

/** The block's kept reading if its text is the same, else the text read (and kept, if its decision reads the page). */
function readingOf(readings: WeakMap<Element, KeptReading>, m: Matcher, page: PageContext, text: string, block: Element | undefined): TextReading {
  if (!block) return m.read(text, page);
  // The text is hashed only to compare it with a kept reading of the same length, or to keep one.
  const kept = readings.get(block);
  let hash = kept && kept.length === text.length ? textHash(text) : undefined;
  if (kept && kept.hash === hash) return kept.reading;
  const reading = m.read(text, page);
  if (reading.judgement.readsPage) readings.set(block, { length: text.length, hash: hash ?? textHash(text), reading: keptReading(reading) });
  else readings.delete(block);
  return reading;
}

interface KeptReading {
  readonly length: number;
  /** textHash of the text read. */
  readonly hash: number;
  readonly reading: TextReading;
}

/**
 * Two 32-bit FNV-1a hashes of the text (fnv1a's offset basis and another) made in one pass and folded
 * into one number below 2^53: a changed text of the same length is taken for the old one with a
 * chance of about 2^-53.
 */
function textHash(text: string): number {
  let a = FNV_OFFSET_BASIS;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
