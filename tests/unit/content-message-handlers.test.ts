import { describe, expect, it } from 'vitest';
import { contentMessageHandlers } from '../../lib/content/message-handlers';
import type { MarkingSession } from '../../lib/content/marking-session';

const URL_ = 'https://www.sports.ru/football/weather.html';

describe("the content script's answer to the popup", () => {
  it('says the page is being marked while marking waits for a name (no session yet), with nothing marked', async () => {
    const handlers = contentMessageHandlers({ session: () => null, marking: () => true, markOnDemand: () => {}, url: () => URL_ });
    expect(await handlers['page-mentions']!({}, {})).toEqual({ url: URL_, active: true, entities: [] });
  });

  it('says the page is not marked when marking is off', async () => {
    const handlers = contentMessageHandlers({ session: () => null, marking: () => false, markOnDemand: () => {}, url: () => URL_ });
    expect(await handlers['page-mentions']!({}, {})).toEqual({ url: URL_, active: false, entities: [] });
  });

  it("gives the running session's list when there is one", async () => {
    const list = { url: URL_, active: true, entities: [{ entity: 'carrera' as const, count: 2 }] };
    const session = { pageMentions: () => list } as unknown as MarkingSession;
    const handlers = contentMessageHandlers({ session: () => session, marking: () => true, markOnDemand: () => {}, url: () => URL_ });
    expect(await handlers['page-mentions']!({}, {})).toEqual(list);
  });
});
