import type { Lang } from '../knowledge';

/** Russian cards on Russian pages, English on all others: the page's lang attribute, else its host's country. */
export function pageLanguage(doc: Document): Lang {
  const declared = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (declared) return declared.startsWith('ru') ? 'ru' : 'en';
  return /\.(ru|su|рф)$/i.test(doc.location?.hostname ?? '') ? 'ru' : 'en';
}
