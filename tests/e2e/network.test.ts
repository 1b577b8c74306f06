import { expect, it } from 'vitest';
import { hoverAt, markCenter, sleep, waitForCard } from './harness/card';
import { DEMO_URL, describeEachBrowser, pageAndExtensionRequests, resolveFixture, type LoggedRequest } from './harness';
import { waitForMarksToSettle } from './harness/marks';

/**
 * Zero network: every request a browser makes goes through the fixture proxy and is logged. While
 * the extension marks pages, opens cards and is reloaded, the only requests allowed are the pages'
 * own (a fixture file of the page's host, or that host's favicon). Anything else is the extension's.
 */
const PAGES = [
  DEMO_URL,
  'https://www.championat.com/football/carrera-interview.html',
  'https://www.bbc.com/sport/football/carrera.html',
  'https://www.sports.ru/hostile/csp.html',
  'https://www.sports.ru/hostile/frames.html',
];

/** A request the visited pages explain: a fixture file they load, or a favicon of a visited host. */
function isPagesOwn(request: LoggedRequest, hosts: Set<string>): boolean {
  if (request.kind === 'connect') return hosts.has(request.host);
  if (request.origin && /^(chrome|moz)-extension:/.test(request.origin)) return false;
  const url = new URL(request.url);
  if (url.pathname === '/favicon.ico') return true;
  return request.status === 200 && resolveFixture(url) !== null;
}

describeEachBrowser('network', (session) => {
  it('the extension makes no request while it marks pages and opens cards', async () => {
    session.proxy.clearRequests();
    const hosts = new Set(PAGES.map((url) => new URL(url).host));
    for (const url of PAGES) {
      const page = await session.newPage();
      await page.goto(url);
      await waitForMarksToSettle(page);
      const first = await page.evaluate(() => {
        const ranges = [...((CSS.highlights.get('carrera-lens-mention') as unknown as Iterable<Range>) ?? [])];
        return ranges[0]?.toString() ?? null;
      });
      if (first) {
        await hoverAt(page, await markCenter(page, first));
        await waitForCard(page);
      }
      await sleep(500);
      expect(page.problems()).toEqual([]);
      await page.close();
    }
    const requests = pageAndExtensionRequests(session.proxy.requests);
    // Proof the log works: each page's own document was seen.
    for (const url of PAGES) expect(requests.some((r) => r.url === url)).toBe(true);
    const extensions = requests.filter((request) => !isPagesOwn(request, hosts));
    console.log(`[${session.target.name}] ${requests.length} requests by ${PAGES.length} pages, ${extensions.length} by the extension`);
    expect(extensions).toEqual([]);
  });
});
