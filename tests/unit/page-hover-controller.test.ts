import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardView } from '../../lib/card/contract';
import { HoverController } from '../../lib/page/hover-controller';
import { HIDE_DELAY_MS } from '../../lib/page/hover-intent';
import type { MarkPainter } from '../../lib/page/marks';
import { MentionIndex, PageMention } from '../../lib/page/mention-index';

/** The card as the controller sees it, recording what it was asked to do. */
function recordingCard(): CardView & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    show: (entity) => void log.push(`show ${entity}`),
    reposition: () => {},
    hide: () => void log.push('hide'),
    isEventInside: () => false,
    box: () => null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for a pending frame to run and a hide's grace period to end after it. */
const LONGER_THAN_GRACE = HIDE_DELAY_MS + 150;

function pointerMove(x: number, y: number): void {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
}

let abort: AbortController;
let card: ReturnType<typeof recordingCard>;
let controller: HoverController;
let mention: PageMention;

beforeEach(() => {
  document.body.innerHTML = '<p>Массимо Каррера возглавил «Спартак».</p>';
  const block = document.querySelector('p')!;
  const range = document.createRange();
  range.setStart(block.firstChild!, 0);
  range.setEnd(block.firstChild!, 'Массимо Каррера'.length);
  mention = PageMention.fromRange('carrera', range, block);
  const index = new MentionIndex();
  index.add(mention);
  abort = new AbortController();
  card = recordingCard();
  controller = new HoverController({
    doc: document,
    index,
    painter: { setActive: () => {} } as unknown as MarkPainter,
    card,
    listen: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: abort.signal }),
  });
});

afterEach(() => abort.abort());

describe('hover controller: a card opened from the keyboard or the popup', () => {
  it('stays open when a pointer move from before it opened is handled after (a busy page)', async () => {
    pointerMove(1260, 780); // the pointer rests in the margin; its frame has not run yet
    controller.open(mention, true);
    await sleep(LONGER_THAN_GRACE);
    expect(card.log).toEqual(['show carrera']);
    expect(controller.current).toBe(mention);
  });

  it('stays open while the pointer does not move (the browser repeats its position after a scroll), and closes once it moves away', async () => {
    pointerMove(1260, 780);
    await sleep(50);
    controller.open(mention, true);
    pointerMove(1260, 780);
    await sleep(LONGER_THAN_GRACE);
    expect(card.log).toEqual(['show carrera']);

    pointerMove(1200, 700);
    await sleep(LONGER_THAN_GRACE);
    expect(card.log).toEqual(['show carrera', 'hide']);
  });
});
