import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, FIRST_FACTS } from '../../lib/card/Card';
import { getCardModel } from '../../lib/knowledge';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(id: Parameters<typeof getCardModel>[0], lang: 'ru' | 'en', onSelect = (_: string) => {}, onClose = () => {}) {
  host = document.createElement('div');
  document.body.append(host);
  const model = getCardModel(id, lang);
  act(() => render(<Card model={model} onSelect={onSelect} onClose={onClose} />, host));
  return model;
}

const click = (element: Element | null) => act(() => (element as HTMLElement).click());

describe('card', () => {
  it('is a labelled dialog with the name, the summary and the first facts in reading order', () => {
    const model = mount('carrera', 'ru');
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe('Массимо Каррера');
    expect(host.querySelector('.summary')!.textContent).toBe(model.summary);
    const shown = [...host.querySelectorAll('.fact-text')].map((f) => f.textContent);
    expect(shown).toEqual(model.facts.slice(0, FIRST_FACTS).map((f) => f.text));
  });

  it('shows every fact on request, and fewer again', () => {
    const model = mount('carrera', 'en');
    const more = host.querySelector('.more')!;
    expect(more.textContent).toBe(`All ${model.facts.length} facts`);
    click(more);
    expect(host.querySelectorAll('.fact')).toHaveLength(model.facts.length);
    expect(host.querySelector('.more')!.getAttribute('aria-expanded')).toBe('true');
    click(host.querySelector('.more'));
    expect(host.querySelectorAll('.fact')).toHaveLength(FIRST_FACTS);
  });

  it('reveals the verbatim quote behind a fact, marked as Russian text', () => {
    const model = mount('genoa', 'en');
    const toggle = host.querySelector('.quote-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    const quote = host.querySelector('.quote')!;
    expect(quote.textContent).toBe(`«${model.facts[0]!.quote}»`);
    expect(quote.getAttribute('lang')).toBe('ru');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks inferred dates as inferred and explains why', () => {
    mount('motta', 'ru');
    const inferred = host.querySelector('.when.inferred')!;
    expect(inferred.textContent).toContain('22 октября 2019');
    expect(inferred.textContent).toContain('выведено');
    expect(inferred.getAttribute('title')).toMatch(/вторник/);
  });

  it('switches to a related entity and closes from its close button', () => {
    const selected: string[] = [];
    let closed = 0;
    mount('conte', 'ru', (id) => selected.push(id), () => closed++);
    click(host.querySelector('[data-related="chelsea"]'));
    click(host.querySelector('.close'));
    expect(selected).toEqual(['chelsea']);
    expect(closed).toBe(1);
  });
});
