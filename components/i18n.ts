import type { Lang } from '../lib/knowledge';

/**
 * The extension's own words (popup, options), from public/_locales in the browser's language.
 * A missing message shows its key, so a gap is visible rather than blank.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key as never, substitutions.map(String)) || key;
}

/** Entity names in the popup and options follow the browser's language too (Russian, Italian, else English). */
export function uiLang(): Lang {
  const primary = browser.i18n.getUILanguage().toLowerCase().split(/[-_]/, 1)[0];
  return primary === 'ru' || primary === 'it' ? primary : 'en';
}
