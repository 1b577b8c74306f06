import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardView } from '../../lib/card/contract';
import { HoverController } from '../../lib/page/hover-controller';
import type { MarkPainter } from '../../lib/page/marks';
import { MentionIndex, type PageMention } from '../../lib/page/mention-index';
import { reportError } from '../../lib/page/report-error';

/**
 * An exception inside the extension must never reach the page: it is caught where the browser
 * calls us (events, frames, hover timers), logged once per context with what we were doing, and the
 * page goes on.
 */
const painter: MarkPainter = { kind: 'highlight', add() {}, remove() {}, setActive() {}, setStyle() {}, clear() {} };

function brokenCard(): CardView & { shows: number } {
  return {
    shows: 0,
    show() {
      this.shows++;
      throw new Error('render failed');
    },
    reposition() {},
    hide() {},
    isEventInside: () => false,
    box: () => null,
  };
}

let paragraph: HTMLElement | undefined;
afterEach(() => {
  paragraph?.remove();
  vi.restoreAllMocks();
});

function mention(): PageMention {
  paragraph = document.createElement('p');
  paragraph.textContent = 'Массимо Каррера';
  document.body.append(paragraph);
  const range = document.createRange();
  range.selectNodeContents(paragraph.firstChild!);
  return { entity: 'carrera', text: 'Массимо Каррера', range, block: paragraph };
}

describe('error containment', () => {
  it('a card that throws while showing is reported with its context, not thrown into the page', () => {
    const errors: { error: unknown; context: string }[] = [];
    const card = brokenCard();
    const listeners: { type: string; handler: (event: Event) => void }[] = [];
    const hover = new HoverController({
      doc: document,
      index: new MentionIndex(),
      painter,
      card,
      listen: (_target, type, handler) => void listeners.push({ type, handler }),
      onError: (error, context) => errors.push({ error, context }),
    });
    expect(() => hover.open(mention(), false)).not.toThrow();
    expect(card.shows).toBe(1);
    expect(errors).toEqual([{ error: new Error('render failed'), context: 'showing a card' }]);
    // Event handlers are guarded too: one that throws reports instead of breaking the page's event.
    const keydown = listeners.find((l) => l.type === 'keydown')!;
    vi.spyOn(hover as unknown as { onKeyDown: () => void }, 'onKeyDown').mockImplementation(() => {
      throw new Error('key handling failed');
    });
    // The handler was bound at construction; call it as the browser would.
    expect(() => keydown.handler(new KeyboardEvent('keydown', { key: 'Escape' }))).not.toThrow();
    expect(errors.at(-1)).toEqual({ error: new Error('key handling failed'), context: 'handling keydown' });
  });

  it('reportError logs once per context, naming what failed and that the page is unaffected', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const context = `testing containment ${Math.random()}`;
    reportError(context, new Error('first'));
    reportError(context, new Error('second'));
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain(`Failed while ${context}`);
    expect(String(log.mock.calls[0]![0])).toContain('The page is unaffected');
    reportError(`${context} (other)`, new Error('third'));
    expect(log).toHaveBeenCalledTimes(2);
  });
});
