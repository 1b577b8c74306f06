import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { browserTarget } from './harness/browsers';
import { startFixtureProxy } from './harness/fixture-proxy';
import { DEMO_URL, EN_PAGE, IT_PAGE, RU_PAGE } from './harness/fixture-routes';
import { hoverAt, markCenter, sleep, waitForCard } from './harness/card';
import { MENTION_HIGHLIGHT, waitForMarksToSettle } from './harness/marks';
import { VIEWPORT, type BrowserName, type PageDriver } from './harness/page-driver';
import { PHONE, tap, usePhoneScreen } from './harness/phone';

/**
 * The README's screenshots, each a page state a reader should see. The e2e suite takes them
 * (tests/e2e/screenshots.test.ts, into test-results/) and `npm run screenshots` writes them to
 * docs/screenshots/. Add a shot here to add one to the README.
 */
export interface Shot {
  /** File name under the output folder. */
  file: string;
  /** What the picture shows (alt text in the README). */
  description: string;
  browser: BrowserName;
  /** A 360×740 touch screen (tests/e2e/harness/phone.ts) instead of the 1280×800 desktop viewport. */
  phone?: boolean;
  url: string;
  /** Brings the page into the state to photograph (wait for marks, hover a name, ...). */
  prepare(page: PageDriver): Promise<void>;
}

/** Paints the page dark, as a site's night theme would (inline style: fine for a picture, not for DOM tests). */
async function darkPage(page: PageDriver): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = '#15171a';
    document.body.style.color = '#e6e6e6';
  });
}

/** Rests the real mouse on a mark until its card is open. */
async function hoverCard(page: PageDriver, text: string): Promise<void> {
  await waitForMarksToSettle(page);
  await hoverAt(page, await markCenter(page, text));
  await waitForCard(page);
  await sleep(200); // the card's 120 ms fade-in
}

/** Clicks an element inside the open card with the real mouse, scrolling the card (only) to it first. */
async function clickInCard(page: PageDriver, selector: string): Promise<void> {
  const point = await page.evaluate((selector) => {
    const card = document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector('.card') as HTMLElement;
    const element = card.querySelector(selector) as HTMLElement;
    const view = card.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.bottom > view.bottom) card.scrollTop += box.bottom - view.bottom + 8;
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  await page.mouseMove(point.x, point.y, { steps: 6 });
  await page.mouseClick(point.x, point.y);
}

/** Scrolls the page so the first mark reading `text` sits at `atY`, then taps it until its card is open. */
async function tapCard(page: PageDriver, text: string, atY: number): Promise<void> {
  await waitForMarksToSettle(page);
  const point = await page.evaluate(
    ({ name, text, atY }) => {
      const range = [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])].find((r) => r.toString() === text)!;
      window.scrollBy({ top: range.getBoundingClientRect().top - atY, behavior: 'instant' as ScrollBehavior });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { name: MENTION_HIGHLIGHT, text, atY },
  );
  await tap(page, point);
  await waitForCard(page);
  await sleep(200);
}

export const SHOTS: readonly Shot[] = [
  {
    file: 'demo.png',
    description: 'The bundled demo article on www.sports.ru with Carrera Lens loaded in Chromium',
    browser: 'chromium',
    url: DEMO_URL,
    prepare: async (page) => {
      await waitForMarksToSettle(page);
    },
  },
  {
    file: 'card-ru-light.png',
    description: 'The card of Massimo Carrera on a Russian page (Chromium, light)',
    browser: 'chromium',
    url: RU_PAGE,
    prepare: (page) => hoverCard(page, 'Массимо Каррера'),
  },
  {
    file: 'card-ru-dark.png',
    description: 'The card of Spartak Moscow on a dark Russian page (Firefox ESR)',
    browser: 'firefox',
    url: RU_PAGE,
    prepare: async (page) => {
      await darkPage(page);
      await hoverCard(page, 'Спартака');
    },
  },
  {
    file: 'card-en-light.png',
    description: 'The card of Thiago Motta on an English page (Firefox ESR, light)',
    browser: 'firefox',
    url: EN_PAGE,
    prepare: (page) => hoverCard(page, 'Thiago Motta'),
  },
  {
    file: 'card-en-dark.png',
    description: 'The card of Antonio Conte on a dark English page (Chromium)',
    browser: 'chromium',
    url: EN_PAGE,
    prepare: async (page) => {
      await darkPage(page);
      await hoverCard(page, 'Antonio Conte');
    },
  },
  {
    file: 'card-it-light.png',
    description:
      'The national team’s card on an Italian page (www.gazzetta.it, Chromium): Italian text, the name marked “dedotto” (inferred) with its reason open',
    browser: 'chromium',
    url: IT_PAGE,
    prepare: async (page) => {
      await hoverCard(page, 'Antonio Conte');
      await clickInCard(page, '[data-related="italy"]');
      await page.waitForFunction(() => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-entity') === 'italy');
      await clickInCard(page, '.name-line .inferred-tag');
      await page.waitForFunction(() => !!document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.name-line .inferred-reason'));
      await sleep(200);
    },
  },
  {
    file: 'phone-card-chromium.png',
    description: 'A tap on “Massimo Carrera” on a 360×740 touch screen: the Italian card below the name, inside the screen (Chromium)',
    browser: 'chromium',
    phone: true,
    url: IT_PAGE,
    prepare: (page) => tapCard(page, 'Massimo Carrera', 120),
  },
  {
    file: 'phone-card-firefox.png',
    description: 'A tap on “Dmitri Alenichev” low on a 360×740 touch screen: the card opens above the name and scrolls inside itself (Firefox ESR)',
    browser: 'firefox',
    phone: true,
    url: IT_PAGE,
    prepare: (page) => tapCard(page, 'Dmitri Alenichev', 600),
  },
];

/** The size of a shot's picture: the phone's screen or the desktop viewport. */
export const shotSize = (shot: Shot) => (shot.phone ? PHONE : VIEWPORT);

/** Takes the given shots (default: all) into outDir, one browser launch per browser; returns the files. */
export async function takeShots(outDir: string, shots: readonly Shot[] = SHOTS): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const proxy = await startFixtureProxy();
  const written: string[] = [];
  try {
    // One launch per browser and screen kind: a touch screen is a launch setting in Firefox.
    for (const kind of new Set(shots.map((shot) => `${shot.browser}${shot.phone ? ':phone' : ''}`))) {
      const [name, phone] = kind.split(':') as [BrowserName, string | undefined];
      const browser = await browserTarget(name).launch({ proxyPort: proxy.port, touchScreen: phone !== undefined });
      try {
        for (const shot of shots.filter((candidate) => candidate.browser === name && Boolean(candidate.phone) === Boolean(phone))) {
          const page = await browser.newPage();
          if (shot.phone) await usePhoneScreen(page);
          await page.goto(shot.url);
          await shot.prepare(page);
          const file = path.join(outDir, shot.file);
          await page.screenshot(file);
          await page.close();
          written.push(file);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await proxy.close();
  }
  return written;
}
