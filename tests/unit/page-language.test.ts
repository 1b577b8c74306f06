import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../lib/page/page-language';

/** A document at `url` whose <html> has the given lang attribute (none when null). */
function page(url: string, lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  return doc;
}

describe('the card language of a page', () => {
  it.each([
    ['https://www.gazzetta.it/calcio/', 'it', 'it'],
    ['https://www.gazzetta.it/calcio/', 'it-IT', 'it'],
    ['https://www.sports.ru/football/', 'ru', 'ru'],
    ['https://www.sports.ru/football/', 'ru-RU', 'ru'],
    ['https://www.bbc.com/sport/', 'en-GB', 'en'],
    // What the page declares wins over its host.
    ['https://www.gazzetta.it/english/', 'en', 'en'],
    ['https://www.bbc.com/sport/', 'it', 'it'],
    ['https://www.example.com/', 'de', 'en'],
  ])('%s with lang="%s" gets the %s card', (url, lang, expected) => {
    expect(pageLanguage(page(url, lang))).toBe(expected);
  });

  it.each([
    ['https://www.gazzetta.it/calcio/', 'it'],
    ['https://www.corrieredellosport.it/news/', 'it'],
    ['https://www.tuttosport.com/news/', 'it'], // Italian though .com: a default site listed as Italian
    ['https://www.championat.com/football/', 'ru'], // Russian though .com
    ['https://www.sport-express.ru/', 'ru'],
    ['https://news.example.it/', 'it'],
    ['https://news.example.ru/', 'ru'],
    ['https://www.football-italia.net/', 'en'], // an Italian-football site in English
    ['https://news.example.net/', 'en'],
  ])('%s saying nothing gets the card of its host: %s', (url, expected) => {
    expect(pageLanguage(page(url, null))).toBe(expected);
    expect(pageLanguage(page(url, ' '))).toBe(expected);
  });
});
