import { ENTITY_IDS, getEntityName } from '../../lib/knowledge';
import { sendToBackground } from '../../lib/messages';
import {
  CARD_LANGUAGES,
  HIGHLIGHT_STYLES,
  SHOW_DELAY_MAX_MS,
  SHOW_DELAY_MIN_MS,
  withSiteEnabled,
  withSiteRemoved,
  type CardLanguage,
  type HighlightStyle,
  type Settings,
} from '../../lib/settings';
import { updateSettings } from '../../lib/settings/storage';
import { DEFAULT_SITES, addedSiteOrigins } from '../../lib/sites';
import { Switch } from '../Switch';
import { t, uiLang } from '../i18n';
import type { SettingsChange } from '../use-settings';

/** What every section of the options page gets: the settings now and the way to change them. */
export interface SectionProps {
  settings: Settings;
  edit: SettingsChange;
}

const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

export function GlobalSwitch({ settings, edit }: SectionProps) {
  return (
    <section>
      <Switch checked={settings.enabled} setting="enabled" onChange={(on) => edit.change((s) => ({ ...s, enabled: on }))}>
        {t('optionEnabled')}
      </Switch>
    </section>
  );
}

export function DefaultSitesSection({ settings, edit }: SectionProps) {
  return (
    <section aria-labelledby="default-sites">
      <h2 id="default-sites">{t('sectionDefaultSites')}</h2>
      <p class="hint">{t('sectionDefaultSitesHint')}</p>
      <ul class="sites">
        {DEFAULT_SITES.map((site) => (
          <li key={site.host} data-site={site.host}>
            <label>
              <input type="checkbox" checked={!settings.disabledSites.includes(site.host)} onChange={(e) => edit.change((s) => withSiteEnabled(s, site.host, checked(e)))} />
              {site.host}
              {site.path && <span class="path">{site.path}</span>}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sites the reader added (each can be switched or removed), and other sites turned off. */
export function AddedSitesSection({ settings, edit }: SectionProps) {
  const defaultHosts = new Set(DEFAULT_SITES.map((site) => site.host));
  const otherOff = settings.disabledSites.filter((host) => !defaultHosts.has(host) && !settings.addedSites.includes(host));
  const removeSite = async (host: string) => {
    edit.setError(null);
    try {
      // The site goes first (its content script is unregistered), then its permission is given back.
      await updateSettings((current) => withSiteRemoved(current, host));
      await sendToBackground('sync-added-sites');
      await browser.permissions.remove({ origins: addedSiteOrigins(host) });
    } catch (e) {
      edit.setError(t('permissionError', (e as Error)?.message ?? String(e)));
    }
  };
  return (
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
                <input type="checkbox" checked={!settings.disabledSites.includes(host)} onChange={(e) => edit.change((s) => withSiteEnabled(s, host, checked(e)))} />
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
                <button type="button" data-remove-site={host} onClick={() => edit.change((s) => withSiteRemoved(s, host))}>
                  {t('removeSite')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function EntitiesSection({ settings, edit }: SectionProps) {
  return (
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
                  const shown = checked(e);
                  edit.change((s) => ({
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
  );
}

const LANGUAGE_LABELS: Record<CardLanguage, string> = { page: 'cardLanguagePage', ru: 'cardLanguageRu', en: 'cardLanguageEn', it: 'cardLanguageIt' };

export function CardLanguageSection({ settings, edit }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('sectionCardLanguage')}</legend>
      {CARD_LANGUAGES.map((lang) => (
        <label key={lang}>
          <input type="radio" name="cardLanguage" value={lang} checked={settings.cardLanguage === lang} onChange={() => edit.change((s) => ({ ...s, cardLanguage: lang }))} />
          {t(LANGUAGE_LABELS[lang])}
        </label>
      ))}
    </fieldset>
  );
}

export function ShowDelaySection({ settings, edit }: SectionProps) {
  return (
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
            if (Number.isFinite(value)) edit.change((s) => ({ ...s, showDelayMs: value }));
          }}
        />
      </label>
    </fieldset>
  );
}

const STYLE_LABELS: Record<HighlightStyle, string> = { underline: 'styleUnderline', background: 'styleBackground', quiet: 'styleQuiet' };

export function HighlightStyleSection({ settings, edit }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('sectionHighlightStyle')}</legend>
      {HIGHLIGHT_STYLES.map((style) => (
        <label key={style} class={`style-choice style-${style}`}>
          <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => edit.change((s) => ({ ...s, highlightStyle: style }))} />
          {t(STYLE_LABELS[style])}
        </label>
      ))}
    </fieldset>
  );
}
