import { useEffect, useState } from 'preact/hooks';
import { getEntityName } from '../lib/knowledge';
import { sendToBackground, sendToTab, type PageMentions } from '../lib/messages';
import { markTabOnDemand } from '../lib/injection/mark-on-demand';
import { normaliseHost, siteStatus, withSiteAdded, withSiteEnabled } from '../lib/settings';
import { updateSettings } from '../lib/settings/storage';
import { addedSiteOrigins } from '../lib/sites';
import { Switch } from './Switch';
import { t, uiLang } from './i18n';
import { useSettings, useSettingsChange } from './use-settings';

export interface PopupTab {
  id: number;
  /** Known when the extension may see it: a site it runs on, or after the toolbar click (activeTab). */
  url?: string;
}

/** How often the list of mentions is read again while the popup is open (the page is marked in slices). */
const REFRESH_MS = 700;

/**
 * The toolbar popup: is the extension on here (with a switch), what is marked on this page, and the
 * ways to mark a page outside the default sites.
 */
export function PopupApp({ tab }: { tab: PopupTab | null }) {
  const settings = useSettings();
  const [mentions, setMentions] = useState<PageMentions | null>(null);
  const { change, error, setError } = useSettingsChange();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!tab) return;
    let live = true;
    const read = () =>
      sendToTab(tab.id, 'page-mentions')
        .then((reply) => live && setMentions(reply))
        .catch(() => live && setMentions(null)); // no content script in the tab (or an outdated one)
    void read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tab?.id]);

  if (!settings) return <main class="popup" aria-busy="true" />;
  // The tab's address when the browser shows it to us (activeTab, a granted site), else the content script's word.
  const address = tab?.url ?? mentions?.url;
  const url = address ? safeUrl(address) : null;
  const host = url && /^https?:$/.test(url.protocol) ? normaliseHost(url.hostname) : null;
  const status = url ? siteStatus(settings, url) : null;

  const markPage = async () => {
    if (!tab) return;
    setBusy(true);
    setError(null);
    try {
      await markTabOnDemand(tab.id);
    } catch (e) {
      setError(t('markFailed', (e as Error)?.message ?? String(e)));
    } finally {
      setBusy(false);
    }
  };

  // The permission request must be the first thing the click does (browsers require a user gesture).
  const alwaysOn = () => {
    if (!tab || !host) return;
    setError(null);
    const request = browser.permissions.request({ origins: addedSiteOrigins(host) });
    setBusy(true);
    request
      .then(async (granted) => {
        if (!granted) {
          setError(t('alwaysOnDenied'));
          return;
        }
        await updateSettings((current) => withSiteAdded(current, host));
        await sendToBackground('sync-added-sites');
        await markTabOnDemand(tab.id);
      })
      .catch((e: unknown) => setError(t('permissionError', (e as Error)?.message ?? String(e))))
      .finally(() => setBusy(false));
  };

  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  const markedOnDemand = mentions?.active && status?.kind !== 'on';
  return (
    <main class="popup" data-status={status?.kind ?? 'none'}>
      <h1 class="title">{t('popupTitle')}</h1>

      {!tab || (url && !host) ? (
        <p class="status">{t('statusNoPage')}</p>
      ) : status?.kind === 'on' || (status?.kind === 'off' && status.reason === 'site') ? (
        <Switch checked={status.kind === 'on'} setting="site" onChange={(on) => change((s) => withSiteEnabled(s, host!, on))}>
          {t('siteSwitch', host!)}
        </Switch>
      ) : status?.kind === 'off' ? (
        <p class="status">
          {t('statusOffGlobal')}{' '}
          <button type="button" data-action="turn-on" onClick={() => change((s) => ({ ...s, enabled: true }))}>
            {t('turnOnEverywhere')}
          </button>
        </p>
      ) : (
        <p class="status">{markedOnDemand ? t('statusMarkedOnDemand') : t('statusUnlisted')}</p>
      )}

      {tab && status?.kind !== 'on' && (!url || host) && (
        <div class="actions">
          <button type="button" data-action="mark-page" disabled={busy} onClick={markPage}>
            {t('markThisPage')}
          </button>
          {status?.kind === 'unlisted' && host && (
            <button type="button" data-action="always-on" disabled={busy} onClick={alwaysOn}>
              {t('alwaysOnThisSite')}
            </button>
          )}
        </div>
      )}

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      {mentions?.active && (
        <section class="mentions" aria-label={t('mentionsHeading')}>
          <h2>{t('mentionsHeading')}</h2>
          {mentions.entities.length === 0 ? (
            <p class="empty">{t('mentionsNone')}</p>
          ) : (
            <ul>
              {mentions.entities.map(({ entity, count }) => (
                <li key={entity}>
                  <button
                    type="button"
                    data-entity={entity}
                    onClick={() => tab && sendToTab(tab.id, 'open-mention', { entity })}
                  >
                    <span class="entity-name">{getEntityName(entity, uiLang())}</span>
                    <span class="count" aria-label={t('mentionCount', count)}>
                      {count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <footer>
        <button type="button" class="link" data-action="open-options" onClick={openOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
