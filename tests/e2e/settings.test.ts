import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import {
  CHROME_BUILD_DIR,
  DEMO_URL,
  MENTION_HIGHLIGHT,
  REPO_ROOT,
  RU_PAGE,
  TEST_RESULTS_DIR,
  describeEachBrowser,
  mentionCount,
  waitForMarksToSettle,
  type BrowserSession,
  type PageDriver,
} from './harness';
import { cardState, dwellBeforeCard, hoverAt, markCenter, markedTexts, recordHoverTimes, waitForCard } from './harness/card';

type Messages = Record<string, { message: string }>;
/** The extension's own words in one language (public/_locales/<lang>/messages.json). */
const localeMessages = (lang: 'ru' | 'en') => JSON.parse(readFileSync(path.join(REPO_ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

/** Pages on hosts outside the default sites (tests/fixtures/pages/<host>/carrera.html). */
const ON_DEMAND_URL = 'https://news.example.net/carrera.html';
const ALWAYS_URL = 'https://always.example.com/carrera.html';
const ALWAYS_HOST = 'always.example.com';

/**
 * Chromium shows permissions.request()'s prompt as a browser dialog that automation cannot answer
 * (and has no switch to accept it). The Chromium session therefore loads a copy of the build whose
 * manifest also holds the one fixture host of "Always on this site" as a host permission: the
 * popup's request then resolves at once, and everything after it (saving the site, registering
 * the content script, marking after a reload) runs as shipped. Firefox runs the shipped build and
 * the real request (its doorhanger turned off by a pref, see harness/firefox.ts).
 */
function chromiumBuildWithAlwaysHostGranted(): string {
  const dir = path.join(TEST_RESULTS_DIR, 'chrome-mv3-always-on-granted');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(CHROME_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [...((manifest.host_permissions as string[] | undefined) ?? []), `*://${ALWAYS_HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** The extension API inside an extension page, in either browser (untyped: the tests call what they need). */
type Api = any;
declare const chrome: Api;

/** The id of the tab showing `url` (the newest other tab when the extension may not read addresses). */
async function tabIdFor(extensionPage: PageDriver, url: string): Promise<number> {
  return extensionPage.evaluate(async (url) => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    const current = await api.tabs.getCurrent();
    type Tab = { id: number; url?: string };
    const tabs = ((await api.tabs.query({})) as Tab[]).filter((tab) => tab.id !== current?.id);
    const exact = tabs.find((tab) => tab.url === url);
    return (exact ?? tabs.sort((a, b) => b.id - a.id)[0])!.id;
  }, url);
}

/**
 * The extension page the running test opened last: afterEach resets the stored settings through it,
 * so a test that fails half-way leaves nothing behind for the next one.
 */
let extensionPageOfTest: PageDriver | null = null;

/** Opens an extension page (see BrowserSession.openExtensionPage) and keeps it for the reset after the test. */
async function openExtension(session: BrowserSession, pathAndQuery: string): Promise<PageDriver> {
  extensionPageOfTest = await session.openExtensionPage(pathAndQuery);
  return extensionPageOfTest;
}

/** Opens the popup as a tab of its own, about the tab showing `url` (popup.html?tab=<id>). */
async function openPopupFor(session: BrowserSession, url: string): Promise<{ popup: PageDriver; tabId: number }> {
  const popup = await openExtension(session, 'options.html');
  const tabId = await tabIdFor(popup, url);
  await navigateWithin(popup, `popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => document.querySelector('main.popup[data-status]') !== null);
  return { popup, tabId };
}

/** Loads another extension page (or the same one again) in this tab and waits until it has read the settings. */
async function navigateWithin(page: PageDriver, pathAndQuery: string): Promise<void> {
  const target = await page.evaluate((p) => new URL(p, location.href).href, pathAndQuery);
  await page.evaluate((href) => {
    (window as unknown as { leaving?: boolean }).leaving = true;
    location.href = href;
  }, target);
  await page.waitForFunction(
    (href) =>
      !(window as unknown as { leaving?: boolean }).leaving &&
      location.href === href &&
      document.readyState === 'complete' &&
      document.querySelector('main:not([aria-busy])') !== null,
    target,
  );
}

/**
 * Brings a tab to the front. The popup and options pages open as tabs in these tests, which sends
 * the news page to the background; the marks of a page that is not shown are registered once it is
 * (they follow the viewport, see lib/page/marks.ts), as when a reader switches back to it.
 */
async function bringToFront(page: PageDriver): Promise<void> {
  await page.raw.page.bringToFront();
}

/** Clicks an element of the page with the real mouse (a user gesture, which permissions.request needs). */
async function realClick(page: PageDriver, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector);
  const point = await page.evaluate((s) => {
    const element = document.querySelector(s)!;
    element.scrollIntoView({ block: 'center' });
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  await page.mouseClick(point.x, point.y);
}

async function clickIn(page: PageDriver, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

function storedSettings(extensionPage: PageDriver): Promise<Record<string, unknown> | undefined> {
  return extensionPage.evaluate(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    return (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
  });
}

/** Back to a clean profile for the next test: no stored settings. */
async function resetSettings(extensionPage: PageDriver): Promise<void> {
  await extensionPage.evaluate(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    await api.storage.sync.remove(['settings', 'settings$']);
  });
}

/** Highlight names with ranges registered, ours only. */
function ourHighlights(page: PageDriver): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Highlight>) {
      if (name.startsWith('carrera-lens-mention')) sizes[name] = highlight.size;
    }
    return sizes;
  });
}

const waitForNoMarks = (page: PageDriver) =>
  page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) === 0 && document.querySelector('carrera-lens-mark') === null, MENTION_HIGHLIGHT);

/**
 * Grants the host permission of one origin with a real click in an extension page (Firefox only:
 * it stands in for the toolbar click whose activeTab automation cannot give there).
 */
async function grantOriginByClick(extensionPage: PageDriver, origin: string): Promise<void> {
  await extensionPage.evaluate((origin) => {
    const button = document.createElement('button');
    button.id = 'test-grant';
    button.textContent = 'grant';
    button.style.cssText = 'position:fixed;left:0;top:0;width:120px;height:40px;z-index:99';
    button.onclick = () => {
      void browser.permissions.request({ origins: [origin] }).then((granted: boolean) => {
        button.dataset.granted = String(granted);
      });
    };
    document.body.append(button);
  }, origin);
  await realClick(extensionPage, '#test-grant');
  await extensionPage.waitForFunction(() => document.querySelector('#test-grant')?.getAttribute('data-granted') === 'true');
  await extensionPage.evaluate(() => document.querySelector('#test-grant')?.remove());
}
declare const browser: Api;

async function openCardByKeyboard(page: PageDriver): Promise<void> {
  await page.pressKey('Alt+Shift+KeyK');
  await waitForCard(page, true);
}

const cardLang = (page: PageDriver) =>
  page.evaluate(() => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.card')?.getAttribute('lang') ?? null);

describeEachBrowser(
  'settings',
  (session) => {
    afterEach(async () => {
      const page = extensionPageOfTest;
      extensionPageOfTest = null;
      if (page) await resetSettings(page);
    });

    it('the popup turns the extension off for the site and the open page loses its marks; on again brings them back', async () => {
      const page = await session.newPage();
      await page.goto(DEMO_URL);
      await waitForMarksToSettle(page);

      const { popup, tabId } = await openPopupFor(session, DEMO_URL);
      await popup.waitForFunction(() => document.querySelector('main')!.dataset.status === 'on');
      // The mentions of this page, grouped by entity with counts; the badge shows their sum.
      await popup.waitForFunction(() => document.querySelectorAll('.mentions button[data-entity]').length >= 3);
      const list = await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.mentions button[data-entity]')].map((b) => ({
          entity: b.dataset.entity!,
          count: Number(b.querySelector('.count')!.textContent),
        })),
      );
      expect(list.map((e) => e.entity)).toContain('carrera');
      expect(list.every((e) => e.count > 0)).toBe(true);
      const total = list.reduce((sum, e) => sum + e.count, 0);
      await popup.waitForFunction(
        async ({ tabId, total }) => {
          const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
          const action = api.action ?? (api as unknown as { browserAction: Api['action'] }).browserAction;
          return (await action.getBadgeText({ tabId })) === String(total);
        },
        { tabId, total },
      );

      // Clicking an entity scrolls the page to its mention and opens its card.
      await clickIn(popup, '.mentions button[data-entity="spartak"]');
      await page.waitForFunction(() => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-entity') === 'spartak');

      await clickIn(popup, 'input[data-setting="site"]');
      await waitForNoMarks(page);
      expect(await cardState(page)).toMatchObject({ open: false });
      expect(await storedSettings(popup)).toMatchObject({ disabledSites: ['www.sports.ru'] });

      await clickIn(popup, 'input[data-setting="site"]');
      await bringToFront(page);
      expect(await waitForMarksToSettle(page)).toBeGreaterThan(0);
      expect(page.problems()).toEqual([]);
    });

    it('marks a page outside the default sites on demand, once, and only until it is reloaded', async () => {
      const page = await session.newPage();
      await page.goto(ON_DEMAND_URL);
      expect(await mentionCount(page)).toBe(-1);

      if (session.target.name === 'chromium') {
        // The real grant: the toolbar button gives the popup activeTab on this tab.
        await session.browser.clickToolbarButton(page);
      }
      const { popup } = await openPopupFor(session, ON_DEMAND_URL);
      if (session.target.name === 'firefox') {
        // No toolbar click from automation in Firefox: grant this one origin instead (see README).
        await grantOriginByClick(popup, 'https://news.example.net/*');
        await navigateWithin(popup, `popup.html${await popup.evaluate(() => location.search)}`);
      }
      expect(await popup.evaluate(() => document.querySelector('main')!.dataset.status)).toBe('unlisted');
      await clickIn(popup, '[data-action="mark-page"]');
      await bringToFront(page);
      const count = await waitForMarksToSettle(page);
      expect(count).toBeGreaterThan(3);
      // The card's code comes on the first hover, run in the tab under the same one-time grant.
      await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
      expect(await waitForCard(page)).toMatchObject({ open: true, entity: 'carrera' });
      await page.mouseMove(2, 2);
      await waitForCard(page, false);

      // A second "Mark this page" does not inject a second copy: the marks stay as they are.
      await clickIn(popup, '[data-action="mark-page"]');
      await popup.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-action="mark-page"]')!.disabled);
      expect(await waitForMarksToSettle(page)).toBe(count);
      expect(await page.evaluate(() => document.querySelectorAll('carrera-lens-card').length)).toBeLessThanOrEqual(1);
      await popup.waitForFunction(() => document.querySelector('.mentions button[data-entity="carrera"]') !== null);

      await page.goto(ON_DEMAND_URL);
      expect(await mentionCount(page)).toBe(-1);
      expect(page.problems()).toEqual([]);
    });

    it('"Always on this site" adds the site: marked now and after a reload; removing it in the options stops that', async () => {
      const page = await session.newPage();
      await page.goto(ALWAYS_URL);
      expect(await mentionCount(page)).toBe(-1);

      const { popup } = await openPopupFor(session, ALWAYS_URL);
      if (session.target.name === 'firefox') {
        // Lets the popup read the tab's address, as the toolbar click's activeTab would.
        await grantOriginByClick(popup, `https://${ALWAYS_HOST}/*`);
        await navigateWithin(popup, `popup.html${await popup.evaluate(() => location.search)}`);
      }
      await realClick(popup, '[data-action="always-on"]');
      await bringToFront(page);
      await waitForMarksToSettle(page);
      await popup.waitForFunction(() => document.querySelector('main')!.dataset.status === 'on');
      expect(await storedSettings(popup)).toMatchObject({ addedSites: [ALWAYS_HOST] });

      await page.goto(ALWAYS_URL);
      expect(await waitForMarksToSettle(page)).toBeGreaterThan(3);
      // The card's code comes on the first hover, under the site's own permission.
      await hoverAt(page, await markCenter(page, 'Каррера'));
      expect(await waitForCard(page)).toMatchObject({ open: true, entity: 'carrera' });

      await navigateWithin(popup, 'options.html');
      await popup.waitForFunction((host) => document.querySelector(`[data-added-site="${host}"]`) !== null, ALWAYS_HOST);
      await clickIn(popup, `[data-remove-site="${ALWAYS_HOST}"]`);
      await popup.waitForFunction(() => document.querySelector('[data-added-site]') === null);
      if (session.target.name === 'firefox') {
        // The permission goes with the site (in the Chromium copy it is a manifest permission and stays).
        // The list updates as soon as the site is stored; the permission is given back right after.
        await popup.waitForFunction(
          async (host) => !(await browser.permissions.contains({ origins: [`*://${host}/*`] })),
          ALWAYS_HOST,
          5000,
        );
      }
      await page.goto(ALWAYS_URL);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await mentionCount(page)).toBe(-1);
      expect(page.problems()).toEqual([]);
    });

    it('the options page changes the card language (Italian too) and the highlight style, and the open page follows', async () => {
      const page = await session.newPage();
      await page.goto(DEMO_URL);
      await waitForMarksToSettle(page);
      await openCardByKeyboard(page);
      expect(await cardLang(page)).toBe('ru');
      await page.pressKey('Escape');
      await waitForCard(page, false);

      const options = await openExtension(session, 'options.html');
      await clickIn(options, 'input[name="cardLanguage"][value="en"]');
      await clickIn(options, 'input[name="highlightStyle"][value="background"]');
      await page.waitForFunction(() => (CSS.highlights.get('carrera-lens-mention-bg')?.size ?? 0) > 0 && !CSS.highlights.has('carrera-lens-mention'));
      await bringToFront(page);
      await openCardByKeyboard(page);
      expect(await cardLang(page)).toBe('en');
      await page.pressKey('Escape');
      await waitForCard(page, false);

      // Italian is a choice too, labelled from public/_locales (a missing message would show its key).
      const choices = await options.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('input[name="cardLanguage"]')].map((input) => [input.value, input.parentElement!.textContent!.trim()]),
      );
      expect(choices.map(([value]) => value)).toEqual(['page', 'ru', 'en', 'it']);
      expect(choices[3]![1]).not.toMatch(/^$|cardLanguageIt/);
      await clickIn(options, 'input[name="cardLanguage"][value="it"]');
      await bringToFront(page);
      // The open page hears of the change through its settings watch: try until the card follows.
      for (let attempt = 0; ; attempt++) {
        await openCardByKeyboard(page);
        const lang = await cardLang(page);
        await page.pressKey('Escape');
        await waitForCard(page, false);
        if (lang === 'it') break;
        if (attempt === 20) throw new Error(`the card stayed in "${lang}" after choosing Italian`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }

      await clickIn(options, 'input[name="highlightStyle"][value="quiet"]');
      await page.waitForFunction(() => CSS.highlights.has('carrera-lens-mention-quiet') && !CSS.highlights.has('carrera-lens-mention-bg'));
      const sizes = await ourHighlights(page);
      expect(Object.keys(sizes)).toEqual(['carrera-lens-mention-quiet']);

      await clickIn(options, 'input[name="highlightStyle"][value="underline"]');
      await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MENTION_HIGHLIGHT);
      expect(Object.keys(await ourHighlights(page))).toEqual([MENTION_HIGHLIGHT]);
      expect(page.problems()).toEqual([]);
    });

    it('survives a corrupted stored settings value, and keeps the good fields of a partly broken one', async () => {
      const options = await openExtension(session, 'options.html');
      await options.evaluate(async () => {
        const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
        await api.storage.sync.set({ settings: '{"enabled": tru', settings$: { v: 2 } });
      });
      const page = await session.newPage();
      await page.goto(DEMO_URL);
      await bringToFront(page);
      expect(await waitForMarksToSettle(page)).toBeGreaterThan(0);

      await options.evaluate(async () => {
        const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
        await api.storage.sync.set({ settings: { enabled: 'nope', hiddenEntities: 5, highlightStyle: 'background', cardLanguage: 42 } });
      });
      await page.waitForFunction(() => (CSS.highlights.get('carrera-lens-mention-bg')?.size ?? 0) > 0);
      // The options page reads the same value the same way.
      await navigateWithin(options, 'options.html');
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="highlightStyle"]:checked')?.value)).toBe('background');
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[data-setting="enabled"]')?.checked)).toBe(true);
      expect(page.problems()).toEqual([]);
    });

    it("the card's gear turns the extension off on this site", async () => {
      // Opened first: in Firefox the harness reaches extension pages through the gear's "Settings".
      const options = await openExtension(session, 'options.html');
      const page = await session.newPage();
      await page.goto(DEMO_URL);
      await bringToFront(page);
      await waitForMarksToSettle(page);
      await openCardByKeyboard(page);
      await page.evaluate(() => {
        document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.gear')!.click();
      });
      await page.waitForFunction(() => document.querySelector('carrera-lens-card')?.shadowRoot?.querySelector('[data-action="turn-off-site"]') !== null);
      await page.evaluate(() => {
        document.querySelector('carrera-lens-card')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="turn-off-site"]')!.click();
      });
      await waitForNoMarks(page);
      await waitForCard(page, false);
      await options.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-site="www.sports.ru"] input')?.checked === false);
      expect(await storedSettings(options)).toMatchObject({ disabledSites: ['www.sports.ru'] });

      await page.goto(DEMO_URL);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await mentionCount(page)).toBe(-1);
      expect(page.problems()).toEqual([]);
    });

    it('the options page: the global switch takes every mark off open pages and brings them back', async () => {
      const page = await session.newPage();
      await page.goto(DEMO_URL);
      const marks = await waitForMarksToSettle(page);
      const options = await openExtension(session, 'options.html');
      await clickIn(options, 'input[data-setting="enabled"]');
      await waitForNoMarks(page);
      expect(await storedSettings(options)).toMatchObject({ enabled: false });
      await clickIn(options, 'input[data-setting="enabled"]');
      await bringToFront(page);
      expect(await waitForMarksToSettle(page)).toBe(marks);
      expect(page.problems()).toEqual([]);
    });

    it('the options page: an unchecked entity loses its marks on open pages at once, and gets them back', async () => {
      const page = await session.newPage();
      await page.goto(RU_PAGE);
      await waitForMarksToSettle(page);
      const carrera = (texts: { text: string }[]) => texts.filter((m) => /^(Массимо )?Карр?ер/i.test(m.text)).length;
      const before = await markedTexts(page);
      expect(carrera(before)).toBeGreaterThan(0);
      const options = await openExtension(session, 'options.html');
      await clickIn(options, '[data-entity="carrera"] input');
      await bringToFront(page);
      await page.waitForFunction((n) => (CSS.highlights.get('carrera-lens-mention')?.size ?? 0) === n, before.length - carrera(before));
      const hidden = await markedTexts(page);
      expect(carrera(hidden)).toBe(0);
      expect(hidden.map((m) => m.text)).toEqual(before.map((m) => m.text).filter((text) => carrera([{ text }]) === 0));
      expect(await storedSettings(options)).toMatchObject({ hiddenEntities: ['carrera'] });

      await clickIn(options, '[data-entity="carrera"] input');
      await bringToFront(page);
      await page.waitForFunction((n) => (CSS.highlights.get('carrera-lens-mention')?.size ?? 0) === n, before.length);
      expect(await markedTexts(page)).toEqual(before);
      expect(page.problems()).toEqual([]);
    });

    it('the options page: the card delay is how long the pointer rests on a name before its card opens', async () => {
      const options = await openExtension(session, 'options.html');
      await options.waitForFunction(() => document.querySelector('input[name="showDelayMs"]') !== null);
      await options.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('input[name="showDelayMs"]')!;
        input.value = '1200';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.waitForFunction(async () => {
        const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
        return (await api.storage.sync.get('settings')).settings?.showDelayMs === 1200;
      });
      const page = await session.newPage();
      await page.goto(RU_PAGE);
      await bringToFront(page);
      await waitForMarksToSettle(page);
      await recordHoverTimes(page);
      await hoverAt(page, await markCenter(page, 'Массимо Каррера'));
      await waitForCard(page, true, 5000);
      expect(await dwellBeforeCard(page)).toBeGreaterThanOrEqual(1200 - 5);
      expect(page.problems()).toEqual([]);
    });

    it("the popup and the options page speak the browser's language", async () => {
      const page = await session.newPage();
      await page.goto(DEMO_URL);
      await waitForMarksToSettle(page);
      const { popup } = await openPopupFor(session, DEMO_URL);
      const language = await popup.evaluate(() => (((globalThis as { browser?: Api }).browser ?? chrome) as Api).i18n.getUILanguage() as string);
      const messages = localeMessages(language.toLowerCase().startsWith('ru') ? 'ru' : 'en');
      const message = (key: string, ...substitutions: string[]) =>
        messages[key]!.message.replace(/\$\w+\$/, () => substitutions[0] ?? '');
      await popup.waitForFunction(() => document.querySelector('.mentions button[data-entity="carrera"]') !== null);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await popup.evaluate(() => document.querySelector('.switch-label')!.textContent)).toBe(message('siteSwitch', 'www.sports.ru'));
      expect(await popup.evaluate(() => document.querySelector('.mentions h2')!.textContent)).toBe(message('mentionsHeading'));
      expect(await popup.evaluate(() => document.querySelector('[data-entity="carrera"] .entity-name')!.textContent)).toBe(
        language.startsWith('ru') ? 'Массимо Каррера' : 'Massimo Carrera',
      );

      await navigateWithin(popup, 'options.html');
      expect(await popup.evaluate(() => document.title)).toBe(message('optionsTitle'));
      expect(await popup.evaluate(() => document.querySelector('h1')!.textContent)).toBe(message('optionsTitle'));
      expect(await popup.evaluate(() => document.querySelector('#entities')!.textContent)).toBe(message('sectionEntities'));
    });
  },
  { extensionDir: (target) => (target.name === 'chromium' ? chromiumBuildWithAlwaysHostGranted() : undefined) },
);
