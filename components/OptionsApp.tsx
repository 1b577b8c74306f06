import {
  AddedSitesSection,
  CardLanguageSection,
  DefaultSitesSection,
  EntitiesSection,
  GlobalSwitch,
  HighlightStyleSection,
  ShowDelaySection,
} from './options/sections';
import { t } from './i18n';
import { useSettings, useSettingsChange } from './use-settings';

/** The options page. Every change is stored at once; open tabs follow through their settings watch. */
export function OptionsApp() {
  const settings = useSettings();
  const edit = useSettingsChange();
  if (!settings) return <main class="options" aria-busy="true" />;
  const props = { settings, edit };
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="note">{t('savedNote')}</p>
      {edit.error && (
        <p class="error" role="alert">
          {edit.error}
        </p>
      )}
      <GlobalSwitch {...props} />
      <DefaultSitesSection {...props} />
      <AddedSitesSection {...props} />
      <EntitiesSection {...props} />
      <CardLanguageSection {...props} />
      <ShowDelaySection {...props} />
      <HighlightStyleSection {...props} />
    </main>
  );
}
