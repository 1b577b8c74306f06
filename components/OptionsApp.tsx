import { useState } from 'preact/hooks';
import { ENTITY_IDS, getEntityName } from '../lib/knowledge';
import { SYNC_ADDED_SITES, type ExtensionMessage } from '../lib/messages';
import {
  CARD_LANGUAGES,
  HIGHLIGHT_STYLES,
  SHOW_DELAY_MAX_MS,
  SHOW_DELAY_MIN_MS,
  addedSiteOrigins,
  withSiteEnabled,
  withSiteRemoved,
  type CardLanguage,
  type HighlightStyle,
  type Settings,
} from '../lib/settings';
import { updateSettings } from '../lib/settings/storage';
import { DEFAULT_SITES } from '../lib/sites';
import { Switch } from './Switch';
import { t, uiLang } from './i18n';
import { useSettings } from './use-settings';

const LANGUAGE_LABELS: Record<CardLanguage, string> = { page: 'cardLanguagePage', ru: 'cardLanguageRu', en: 'cardLanguageEn', it: 'cardLanguageIt' };
const STYLE_LABELS: Record<HighlightStyle, string> = { underline: 'styleUnderline', background: 'styleBackground', quiet: 'styleQuiet' };

/** The options page. Every change is stored at once; open tabs follow through their settings watch. */
export function OptionsApp() {
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  if (!settings) return <main class="options" aria-busy="true" />;

  const change = (update: (current: Settings) => Settings) => {
    setError(null);
    updateSettings(update).catch((e: unknown) => setError(String(e)));
  };
  const siteOn = (host: string) => !settings.disabledSites.includes(host);
  const defaultHosts = new Set(DEFAULT_SITES.map((site) => site.host));
  const otherOff = settings.disabledSites.filter((host) => !defaultHosts.has(host) && !settings.addedSites.includes(host));

  const removeSite = async (host: string) => {
    setError(null);
    try {
      // The site goes first (its content script is unregistered), then its permission is given back.
      await updateSettings((current) => withSiteRemoved(current, host));
      await browser.runtime.sendMessage({ type: SYNC_ADDED_SITES } satisfies ExtensionMessage);
      await browser.permissions.remove({ origins: addedSiteOrigins(host) });
    } catch (e) {
      setError(t('permissionError', (e as Error)?.message ?? String(e)));
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="note">{t('savedNote')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <section>
        <Switch checked={settings.enabled} setting="enabled" onChange={(on) => change((s) => ({ ...s, enabled: on }))}>
          {t('optionEnabled')}
        </Switch>
      </section>

      <section aria-labelledby="default-sites">
        <h2 id="default-sites">{t('sectionDefaultSites')}</h2>
        <p class="hint">{t('sectionDefaultSitesHint')}</p>
        <ul class="sites">
          {DEFAULT_SITES.map((site) => (
            <li key={site.host} data-site={site.host}>
              <label>
                <input type="checkbox" checked={siteOn(site.host)} onChange={(e) => change((s) => withSiteEnabled(s, site.host, (e.currentTarget as HTMLInputElement).checked))} />
                {site.host}
                {site.path && <span class="path">{site.path}</span>}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="added-sites">
        <h2 id="added-sites">{t('sectionAddedSites')}</h2>
        <p class="hint">{t('sectionAddedSitesHint')}</p>
        {settings.addedSites.length === 0 ? (
          <p class="empty">{t('addedSitesNone')}</p>
        ) : (
          <ul class="sites">
            {settings.addedSites.map((host) => (
              <li key={host} data-added-site={host}>
                <label>
                  <input type="checkbox" checked={siteOn(host)} onChange={(e) => change((s) => withSiteEnabled(s, host, (e.currentTarget as HTMLInputElement).checked))} />
                  {host}
                </label>
                <button type="button" data-remove-site={host} onClick={() => removeSite(host)}>
                  {t('removeSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {otherOff.length > 0 && (
          <>
            <h3>{t('sectionOtherOff')}</h3>
            <ul class="sites">
              {otherOff.map((host) => (
                <li key={host} data-off-site={host}>
                  <span>{host}</span>
                  <button type="button" data-remove-site={host} onClick={() => change((s) => withSiteRemoved(s, host))}>
                    {t('removeSite')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="entities">
        <h2 id="entities">{t('sectionEntities')}</h2>
        <ul class="entities">
          {ENTITY_IDS.map((entity) => (
            <li key={entity} data-entity={entity}>
              <label>
                <input
                  type="checkbox"
                  checked={!settings.hiddenEntities.includes(entity)}
                  onChange={(e) => {
                    const shown = (e.currentTarget as HTMLInputElement).checked;
                    change((s) => ({
                      ...s,
                      hiddenEntities: shown ? s.hiddenEntities.filter((id) => id !== entity) : [...s.hiddenEntities, entity],
                    }));
                  }}
                />
                {getEntityName(entity, uiLang())}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <fieldset>
        <legend>{t('sectionCardLanguage')}</legend>
        {CARD_LANGUAGES.map((lang) => (
          <label key={lang}>
            <input type="radio" name="cardLanguage" value={lang} checked={settings.cardLanguage === lang} onChange={() => change((s) => ({ ...s, cardLanguage: lang }))} />
            {t(LANGUAGE_LABELS[lang])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('sectionShowDelay')}</legend>
        <label>
          {t('showDelayLabel')}{' '}
          <input
            type="number"
            name="showDelayMs"
            min={SHOW_DELAY_MIN_MS}
            max={SHOW_DELAY_MAX_MS}
            step={50}
            value={settings.showDelayMs}
            onChange={(e) => {
              const value = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isFinite(value)) change((s) => ({ ...s, showDelayMs: value }));
            }}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('sectionHighlightStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class={`style-choice style-${style}`}>
            <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => change((s) => ({ ...s, highlightStyle: style }))} />
            {t(STYLE_LABELS[style])}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
