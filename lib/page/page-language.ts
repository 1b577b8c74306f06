import type { Lang } from '../knowledge';
import { DEFAULT_SITES } from '../sites';

/**
 * The card's language on a page: the page's `lang` attribute (Russian, Italian, else English); a page
 * that says nothing gets its host's language: a default site's listed language (www.tuttosport.com is
 * Italian, www.championat.com Russian), else its country (.ru/.su/.рф Russian, .it/.sm/.va Italian).
 */
export function pageLanguage(doc: Document): Lang {
  const declared = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (declared) return languageOf(declared);
  const host = (doc.location?.hostname ?? '').toLowerCase();
  const listed = DEFAULT_SITES.find((site) => site.host === host);
  if (listed) return listed.language;
  if (/\.(ru|su|рф|xn--p1ai)$/i.test(host)) return 'ru';
  if (/\.(it|sm|va)$/i.test(host)) return 'it';
  return 'en';
}

/** A BCP 47 tag's card language: `ru`, `ru-RU` → ru; `it`, `it-CH` → it; anything else → en. */
function languageOf(tag: string): Lang {
  const primary = tag.split(/[-_]/, 1)[0];
  return primary === 'ru' ? 'ru' : primary === 'it' ? 'it' : 'en';
}
