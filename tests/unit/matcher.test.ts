import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import lexiconData from '../../assets/knowledge/lexicon.json';
import { compileMatcher, compileMatcherInSteps, getMatcher, type Lexicon } from '../../lib/matcher';

const article = readFileSync(resolve(process.cwd(), 'assets/article.ru.txt'), 'utf8');

function countByEntity(mentions: { entity: string }[]) {
  const counts: Record<string, number> = {};
  for (const m of mentions) counts[m.entity] = (counts[m.entity] ?? 0) + 1;
  return counts;
}

describe('getMatcher on the article', () => {
  it('finds every mention of the article, counted per entity', () => {
    const mentions = getMatcher().find(article);
    expect(countByEntity(mentions)).toEqual({
      carrera: 12, spartak: 5, genoa: 2, motta: 2, juventus: 6, conte: 8, italy: 2, chelsea: 4, alenichev: 2,
    });
  });

  it('reports the names as written in each paragraph, with offsets into it', () => {
    const paragraphs = article.split('\n');
    const texts = (i: number) => getMatcher().find(paragraphs[i]!).map((m) => `${m.entity}:${m.text}`);
    expect(texts(1)).toEqual(['spartak:Спартака', 'carrera:Массимо Каррера']);
    expect(texts(3)).toEqual(['genoa:Дженоа', 'motta:Тьяго Мотта', 'carrera:Массимо Каррера']);
    expect(texts(6)).toEqual([
      'carrera:Массимо Каррера', 'juventus:Ювентусе', 'juventus:старой синьоре', 'juventus:Ювентуса', 'conte:Антонио Конте',
    ]);
    expect(texts(7)).toEqual([
      'conte:Конте', 'italy:сборную', 'conte:Конте', 'chelsea:Челси', 'carrera:Каррера', 'chelsea:синих',
    ]);
    expect(texts(8)).toEqual(['conte:Конте', 'carrera:Каррера', 'alenichev:Дмитрия Аленичева', 'spartak:Спартаке']);
    for (const p of paragraphs) for (const m of getMatcher().find(p)) expect(p.slice(m.start, m.end)).toBe(m.text);
  });

  it('returns mentions sorted and non-overlapping', () => {
    const mentions = getMatcher().find(article);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('compiles once and returns the same matcher', () => {
    expect(getMatcher()).toBe(getMatcher());
  });
});

describe('nicknames only where the article uses them', () => {
  it('reads «синие» and «старая синьора» in quotes as Chelsea and Juventus', () => {
    const found = getMatcher().find('«Синие» обыграли «Старую синьору».');
    expect(found.map((m) => `${m.entity}:${m.text}`)).toEqual(['chelsea:Синие', 'juventus:Старую синьору']);
  });

  it('leaves синие as a colour and старая синьора as an old lady', () => {
    expect(getMatcher().find('Он надел синие кроссовки, а старая синьора в синем пальто улыбнулась.')).toEqual([]);
    expect(getMatcher().find('Синие занавески висели в доме, где жила старая синьора.')).toEqual([]);
  });
});

describe('word boundaries and look-alikes', () => {
  it('uses Unicode letter boundaries, not ASCII \\b', () => {
    expect(getMatcher().find('Спартаковцы, спартакиада, Ювентусовцы, Челсиевский')).toEqual([]);
    expect(getMatcher().find('Тренер (Каррера)').map((m) => m.text)).toEqual(['Каррера']);
  });

  it('knows a name is cut by a letter of any script, not only Latin, Greek or Cyrillic', () => {
    // The patterns list only those scripts' letters (COMMON_WORD_CLASS); the exact check covers the rest.
    expect(getMatcher().find('Каррераא и Спартакক')).toEqual([]);
    expect(getMatcher().find('Каррера-ก')).toEqual([]);
    expect(getMatcher().find('Каррера、Спартак。').map((m) => m.text)).toEqual(['Каррера', 'Спартак']);
  });

  it('prefers the longest form and falls back to a shorter one when the longer is cut by a letter', () => {
    expect(getMatcher().find('Chelsea FC won.').map((m) => m.text)).toEqual(['Chelsea FC']);
    expect(getMatcher().find('Chelsea FCB won the match.').map((m) => m.text)).toEqual(['Chelsea']);
  });

  it('does not take Porsche Carrera, Giuseppe Conte or Chelsea Clinton for our entities', () => {
    expect(getMatcher().find('Porsche 911 Carrera')).toEqual([]);
    expect(getMatcher().find('Джузеппе Конте ушел в отставку.')).toEqual([]);
    expect(getMatcher().find('Chelsea Clinton spoke in New York.')).toEqual([]);
  });

  it("reads a team's title after Italia with either apostrophe (campione d'Europa, campione d’Europa)", () => {
    const matcher = getMatcher();
    for (const text of ["Festa in piazza: l'Italia campione d'Europa torna a casa.", 'Festa in piazza: l’Italia campione d’Europa torna a casa.']) {
      const italia = matcher.explain(text, matcher.newPage()).find((e) => e.text === 'Italia')!;
      expect(italia.reasons.some((r) => r.includes('teamContext') && r.includes('after it')), text).toBe(true);
    }
  });

  it('returns nothing quickly for text without candidates, and nothing for an empty text', () => {
    expect(getMatcher().find('')).toEqual([]);
    expect(getMatcher().find('Погода в Москве будет солнечной.')).toEqual([]);
  });
});

describe('compileMatcher', () => {
  it('compiles in steps to the same matcher as at once', () => {
    const steps = compileMatcherInSteps(lexiconData as unknown as Lexicon);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // A pause after the cues and after each entity's forms, so that a page can spread the work.
    expect(pauses).toBeGreaterThan(Object.keys(lexiconData.entities).length);
    expect(step.value.find(article)).toEqual(getMatcher().find(article));
  });

  it('compiles any valid lexicon, with forms derived from stems and paradigms', () => {
    const lexicon: Lexicon = {
      version: 1,
      paradigms: { a: ['а', 'ы', 'е', 'у', 'ой|ою', 'е'] },
      cueSets: { football: ['матч*'] },
      notFirstNames: [],
      namesakeFirstNames: [],
      prepositions: [],
      evidence: { ...(lexiconData as unknown as Lexicon).evidence, pageFootball: [], pageSport: [], pageOtherTopic: [], otherTopic: [] },
      entities: { motta: { groups: [{ forms: ['Мотт[a]'] }] } } as Lexicon['entities'],
    };
    const matcher = compileMatcher(lexicon);
    expect(matcher.find('С Моттою и без Мотты.').map((m) => m.text)).toEqual(['Моттою', 'Мотты']);
    expect(matcher.find('мотта')).toEqual([]);
  });
});
