import { afterEach, describe, expect, it } from 'vitest';
import { createMarkPainter, FALLBACK_TAG } from '../../lib/page/marks';
import { PageMention } from '../../lib/page/mention-index';

let root: HTMLElement | undefined;
afterEach(() => root?.remove());

/**
 * The wrapping fallback moves text into `<carrera-lens-mark>` elements, so the nodes a mention was
 * found in no longer hold its text (a live Range in them used to collapse at the parent): the fallback
 * marked the text but hover, the card's anchor and "next mention" order lost it. The mention is
 * pointed at the wrapped text.
 */
describe('the wrapping fallback keeps each mention range on its text', () => {
  it('after wrapping a name inside one text node', () => {
    root = document.createElement('p');
    root.textContent = 'Тренер Массимо Каррера ушёл';
    document.body.append(root);
    const painter = createMarkPainter(document);
    expect(painter.kind).toBe('wrap');
    const text = root.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 7);
    range.setEnd(text, 22);
    const mention = PageMention.fromRange('carrera', range, root);
    painter.add(mention);
    expect(root.querySelector(FALLBACK_TAG)?.textContent).toBe('Массимо Каррера');
    expect(mention.range.collapsed).toBe(false);
    expect(mention.range.toString()).toBe('Массимо Каррера');
    expect(mention.nodes.map((node) => node.parentNode)).toEqual([root.querySelector(FALLBACK_TAG)]);
    painter.clear();
    expect(root.innerHTML).toBe('Тренер Массимо Каррера ушёл');
  });

  it('after wrapping a name split across inline elements', () => {
    root = document.createElement('p');
    root.innerHTML = 'Массимо <b>Кар</b>рера';
    document.body.append(root);
    const painter = createMarkPainter(document);
    const range = document.createRange();
    range.setStart(root.firstChild!, 0);
    range.setEnd(root.lastChild!, 4);
    const mention = PageMention.fromRange('carrera', range, root);
    painter.add(mention);
    expect(root.querySelectorAll(FALLBACK_TAG)).toHaveLength(3);
    expect(mention.range.toString()).toBe('Массимо Каррера');
    painter.clear();
    expect(root.innerHTML).toBe('Массимо <b>Кар</b>рера');
  });
});
