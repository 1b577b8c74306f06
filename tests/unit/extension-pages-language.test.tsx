import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/OptionsApp';
import { PopupApp } from '../../components/PopupApp';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localeMessages = (lang: 'ru' | 'en') => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

/** The browser's i18n as it is in a browser whose interface speaks `lang`: messages from public/_locales/<lang>. */
function browserSpeaking(lang: 'ru' | 'en'): Messages {
  const messages = localeMessages(lang);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(lang === 'ru' ? 'ru-RU' : 'en-US');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? entry.placeholders?.[name]?.content ?? '';
      return content.replace(/\$(\d)/, (__, n: string) => substitutions?.[Number(n) - 1] ?? '');
    });
  }) as never);
  return messages;
}

let host: HTMLElement | null = null;
async function mount(app: preact.ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(app, host!);
  });
  // The settings are read asynchronously; the page shows once they are.
  for (let i = 0; i < 20 && host.querySelector('main[aria-busy]'); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  return host;
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the popup and the options page speak the browser\'s language', () => {
  for (const lang of ['ru', 'en'] as const) {
    it(`in a browser that speaks ${lang}`, async () => {
      const messages = browserSpeaking(lang);
      const options = await mount(<OptionsApp />);
      expect(options.querySelector('h1')!.textContent).toBe(messages.optionsTitle!.message);
      expect(options.querySelector('#entities')!.textContent).toBe(messages.sectionEntities!.message);
      expect(options.querySelector('[data-entity="spartak"] label')!.textContent).toBe(lang === 'ru' ? '«Спартак» Москва' : 'Spartak Moscow');
      expect(options.querySelector('input[data-setting="enabled"]')!.closest('label')!.textContent).toBe(messages.optionEnabled!.message);
      render(null, host!);
      host!.remove();

      const popup = await mount(<PopupApp tab={null} />);
      expect(popup.querySelector('.status')!.textContent).toBe(messages.statusNoPage!.message);
      expect(popup.querySelector('[data-action="open-options"]')!.textContent).toBe(messages.openOptions!.message);
    });
  }

  it('has every message in both languages', () => {
    expect(Object.keys(localeMessages('ru')).sort()).toEqual(Object.keys(localeMessages('en')).sort());
  });
});
