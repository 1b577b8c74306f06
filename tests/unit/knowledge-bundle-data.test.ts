import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDS } from '../../lib/knowledge';
import { buildCardModel, type Knowledge } from '../../lib/knowledge/card-model';
import { isKnowledgeDataFile, slimKnowledgeFile } from '../../lib/knowledge/bundle-data';
import { compileMatcher, type Lexicon } from '../../lib/matcher';

const read = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'assets/knowledge', name), 'utf8'));
const slim = (name: string) => slimKnowledgeFile(`/repo/assets/knowledge/${name}`, read(name));

describe('knowledge data as bundled', () => {
  it('shows the same cards as the full data, in both languages', () => {
    const full: Knowledge = { entities: read('entities.json'), facts: read('facts.json') };
    const bundled = { entities: slim('entities.json'), facts: slim('facts.json') } as Knowledge;
    for (const id of ENTITY_IDS) {
      for (const lang of ['ru', 'en'] as const) expect(buildCardModel(bundled, id, lang)).toEqual(buildCardModel(full, id, lang));
    }
  });

  it('finds the same mentions in the article as the full lexicon', () => {
    const article = readFileSync(resolve(process.cwd(), 'assets/article.ru.txt'), 'utf8');
    const full = compileMatcher(read('lexicon.json') as Lexicon).find(article);
    expect(full.length).toBeGreaterThan(10);
    expect(compileMatcher(slim('lexicon.json') as Lexicon).find(article)).toEqual(full);
  });

  it('is smaller than the files and leaves the files untouched', () => {
    for (const name of ['lexicon.json', 'facts.json', 'entities.json']) {
      const before = JSON.stringify(read(name));
      expect(JSON.stringify(slim(name)).length).toBeLessThan(before.length);
      expect(JSON.stringify(read(name))).toBe(before);
    }
  });

  it('slims only the three knowledge files', () => {
    expect(isKnowledgeDataFile('/x/assets/knowledge/facts.json')).toBe(true);
    expect(isKnowledgeDataFile('/x/assets/knowledge/facts.json?import')).toBe(false);
    expect(isKnowledgeDataFile('/x/assets/other.json')).toBe(false);
  });
});
