import { render } from 'preact';
import '../../assets/extension-pages.css';
import { PopupApp, type PopupTab } from '../../components/PopupApp';

/**
 * The tab the popup is about: the active tab of its window, or the tab named by `?tab=<id>` when the
 * popup is opened as a page of its own (the end-to-end tests do this; so can a person, from a bookmark).
 */
async function targetTab(): Promise<PopupTab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('popupTitle');
targetTab().then((tab) => render(<PopupApp tab={tab} />, document.getElementById('app')!));
