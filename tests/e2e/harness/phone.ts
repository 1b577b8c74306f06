import type { CDPSession } from 'playwright-core';
import type { PageDriver } from './page-driver';

/** A common phone screen in CSS pixels (portrait), as Firefox for Android lays a page out on it. */
export const PHONE = { width: 360, height: 740 } as const;

const cdpSessions = new WeakMap<object, CDPSession>();

/** The page's DevTools session (Chromium), kept for the page's life: emulation ends when it detaches. */
async function cdp(page: PageDriver): Promise<CDPSession> {
  if (page.raw.kind !== 'playwright') throw new Error('cdp: not a Chromium page');
  const raw = page.raw.page;
  let session = cdpSessions.get(raw);
  if (!session) {
    session = await raw.context().newCDPSession(raw);
    cdpSessions.set(raw, session);
  }
  return session;
}

/**
 * Makes the tab a phone's screen: 360×740 and a touch screen without a mouse. Chromium emulates touch
 * per tab (DevTools Emulation); Firefox needs the session launched with `touchScreen: true`
 * (preferences: touch events, a coarse pointer, no hover). Call before `goto`.
 */
export async function usePhoneScreen(page: PageDriver): Promise<void> {
  if (page.raw.kind === 'playwright') {
    await page.raw.page.setViewportSize(PHONE);
    await (await cdp(page)).send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  } else {
    await page.raw.page.setViewport({ ...PHONE, deviceScaleFactor: 1 });
  }
}

/** A real touch tap: DevTools touch events in Chromium, a WebDriver BiDi touch pointer in Firefox. */
export async function tap(page: PageDriver, point: { x: number; y: number }): Promise<void> {
  if (page.raw.kind === 'playwright') {
    const session = await cdp(page);
    const touchPoints = [{ x: point.x, y: point.y }];
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    await page.raw.page.touchscreen.tap(point.x, point.y);
  }
}

/** A finger pressed at `from`, moved to `to` in small steps, and lifted (a swipe that scrolls what is under it). */
export async function swipe(page: PageDriver, from: { x: number; y: number }, to: { x: number; y: number }, steps = 10): Promise<void> {
  const at = (i: number) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  if (page.raw.kind === 'playwright') {
    const session = await cdp(page);
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= steps; i++) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i)] });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    const touch = await page.raw.page.touchscreen.touchStart(from.x, from.y);
    for (let i = 1; i <= steps; i++) await touch.move(at(i).x, at(i).y);
    await touch.end();
  }
}
