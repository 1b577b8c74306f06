import { expect, it } from 'vitest';
import { cardState, sleep, waitForCard, type CardState } from './harness/card';
import { IT_PAGE, describeEachBrowser } from './harness';
import { MENTION_HIGHLIGHT, waitForMarksToSettle } from './harness/marks';
import type { PageDriver } from './harness/page-driver';
import { PHONE, swipe, tap, usePhoneScreen } from './harness/phone';

/**
 * The card on a phone: a 360×740 touch screen with no mouse (what Firefox for Android gives a page),
 * emulated in both desktop browsers and driven with real touch input.
 */
type Rect = { left: number; top: number; right: number; bottom: number };

async function openPhonePage(session: { newPage(): Promise<PageDriver> }): Promise<PageDriver> {
  const page = await session.newPage();
  await usePhoneScreen(page);
  await page.goto(IT_PAGE);
  await waitForMarksToSettle(page);
  return page;
}

/**
 * The line boxes of the `nth` mark whose text is `text`, after scrolling the page so the mark's top is
 * at `atY` (the page scrolls only as far as it can).
 */
function markRects(page: PageDriver, text: string, atY: number, nth = 0): Promise<Rect[]> {
  return page.evaluate(
    ({ name, text, atY, nth }) => {
      const ranges = [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])].filter((r) => r.toString() === text);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[nth];
      if (!range) throw new Error(`no mark "${text}" #${nth}`);
      window.scrollBy({ top: range.getBoundingClientRect().top - atY, behavior: 'instant' as ScrollBehavior });
      return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    },
    { name: MENTION_HIGHLIGHT, text, atY, nth },
  );
}

const centre = (r: Rect) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Viewport box of an element inside the open card, brought into the card's view first by scrolling the
 * card alone (scrollIntoView would scroll the page too, and the card closes when its name leaves the screen).
 */
function boxInCard(page: PageDriver, selector: string): Promise<Rect | null> {
  return page.evaluate((selector) => {
    const root = document.querySelector('carrera-lens-card')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    const element = root?.querySelector(selector);
    if (!card || !element) return null;
    const view = card.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.bottom > view.bottom) card.scrollTop += box.bottom - view.bottom + 8;
    else if (box.top < view.top) card.scrollTop -= view.top - box.top + 8;
    const r = element.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, selector);
}

function expectInsideScreen(card: CardState, label: string): void {
  expect(card.viewport, label).toEqual(PHONE);
  const rect = card.rect!;
  expect(rect.left, label).toBeGreaterThanOrEqual(0);
  expect(rect.top, label).toBeGreaterThanOrEqual(0);
  expect(rect.right, label).toBeLessThanOrEqual(PHONE.width);
  expect(rect.bottom, label).toBeLessThanOrEqual(PHONE.height);
}

describeEachBrowser(
  'the card on a 360×740 touch screen',
  (session) => {
    it('opens on a tap, fits the screen and never covers the name, whether the name is high, low or in the middle', async () => {
      const page = await openPhonePage(session);
      expect(await page.evaluate(() => [matchMedia('(pointer: coarse)').matches, matchMedia('(hover: none)').matches])).toEqual([true, true]);
      for (const [text, atY] of [['Massimo Carrera', 90], ['Dmitri Alenichev', 640], ['Antonio Conte', 360]] as const) {
        const rects = await markRects(page, text, atY);
        await tap(page, centre(rects[0]!));
        await waitForCard(page, true, 3000);
        // Still open once the finger is lifted (a lifted finger "leaves" the page, which must not close it).
        await sleep(700);
        const card = await cardState(page);
        expect(card.open, text).toBe(true);
        expectInsideScreen(card, text);
        for (const rect of rects) expect(overlaps(card.rect!, rect), `${text}: card ${JSON.stringify(card.rect)} over the name ${JSON.stringify(rect)}`).toBe(false);
        // The close button a finger can hit (coarse pointer), inside the screen.
        const close = await boxInCard(page, '.close');
        if (!close) throw new Error(`${text}: the card has no close button: ${JSON.stringify(await cardState(page))}`);
        expect(close.right - close.left, text).toBeGreaterThanOrEqual(40);
        expect(close.right, text).toBeLessThanOrEqual(PHONE.width);
        await page.pressKey('Escape');
        await waitForCard(page, false, 3000);
      }
      expect(page.problems()).toEqual([]);
    });

    it('scrolls inside itself when it is longer than the screen, and the page stays where it was', async () => {
      const page = await openPhonePage(session);
      const rects = await markRects(page, 'Massimo Carrera', 90);
      await tap(page, centre(rects[0]!));
      await waitForCard(page, true, 3000);
      const more = await boxInCard(page, '.more');
      if (!more) throw new Error(`no "all facts" button: ${JSON.stringify(await cardState(page))} ${await page.evaluate(() => document.querySelector('carrera-lens-card')?.shadowRoot?.innerHTML.slice(0, 3000))}`);
      await tap(page, centre(more));
      await page.waitForFunction(() => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.more')?.getAttribute('aria-expanded') === 'true');
      await sleep(200);
      const card = await cardState(page);
      expectInsideScreen(card, 'all facts');
      for (const rect of rects) expect(overlaps(card.rect!, rect)).toBe(false);
      const sizes = await page.evaluate(() => {
        const element = document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.card') as HTMLElement;
        return { scrollHeight: element.scrollHeight, clientHeight: element.clientHeight, scrollY: window.scrollY };
      });
      expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight + 100);

      const { left, right, top, bottom } = card.rect!;
      const x = (left + right) / 2;
      if (page.browserName === 'chromium') {
        // A finger swipes up inside the card.
        await swipe(page, { x, y: bottom - 40 }, { x, y: Math.max(top + 40, bottom - 340) });
      } else {
        // Firefox dispatches WebDriver BiDi touch moves as touch events but does not pan with them
        // (checked: a swipe over the page leaves scrollY at 0), so here the real wheel scrolls instead.
        await page.mouseMove(x, bottom - 40);
        if (page.raw.kind === 'puppeteer') await page.raw.page.mouse.wheel({ deltaY: 300 });
      }
      await page.waitForFunction(
        () => (document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null)?.scrollTop! > 50,
        undefined,
        5000,
      );
      const after = await page.evaluate(() => window.scrollY);
      expect(after).toBe(sizes.scrollY);
      expect((await cardState(page)).open).toBe(true);
    });

    it('stays open for taps inside it, and closes on a tap outside and on Escape (the back gesture)', async () => {
      const page = await openPhonePage(session);
      const rects = await markRects(page, 'Massimo Carrera', 200);
      await tap(page, centre(rects[0]!));
      await waitForCard(page, true, 3000);
      await tap(page, centre((await boxInCard(page, '.quote-toggle'))!));
      await page.waitForFunction(() => !!document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.quote'));
      expect((await cardState(page)).open).toBe(true);

      // Outside: the page's left margin, above the name and away from the card.
      const card = await cardState(page);
      const outside = { x: 6, y: rects[0]!.top - 60 };
      expect(outside.y).toBeGreaterThan(0);
      expect(outside.y).toBeLessThan(card.rect!.top);
      expect(outside.x).toBeLessThan(card.rect!.left);
      await tap(page, outside);
      await waitForCard(page, false, 3000);

      await tap(page, centre((await markRects(page, 'Massimo Carrera', 200))[0]!));
      await waitForCard(page, true, 3000);
      await page.pressKey('Escape');
      await waitForCard(page, false, 3000);
      expect(page.problems()).toEqual([]);
    });
  },
  { touchScreen: true },
);
