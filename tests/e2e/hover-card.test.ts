import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { cardState, dwellBeforeCard, hoverAt, markCenter, recordHoverTimes, sleep, waitForCard, type CardState } from './harness/card';
import entitiesJson from '../../assets/knowledge/entities.json';
import factsJson from '../../assets/knowledge/facts.json';
import type { EntitiesFile, FactsFile } from '../../lib/knowledge/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { CORNERS_PAGE, DEMO_URL, EN_PAGE, IT_PAGE, IT_PAGE_NO_LANG, RU_PAGE, describeEachBrowser, pageAndExtensionRequests } from './harness';
import { waitForMarksToSettle } from './harness/marks';
import { tap } from './harness/phone';
import type { PageDriver } from './harness/page-driver';

const ARTICLE = readFileSync('assets/article.ru.txt', 'utf8');
const SHOW_DELAY_MS = DEFAULT_SETTINGS.showDelayMs;

/** The box of the mention whose card is open (the one range in the active highlight), or null. */
function activeMark(page: PageDriver): Promise<{ top: number; bottom: number } | null> {
  return page.evaluate(() => {
    const [range] = [...((CSS.highlights.get('carrera-lens-active') as unknown as Iterable<Range>) ?? [])];
    if (!range) return null;
    const r = range.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
}

async function openPage(session: { newPage(): Promise<PageDriver> }, url: string): Promise<PageDriver> {
  const page = await session.newPage();
  await page.goto(url);
  await waitForMarksToSettle(page);
  return page;
}

/** Viewport centre of an element inside the open card (scrolled into the card's view first). */
function centerInCard(page: PageDriver, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((selector) => {
    const element = document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector(selector) as HTMLElement;
    element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/** A point with no text and no card: the page's right margin. */
const EMPTY = { x: 1260, y: 780 };

describeEachBrowser('hover card', (session) => {
  it('shows the right card after the dwell, not before, and hides it when the pointer leaves', async () => {
    const page = await openPage(session, RU_PAGE);
    await recordHoverTimes(page);
    await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
    const card = await waitForCard(page);
    expect(card.entity).toBe('carrera');
    expect(card.name).toBe('Массимо Каррера');
    expect(card.inTopLayer).toBe(true);
    expect(card.focused).toBe(false); // a hover does not steal the reader's focus
    // The pointer arrived on the name with its first move; the card came one dwell later, not before.
    expect(await dwellBeforeCard(page)).toBeGreaterThanOrEqual(SHOW_DELAY_MS - 5);

    await page.mouseMove(EMPTY.x, EMPTY.y, { steps: 4 });
    await waitForCard(page, false);
    expect(page.problems()).toEqual([]);
  });

  it('stays open while the pointer moves into the card and rests there', async () => {
    const page = await openPage(session, RU_PAGE);
    await hoverAt(page, await markCenter(page, 'Спартака'));
    const card = await waitForCard(page);
    expect(card.entity).toBe('spartak');
    const inside = { x: (card.rect!.left + card.rect!.right) / 2, y: card.rect!.top + 30 };
    await page.mouseMove(inside.x, inside.y, { steps: 12 });
    await sleep(900);
    const later = await cardState(page);
    expect(later.open).toBe(true);
    expect(later.entity).toBe('spartak');
  });

  it('switches to a related entity, and shows each fact\'s quote verbatim from the article', async () => {
    const page = await openPage(session, RU_PAGE);
    await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
    const card = await waitForCard(page);
    const toggle = await centerInCard(page, '.quote-toggle');
    await page.mouseMove(toggle.x, toggle.y, { steps: 8 });
    await page.mouseClick(toggle.x, toggle.y);
    await page.waitForFunction(() => !!document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.quote'));
    const quote = await page.evaluate(() => document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.quote')!.textContent ?? '');
    expect(quote.startsWith('«') && quote.endsWith('»')).toBe(true);
    expect(ARTICLE.includes(quote.slice(1, -1))).toBe(true);

    const chip = await centerInCard(page, '[data-related="conte"]');
    expect(card.open).toBe(true);
    await page.mouseMove(chip.x, chip.y, { steps: 8 });
    await page.mouseClick(chip.x, chip.y);
    await page.waitForFunction(() => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-entity') === 'conte');
    expect((await cardState(page)).name).toBe('Антонио Конте');
  });

  it('speaks English on English pages', async () => {
    const page = await openPage(session, EN_PAGE);
    await hoverAt(page, await markCenter(page, 'Spartak Moscow'));
    const card = await waitForCard(page);
    expect(card.name).toBe('Spartak Moscow');
    const facts = await page.evaluate(() => document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.facts')!.textContent ?? '');
    expect(facts).toMatch(/Carrera/);
    expect(facts).not.toMatch(/[а-яё]{4}/i);
  });

  it('speaks Italian on Italian pages: the facts, the card\'s own words; the quote stays the article\'s Russian', async () => {
    const page = await openPage(session, IT_PAGE);
    await hoverAt(page, await markCenter(page, 'Massimo Carrera'));
    const card = await waitForCard(page);
    expect(card.entity).toBe('carrera');
    const seen = await page.evaluate(() => {
      const root = document.querySelector('carrera-lens-card')!.shadowRoot!;
      const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';
      return {
        lang: root.querySelector('.card')!.getAttribute('lang'),
        kind: text('.kind'),
        summary: text('.summary'),
        facts: [...root.querySelectorAll('.fact-text')].map((f) => f.textContent),
        toggle: text('.quote-toggle'),
        more: text('.more'),
        related: text('.related-label'),
        source: text('.source'),
      };
    });
    const facts = (factsJson as FactsFile).facts.filter((f) => f.subject === 'carrera' || f.objects.includes('carrera'));
    const carrera = (entitiesJson as EntitiesFile).entities.find((e) => e.id === 'carrera')!;
    expect(seen.lang).toBe('it');
    expect(seen.kind).toBe('Persona');
    expect(seen.summary).toBe(carrera.summary.it);
    expect(seen.facts).toEqual(facts.slice(0, seen.facts.length).map((f) => f.text.it));
    expect(seen.facts.length).toBeGreaterThanOrEqual(6);
    expect(seen.toggle).toBe('Citazione');
    expect(seen.more).toBe(`Tutti i fatti (${facts.length})`);
    expect(seen.related).toBe("Anche nell'articolo:");
    expect(seen.source).toContain('Fonte: «Carrera si dice pronto a lavorare di nuovo in Russia»');
    expect([seen.summary, ...seen.facts].join(' ')).not.toMatch(/[а-яё]/i);

    const toggle = await centerInCard(page, '.quote-toggle');
    await page.mouseMove(toggle.x, toggle.y, { steps: 8 });
    await page.mouseClick(toggle.x, toggle.y);
    await page.waitForFunction(() => !!document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.quote'));
    const quote = await page.evaluate(() => {
      const element = document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.quote')!;
      return { text: element.textContent ?? '', lang: element.getAttribute('lang') };
    });
    expect(quote.lang).toBe('ru');
    expect(quote.text).toBe(`«${facts[0]!.quote}»`);
    expect(ARTICLE.includes(facts[0]!.quote)).toBe(true);
    expect(page.problems()).toEqual([]);
  });

  it('gives the Italian card on an Italian site whose page does not declare a language', async () => {
    const page = await openPage(session, IT_PAGE_NO_LANG);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('lang'))).toBe(false);
    await hoverAt(page, await markCenter(page, 'Thiago Motta', 1));
    const card = await waitForCard(page);
    expect(card.name).toBe('Thiago Motta');
    const summary = await page.evaluate(() => document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.summary')!.textContent);
    expect(summary).toBe((entitiesJson as EntitiesFile).entities.find((e) => e.id === 'motta')!.summary.it);
  });

  it('opens the next mention with the keyboard shortcut, moves focus into the card, and closes on Escape', async () => {
    const page = await openPage(session, RU_PAGE);
    await page.mouseClick(EMPTY.x, EMPTY.y);
    await page.pressKey('Alt+Shift+KeyK');
    const first = await waitForCard(page);
    expect(first.focused).toBe(true);
    await page.pressKey('Alt+Shift+KeyK');
    await page.waitForFunction((previous) => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-entity') !== previous, first.entity);
    await page.pressKey('Tab');
    const focusedTag = await page.evaluate(() => document.querySelector('carrera-lens-card')?.shadowRoot?.activeElement?.tagName ?? '');
    expect(focusedTag).toBe('BUTTON');
    await page.pressKey('Escape');
    await waitForCard(page, false);
  });

  it('keeps the card inside the viewport for names in all four corners', async () => {
    const page = await openPage(session, CORNERS_PAGE);
    for (const text of ['Каррера', 'Спартак', 'Ювентус', 'Челси']) {
      await hoverAt(page, await markCenter(page, text));
      const card = await waitForCard(page);
      const { rect, viewport } = card;
      expect(rect!.left, text).toBeGreaterThanOrEqual(0);
      expect(rect!.top, text).toBeGreaterThanOrEqual(0);
      expect(rect!.right, text).toBeLessThanOrEqual(viewport.width);
      expect(rect!.bottom, text).toBeLessThanOrEqual(viewport.height);
      await page.pressKey('Escape');
      await waitForCard(page, false);
    }
  });

  it('keeps the card beside its name while the page scrolls, and closes it when the name leaves the screen', async () => {
    const page = await openPage(session, DEMO_URL);
    await page.mouseClick(EMPTY.x, EMPTY.y);
    const mark = () => activeMark(page);
    const gap = (card: CardState, at: { top: number; bottom: number }) => card.rect!.top - at.bottom;
    // The shortcut opens the next mention's card, scrolled to the middle of the screen where the page
    // allows; a mention near the top of the page (not scrollable further up) is skipped, since the
    // scroll below would take it off the screen.
    let first: { top: number; bottom: number } | null = null;
    for (let press = 0; press < 8 && !(first && first.top > 150); press++) {
      await page.pressKey('Alt+Shift+KeyK');
      await waitForCard(page);
      first = await mark();
    }
    expect(first!.top).toBeGreaterThan(150);
    await sleep(200); // the card's 120 ms fade-in moves it by 2 px
    const before = await cardState(page);
    first = await mark();
    await page.evaluate(() => window.scrollBy(0, 60));
    await sleep(200);
    const after = await cardState(page);
    const moved = await mark();
    expect(after.open).toBe(true);
    // The card moved with its name: the same distance from it as before the scroll.
    expect(Math.abs(gap(after, moved!) - gap(before, first!))).toBeLessThanOrEqual(2);
    expect(after.rect!.top).toBeLessThan(before.rect!.top - 30);
    await sleep(800);
    expect((await cardState(page)).open).toBe(true); // scrolling alone does not close it
    await page.evaluate(() => window.scrollBy(0, innerHeight * 2));
    await waitForCard(page, false, 2000);
    expect(page.problems()).toEqual([]);
  });

  it('draws the card light on a light page and dark on a dark page, from its background or its color-scheme', async () => {
    const themeOf = async (page: PageDriver) => {
      await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
      await waitForCard(page);
      const theme = await page.evaluate(() => {
        const card = document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.card') as HTMLElement;
        const [r, g, b] = getComputedStyle(card).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
        return { theme: card.dataset.theme, luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
      });
      await page.pressKey('Escape');
      await waitForCard(page, false);
      return theme;
    };
    const page = await openPage(session, RU_PAGE);
    const light = await themeOf(page);
    expect(light.theme).toBe('light');
    expect(light.luminance).toBeGreaterThan(0.7);
    // A site's night theme: a dark background.
    await page.evaluate(() => {
      document.body.style.background = '#15171a';
      document.body.style.color = '#e6e6e6';
    });
    const dark = await themeOf(page);
    expect(dark.theme).toBe('dark');
    expect(dark.luminance).toBeLessThan(0.3);
    // No background of its own, only `color-scheme: dark`: the browser paints the page dark.
    await page.evaluate(() => {
      document.body.style.background = 'transparent';
      document.documentElement.style.colorScheme = 'dark';
    });
    expect((await themeOf(page)).theme).toBe('dark');
  });

  it('makes no network request of its own while marking and showing cards', async () => {
    session.proxy.clearRequests();
    const page = await openPage(session, RU_PAGE);
    await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
    await waitForCard(page);
    await page.pressKey('Alt+Shift+KeyK');
    await sleep(300);
    const requests = pageAndExtensionRequests(session.proxy.requests).map((r) => r.url);
    expect(requests.every((url) => url.includes('www.championat.com')), requests.join('\n')).toBe(true);
  });
});

describeEachBrowser('touch', (session) => {
  it('opens the card at once on a tap, keeps it open once the finger is lifted, and closes it on a tap elsewhere', async () => {
    const page = await openPage(session, RU_PAGE);
    await tap(page, await markCenter(page, 'Каррере'));
    const card = await waitForCard(page, true, 2000);
    expect(card.entity).toBe('carrera');
    // The finger is lifted ("leaves" the page): the card stays until a tap elsewhere.
    await sleep(900);
    expect((await cardState(page)).open).toBe(true);
    await tap(page, EMPTY);
    await waitForCard(page, false, 2000);
  });
});
