import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The popup's and options' words (public/_locales, read through browser.i18n): every locale says everything. */
const LOCALES_DIR = join(process.cwd(), 'public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const locales = readdirSync(LOCALES_DIR).sort();

/** Message keys the UI asks for: t('key') and the label tables in components/ and entrypoints/. */
function keysUsed(): string[] {
  const dirs = ['components', 'entrypoints'];
  const files = dirs.flatMap((dir) =>
    (readdirSync(join(process.cwd(), dir), { recursive: true }) as string[])
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => readFileSync(join(process.cwd(), dir, file), 'utf8')),
  );
  const used = new Set<string>();
  for (const source of files) {
    for (const match of source.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)) used.add(match[1]!);
    for (const match of source.matchAll(/:\s*'((?:cardLanguage|style)[A-Z][A-Za-z]*)'/g)) used.add(match[1]!);
  }
  return [...used].sort();
}

describe('extension pages in every locale', () => {
  it('ships Russian, English and Italian', () => {
    expect(locales).toEqual(['en', 'it', 'ru']);
  });

  it.each(locales)('%s has every message the English has, with the same placeholders, and no empty one', (locale) => {
    const english = read('en');
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}/${key}`).toEqual(Object.keys(english[key]!.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {})) expect(entry.message, `${locale}/${key}`).toContain(`$${name}$`);
    }
  });

  it('has every message the popup and options ask for, in every locale', () => {
    const used = keysUsed();
    expect(used).toContain('cardLanguageIt');
    expect(used).toContain('optionsTitle');
    for (const locale of locales) expect(used.filter((key) => !(key in read(locale))), locale).toEqual([]);
  });

  it('speaks Italian in the Italian locale (not a copy of the English)', () => {
    const english = read('en');
    const italian = read('it');
    const copied = Object.keys(italian).filter((key) => key !== 'popupTitle' && italian[key]!.message === english[key]!.message);
    expect(copied).toEqual([]);
    expect(italian.sectionCardLanguage!.message).toBe('Lingua della scheda');
  });
});
