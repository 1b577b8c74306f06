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

function mount(id: Parameters<typeof getCardModel>[0], lang: 'ru' | 'en' | 'it', onSelect = (_: string) => {}, onClose = () => {}) {
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

  it('speaks Italian on an Italian card, with its own words, and still quotes the Russian article', () => {
    const model = mount('carrera', 'it');
    expect(host.querySelector('.card')!.getAttribute('lang')).toBe('it');
    expect(host.querySelector('.kind')!.textContent).toBe('Persona');
    expect(host.querySelector('.summary')!.textContent).toBe(model.summary);
    expect(host.querySelector('.more')!.textContent).toBe(`Tutti i fatti (${model.facts.length})`);
    expect(host.querySelector('.related-label')!.textContent).toBe("Anche nell'articolo:");
    const toggle = host.querySelector('.quote-toggle')!;
    expect(toggle.textContent).toBe('Citazione');
    click(toggle);
    expect(toggle.textContent).toBe('Nascondi citazione');
    const quote = host.querySelector('.quote')!;
    expect(quote.getAttribute('lang')).toBe('ru');
    expect(quote.textContent).toBe(`«${model.facts[0]!.quote}»`);
    expect(host.querySelector('.source')!.textContent).toContain('Fonte: «Carrera si dice pronto a lavorare di nuovo in Russia»');
  });

  it("marks the national team's name as inferred, and shows why on a tap (no hover on a phone)", () => {
    const model = mount('italy', 'it');
    const tag = host.querySelector('.name-line .inferred-tag')!;
    expect(host.querySelector('.name')!.textContent).toBe('Nazionale italiana');
    expect(tag.textContent).toBe('dedotto');
    expect(tag.getAttribute('title')).toBe(model.nameInferred);
    expect(host.querySelector('.inferred-reason')).toBeNull();
    click(tag);
    expect(tag.getAttribute('aria-expanded')).toBe('true');
    expect(host.querySelector(`#${tag.getAttribute('aria-controls')}`)!.textContent).toMatch(/solo «la nazionale»/);
    render(null, host);
    host.remove();
    mount('conte', 'it');
    expect(host.querySelector('.name-line .inferred-tag')).toBeNull();
  });

  it('shows the reason of an inferred date on a tap too', () => {
    mount('motta', 'en');
    const tag = host.querySelector('.when.inferred .inferred-tag')!;
    click(tag);
    expect(host.querySelector('.when.inferred .inferred-reason')!.textContent).toMatch(/2024/);
  });
});
