import { MENTION_HIGHLIGHT } from './marks';
import type { PageDriver } from './page-driver';

/** The marked texts in document order, each with the id of the nearest element that has one. */
export function markedTexts(page: PageDriver): Promise<{ text: string; where: string }[]> {
  return page.evaluate((name) => {
    const ranges = [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => {
      let element: Element | null = range.startContainer.parentElement;
      while (element && !element.id) element = element.parentElement;
      return { text: range.toString(), where: element?.id ?? '' };
    });
  }, MENTION_HIGHLIGHT);
}

/** Viewport centre of the `nth` mark whose text is `text` (scrolled into view first). */
export async function markCenter(page: PageDriver, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ name, text, nth }) => {
      const ranges = [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])].filter((r) => r.toString() === text);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[nth];
      if (!range) return null;
      const element = range.startContainer.parentElement!;
      const before = range.getBoundingClientRect();
      if (before.top < 0 || before.bottom > innerHeight) element.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { name: MENTION_HIGHLIGHT, text, nth },
  );
  if (!point) throw new Error(`No mark with the text "${text}" (#${nth}) on the page`);
  return point;
}

export interface CardState {
  open: boolean;
  entity: string | null;
  name: string | null;
  /** The card's box in the viewport. */
  rect: { left: number; top: number; right: number; bottom: number } | null;
  viewport: { width: number; height: number };
  /** True when the card's element is the focused element of its shadow root. */
  focused: boolean;
  inTopLayer: boolean;
}

/** How the card helpers read the page: `quiet` runs no harness script there (PageDriver.peek). */
export interface ReadOptions {
  quiet?: boolean;
}

/** What a person sees of the card right now. */
export function cardState(page: PageDriver, { quiet = false }: ReadOptions = {}): Promise<CardState> {
  return (quiet ? page.peek.bind(page) : page.evaluate.bind(page))(() => {
    const host = document.querySelector('carrera-lens-card') as HTMLElement | null;
    const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    const viewport = { width: innerWidth, height: innerHeight };
    if (!host || !card) return { open: false, entity: null, name: null, rect: null, viewport, focused: false, inTopLayer: false };
    const r = card.getBoundingClientRect();
    let inTopLayer = false;
    try {
      inTopLayer = host.matches(':popover-open');
    } catch {
      inTopLayer = false;
    }
    return {
      open: r.width > 0 && r.height > 0 && getComputedStyle(card).visibility !== 'hidden',
      entity: card.getAttribute('data-entity'),
      name: card.querySelector('.name')?.textContent ?? null,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      viewport,
      focused: host.shadowRoot!.activeElement === card,
      inTopLayer,
    };
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves the real mouse onto a mark the way a hand settles on a word: a few small steps that stay on
 * the mark itself, then still. (Starting further away could cross another name on a busy line, and on
 * a loaded machine a slow step there would count as a dwell.)
 */
export async function hoverAt(page: PageDriver, point: { x: number; y: number }): Promise<void> {
  await page.mouseMove(point.x - 3, point.y);
  await page.mouseMove(point.x, point.y, { steps: 3 });
}

/** Waits until the card is open (or closed, with open=false). */
export async function waitForCard(page: PageDriver, open = true, timeoutMs = 5000, options: ReadOptions = {}): Promise<CardState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await cardState(page, options);
    if (state.open === open) return state;
    if (Date.now() > deadline) throw new Error(`The card did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Records, in the page, when the pointer first moves (onto a mark) and when the card's host appears. */
export function recordHoverTimes(page: PageDriver): Promise<void> {
  return page.evaluate(() => {
    const log = { firstMove: 0, cardAt: 0 };
    (window as unknown as { __hover: typeof log }).__hover = log;
    document.addEventListener('pointermove', () => {
      log.firstMove ||= performance.now();
    }, true);
    new MutationObserver(() => {
      if (!log.cardAt && document.querySelector('carrera-lens-card')) log.cardAt = performance.now();
    }).observe(document.documentElement, { childList: true });
  });
}

/** Milliseconds from the pointer's first move (see recordHoverTimes) to the card's host in the page. */
export async function dwellBeforeCard(page: PageDriver): Promise<number> {
  const times = await page.evaluate(() => (window as unknown as { __hover: { firstMove: number; cardAt: number } }).__hover);
  return times.cardAt - times.firstMove;
}
