import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import entitiesJson from '../../assets/knowledge/entities.json';
import factsJson from '../../assets/knowledge/facts.json';
import { ENTITY_IDS, getCardModel, getEntityName, isEntityId } from '../../lib/knowledge';
import { parseFactDate } from '../../lib/knowledge/time';
import type { EntitiesFile, FactsFile, Lang } from '../../lib/knowledge/types';
import { validateKnowledge } from '../../lib/knowledge/validate';

const article = readFileSync(resolve(process.cwd(), 'assets/article.ru.txt'), 'utf8');
const entities = entitiesJson as EntitiesFile;
const facts = (factsJson as FactsFile).facts;
const LANGS: Lang[] = ['ru', 'en'];
const CYRILLIC = /[\u0400-\u04FF]/;

describe('knowledge data of the article', () => {
  it('passes the validator with no errors', () => {
    expect(validateKnowledge({ article, entities: entitiesJson, facts: factsJson })).toEqual([]);
  });

  it.each(facts.map((f) => [f.id, f.quote]))('fact %s quotes the article verbatim', (_id, quote) => {
    expect(article).toContain(quote);
  });

  it('rests entity roles and nationalities on verbatim quotes too', () => {
    const quotes = entities.entities.flatMap((e) => [e.role?.quote, e.nationality?.quote]).filter(Boolean);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(article).toContain(quote);
  });

  it('names only known entities as subjects and objects of facts', () => {
    for (const fact of facts) {
      expect(isEntityId(fact.subject), fact.id).toBe(true);
      for (const object of fact.objects) expect(isEntityId(object), `${fact.id} → ${object}`).toBe(true);
    }
  });

  it('gives each inferred time a reason in both languages, and states the rest', () => {
    const inferred = facts.filter((f) => f.time?.inferred);
    expect(inferred.map((f) => f.id)).toEqual(['carrera-reported-for-genoa', 'motta-appointed-genoa']);
    for (const fact of inferred) for (const lang of LANGS) expect(fact.time?.reason?.[lang]).toMatch(/\S{3}/);
    const stated = facts.filter((f) => f.time && !f.time.inferred);
    // The article itself writes these: "в 2009 году", "22 октября 2018 года".
    expect(stated.map((f) => f.time!.date)).toEqual(['2009', '2018-10-22']);
  });

  it('infers 2019 for "Во вторник, 22-го октября" because 22 October 2019 is a Tuesday and 2018 is not', () => {
    const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
    expect(weekday('2018-10-22')).toBe(1); // Monday: the dismissal day, so not the Tuesday of the article
    expect(weekday('2019-10-22')).toBe(2); // Tuesday
    expect(facts.find((f) => f.id === 'motta-appointed-genoa')?.time?.date).toBe('2019-10-22');
  });

  it('keeps dated facts in chronological order', () => {
    const starts = facts.filter((f) => f.time).map((f) => parseFactDate(f.time!.date, f.time!.precision)!.start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('card models', () => {
  it.each(ENTITY_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    '%s has a %s card with a name, a summary and at least one fact',
    (id, lang) => {
      const card = getCardModel(id, lang);
      expect(card.id).toBe(id);
      expect(card.lang).toBe(lang);
      expect(card.name.trim()).not.toBe('');
      expect(card.summary.trim()).not.toBe('');
      expect(card.facts.length).toBeGreaterThanOrEqual(1);
      const shownText = [card.name, card.summary, card.source.title, card.source.note, ...card.facts.map((f) => f.text)];
      for (const text of shownText) expect(CYRILLIC.test(text), text).toBe(lang === 'ru');
      for (const fact of card.facts) expect(article).toContain(fact.quote);
    },
  );

  it('shows the article headline as the source', () => {
    expect(getCardModel('carrera', 'ru').source.title).toBe(article.split('\n')[0]);
    expect(getCardModel('carrera', 'en').source.title).toBe('Carrera says he is ready to work in Russia again');
  });

  it("tells Carrera's story in reading order, with stated and inferred dates labelled", () => {
    const card = getCardModel('carrera', 'ru');
    const ids = card.facts.map((f) => f.id);
    const order = [
      'carrera-playing-position',
      'carrera-juventus-youth-coordinator',
      'carrera-juventus-first-team-under-conte',
      'carrera-national-team-with-conte',
      'carrera-no-place-at-chelsea',
      'carrera-spartak-assistant',
      'carrera-spartak-caretaker',
      'carrera-spartak-head-coach',
      'spartak-russian-champions',
      'spartak-super-cup',
      'carrera-dismissed',
      'carrera-reported-for-genoa',
      'motta-appointed-genoa',
    ];
    expect(ids.filter((id) => order.includes(id))).toEqual(order);
    const byId = Object.fromEntries(card.facts.map((f) => [f.id, f]));
    expect(byId['carrera-juventus-youth-coordinator']?.when).toEqual({ label: '2009' });
    expect(byId['carrera-dismissed']?.when).toEqual({ label: '22 октября 2018' });
    expect(byId['motta-appointed-genoa']?.when?.label).toBe('22 октября 2019');
    expect(byId['motta-appointed-genoa']?.when?.inferred).toMatch(/вторник/);
    expect(getCardModel('carrera', 'en').facts.find((f) => f.id === 'carrera-dismissed')?.when?.label).toBe(
      '22 October 2018',
    );
    expect(byId['spartak-russian-champions']?.text).toMatch(/впервые после 16-летнего перерыва/);
  });

  it('links related entities with their display names, from every fact they share', () => {
    const carrera = getCardModel('carrera', 'en');
    expect(carrera.related.map((r) => r.id).sort()).toEqual(
      ['alenichev', 'chelsea', 'conte', 'genoa', 'italy', 'juventus', 'motta', 'spartak'],
    );
    expect(carrera.related.find((r) => r.id === 'motta')?.name).toBe('Thiago Motta');
    const motta = getCardModel('motta', 'ru');
    expect(motta.related).toEqual([
      { id: 'genoa', name: '«Дженоа»' },
      { id: 'carrera', name: 'Массимо Каррера' },
    ]);
    // A fact seen from another card lists the card's own entity out of its objects.
    const championsOnSpartak = getCardModel('spartak', 'ru').facts.find((f) => f.id === 'spartak-russian-champions');
    expect(championsOnSpartak?.objects).toEqual(['carrera']);
    const championsOnCarrera = carrera.facts.find((f) => f.id === 'spartak-russian-champions');
    expect(championsOnCarrera?.objects).toEqual(['spartak']);
  });

  it('gives every club and person a specific fact of their own', () => {
    const texts = (id: (typeof ENTITY_IDS)[number]) => getCardModel(id, 'en').facts.map((f) => f.text).join(' ');
    expect(texts('spartak')).toMatch(/Russian Super Cup/);
    expect(texts('juventus')).toMatch(/youth sector/);
    expect(texts('chelsea')).toMatch(/Conte left for Chelsea/);
    expect(texts('genoa')).toMatch(/Thiago Motta/);
    expect(texts('alenichev')).toMatch(/resigned/);
    expect(texts('conte')).toMatch(/national team/);
    expect(texts('italy')).toMatch(/national team/);
  });

  it('gives display names in both languages', () => {
    expect(getEntityName('carrera', 'ru')).toBe('Массимо Каррера');
    expect(getEntityName('spartak', 'en')).toBe('Spartak Moscow');
    expect(getEntityName('italy', 'en')).toBe('Italy national team');
  });
});
