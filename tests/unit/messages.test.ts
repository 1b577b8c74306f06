import type { Runtime } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundMessageListener, sendToBackground, sendToTab, tabMessageListener } from '../../lib/messages';

const fromTab = (id: number): Runtime.MessageSender => ({ tab: { id, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('messages', () => {
  it('hands a well-formed request to its handler, typed, with the sender', async () => {
    const counts: [number, number | undefined][] = [];
    browser.runtime.onMessage.addListener(
      backgroundMessageListener({ 'mention-count': ({ count }, sender) => void counts.push([count, sender.tab?.id]) }),
    );
    await sendToBackground('mention-count', { count: 12 });
    expect(counts).toEqual([[12, undefined]]);
  });

  it('leaves malformed or unknown messages unanswered and never calls a handler with them', () => {
    const opened: string[] = [];
    const listen = tabMessageListener({ 'open-mention': ({ entity }) => void opened.push(entity) }, () => {});
    for (const message of [
      { type: 'carrera-lens/open-mention', entity: 'nobody' },
      { type: 'carrera-lens/open-mention' },
      { type: 'open-mention', entity: 'carrera' },
      { type: 'carrera-lens/toString', entity: 'carrera' },
      'carrera-lens/open-mention',
      null,
    ]) {
      expect(listen(message, fromTab(1)), JSON.stringify(message)).toBeUndefined();
    }
    expect(opened).toEqual([]);
    listen({ type: 'carrera-lens/open-mention', entity: 'conte' }, fromTab(1));
    expect(opened).toEqual(['conte']);
  });

  it('checks the count of the badge message: a negative or fractional count is not a count', () => {
    const seen: number[] = [];
    const listen = backgroundMessageListener({ 'mention-count': ({ count }) => void seen.push(count) });
    for (const count of [-1, 2.5, '3', null]) listen({ type: 'carrera-lens/mention-count', count }, fromTab(1));
    listen({ type: 'carrera-lens/mention-count', count: 0 }, fromTab(1));
    expect(seen).toEqual([0]);
  });

  it('reports an exception of a content-script handler instead of throwing it', () => {
    const errors: string[] = [];
    const listen = tabMessageListener(
      {
        'next-mention': () => {
          throw new Error('broken');
        },
      },
      (error, type) => errors.push(`${type}: ${(error as Error).message}`),
    );
    expect(listen({ type: 'carrera-lens/next-mention' }, fromTab(1))).toBeUndefined();
    expect(errors).toEqual(['next-mention: broken']);
  });

  it('checks the reply where it arrives: the popup gets a well-formed list or an error saying what to do', async () => {
    const good = { url: 'https://www.sports.ru/', active: true, entities: [{ entity: 'carrera', count: 2 }] };
    const send = vi.spyOn(browser.tabs, 'sendMessage') as unknown as ReturnType<typeof vi.fn>;
    send.mockResolvedValueOnce(good);
    await expect(sendToTab(7, 'page-mentions')).resolves.toEqual(good);
    expect(send).toHaveBeenCalledWith(7, { type: 'carrera-lens/page-mentions' });
    send.mockResolvedValueOnce({ ...good, entities: [{ entity: 'nobody', count: 1 }] });
    await expect(sendToTab(7, 'page-mentions')).rejects.toThrow(/reload the page/);
  });
});
