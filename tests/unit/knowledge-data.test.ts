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
const LANGS: Lang[] = ['ru', 'en', 'it'];
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

  it('gives each inferred time a reason in every card language, and states the rest', () => {
    const inferred = facts.filter((f) => f.time?.inferred);
    expect(inferred.map((f) => f.id)).toEqual(['carrera-reported-for-genoa', 'motta-appointed-genoa']);
    for (const fact of inferred) for (const lang of LANGS) expect(fact.time?.reason?.[lang]).toMatch(/\S{3}/);
    const stated = facts.filter((f) => f.time && !f.time.inferred);
    // The article itself writes these: "в 2009 году", "22 октября 2018 года".
    expect(stated.map((f) => f.time!.date)).toEqual(['2009', '2018-10-22']);
  });

  it('infers 2019 for "Во вторник, 22-го октября" and says, from the article, why not 2024', () => {
    const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
    expect(weekday('2018-10-22')).toBe(1); // Monday: the dismissal day, so not the Tuesday of the article
    expect(weekday('2019-10-22')).toBe(2); // Tuesday: the first after the dismissal
    expect(weekday('2024-10-22')).toBe(2); // Tuesday too: the reason must rule it out
    const motta = facts.find((f) => f.id === 'motta-appointed-genoa')!;
    expect(motta.time?.date).toBe('2019-10-22');
    for (const lang of LANGS) {
      const reason = motta.time!.reason![lang];
      expect(reason, lang).toContain('2019');
      expect(reason, lang).toContain('2024');
      expect(reason, lang).toContain('2018');
    }
    // What rules 2024 out comes from the article: the dismissal is the last step of the career it tells,
    // and the interviews about leaving Spartak were recent.
    expect(motta.time!.reason!.ru).toMatch(/экс-наставник/);
    expect(article).toContain('Экс-наставник московского «Спартака»');
    expect(motta.time!.reason!.ru).toMatch(/интервью/);
    expect(article).toContain('Во время визита он дал несколько интервью');
  });

  it('names the club in the singular where a nickname is explained (agreeing with «клуб»)', () => {
    const nicknames = facts.filter((f) => f.relation === 'nickname');
    expect(nicknames.map((f) => f.id)).toEqual(['juventus-nickname', 'chelsea-nickname']);
    for (const fact of nicknames) {
      expect(fact.text.ru).toMatch(/также назван «/);
      expect(fact.text.ru).not.toMatch(/названы/);
    }
  });

  it('has Carrera take over from Alenichev, in the order the article gives', () => {
    const caretaker = facts.find((f) => f.id === 'carrera-spartak-caretaker')!;
    expect(caretaker.objects).toContain('alenichev');
    expect(caretaker.quote).toMatch(/Аленичева.*подал в отставку\. Итальянец сначала был назначен исполняющим обязанности/);
    expect(caretaker.text.ru).toMatch(/Аленичева/);
    expect(caretaker.text.en).toMatch(/took over from Dmitri Alenichev/);
    expect(caretaker.text.it).toMatch(/preso il posto di Dmitri Alenichev/);
    const order = facts.map((f) => f.id);
    expect(order.indexOf('alenichev-resigned')).toBeLessThan(order.indexOf('carrera-spartak-caretaker'));
  });

  it('links the national team to every fact the article ties to it', () => {
    const italy = getCardModel('italy', 'en');
    expect(italy.facts.map((f) => f.id)).toEqual(['carrera-national-team-with-conte', 'carrera-no-place-at-chelsea']);
    // The quote behind the second one holds both: the move with Conte, and going it alone after he left.
    const noPlace = facts.find((f) => f.id === 'carrera-no-place-at-chelsea')!;
    expect(noPlace.quote).toMatch(/^Впоследствии он вместе Конте перешел на работу в сборную\. После ухода Конте в «Челси»/);
  });

  it('marks the national team\'s name as inferred, with the reason, because the article only says «сборная»', () => {
    expect(article).not.toMatch(/Итали/);
    expect(article).toMatch(/в сборную/);
    const italy = entities.entities.find((e) => e.id === 'italy')!;
    expect(italy.name.inferred).toBe(true);
    for (const lang of LANGS) expect(italy.name.reason?.[lang], lang).toMatch(/\S{3}/);
    for (const other of entities.entities.filter((e) => e.id !== 'italy')) expect(other.name.inferred, other.id).toBeUndefined();
  });

  it('uses football English: a ceremony is held, the league title is won, Carrera and Conte moved together', () => {
    const english = [
      ...facts.flatMap((f) => [f.text.en, f.value?.en ?? '', f.time?.reason?.en ?? '']),
      ...entities.entities.flatMap((e) => [e.summary.en, e.role?.en ?? '', e.name.reason?.en ?? '']),
    ].join('\n');
    expect(english).not.toMatch(/conduct a ceremony/);
    expect(english).not.toMatch(/Russian championship/);
    expect(english).not.toMatch(/followed Conte/);
    expect(english).not.toMatch(/youth sector/);
    expect(facts.find((f) => f.id === 'carrera-visited-russia')!.text.en).toMatch(/hold a ceremony/);
    expect(facts.find((f) => f.id === 'spartak-russian-champions')!.text.en).toMatch(/Russian league title/);
    expect(facts.find((f) => f.id === 'carrera-national-team-with-conte')!.text.en).toMatch(/together with Conte/);
  });

  it('keeps dated facts in chronological order', () => {
    const starts = facts.filter((f) => f.time).map((f) => parseFactDate(f.time!.date, f.time!.precision)!.start);
    expect(starts).toEqual([...starts].sort());
  });
});

/**
 * Who is named in a text, per language (Russian by stem, so every case counts). A translation that
 * drops or adds a person, a club or the national team shows up as a different set.
 */
const NAMED: Record<(typeof ENTITY_IDS)[number], Record<Lang, RegExp>> = {
  carrera: { ru: /Каррер/, en: /Carrera/, it: /Carrera/ },
  spartak: { ru: /Спартак/, en: /Spartak/, it: /Spartak/ },
  genoa: { ru: /Дженоа/, en: /Genoa/, it: /Genoa/ },
  juventus: { ru: /Ювентус|синьор/, en: /Juventus|Old Lady/, it: /Juventus|Vecchia Signora/ },
  chelsea: { ru: /Челси|сини[хме]/, en: /Chelsea|Blues/, it: /Chelsea|Blues/ },
  conte: { ru: /Конте/, en: /Conte/, it: /Conte/ },
  alenichev: { ru: /Аленичев/, en: /Alenichev/, it: /Alenichev/ },
  motta: { ru: /Мотт/, en: /Motta/, it: /Motta/ },
  italy: { ru: /сборн/i, en: /national team/i, it: /nazionale/i },
};
const namedIn = (text: string, lang: Lang) => ENTITY_IDS.filter((id) => NAMED[id][lang].test(text));
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('the Italian (and English) texts against the Russian', () => {
  const texts: [string, Record<Lang, string>][] = [
    ...facts.flatMap((f): [string, Record<Lang, string>][] => [
      [`${f.id} text`, f.text],
      ...(f.value ? [[`${f.id} value`, f.value] as [string, Record<Lang, string>]] : []),
      ...(f.time?.reason ? [[`${f.id} time.reason`, f.time.reason] as [string, Record<Lang, string>]] : []),
    ]),
    ...entities.entities.flatMap((e): [string, Record<Lang, string>][] => [
      [`${e.id} name`, e.name],
      [`${e.id} summary`, e.summary],
      ...(e.role ? [[`${e.id} role`, e.role] as [string, Record<Lang, string>]] : []),
      ...(e.name.reason ? [[`${e.id} name.reason`, e.name.reason] as [string, Record<Lang, string>]] : []),
    ]),
    ['source title', entities.source.title],
    ['source note', entities.source.note],
  ];

  it.each(texts)('%s names the same people and clubs, and the same numbers, in every language', (_label, text) => {
    for (const lang of ['en', 'it'] as const) {
      expect(namedIn(text[lang], lang), `${lang}: ${text[lang]}`).toEqual(namedIn(text.ru, 'ru'));
      expect(numbersIn(text[lang]), `${lang}: ${text[lang]}`).toEqual(numbersIn(text.ru));
    }
  });

  it('writes Italian where Italian is shown: no Cyrillic, no English left untranslated', () => {
    for (const [label, text] of texts) {
      expect(/[\u0400-\u04FF]/.test(text.it), label).toBe(false);
      if (!label.endsWith(' name')) expect(text.it, label).not.toBe(text.en);
    }
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
    expect(getCardModel('carrera', 'it').source.title).toBe('Carrera si dice pronto a lavorare di nuovo in Russia');
  });

  it('speaks Italian on an Italian card: facts, dates and the inferred reason; the quotes stay the Russian article', () => {
    const card = getCardModel('carrera', 'it');
    const byId = Object.fromEntries(card.facts.map((f) => [f.id, f]));
    expect(card.name).toBe('Massimo Carrera');
    expect(byId['carrera-dismissed']?.text).toBe('Carrera è stato esonerato dalla guida dello Spartak.');
    expect(byId['carrera-dismissed']?.when).toEqual({ label: '22 ottobre 2018' });
    expect(byId['carrera-reported-for-genoa']?.when?.label).toBe('ottobre 2019');
    expect(byId['motta-appointed-genoa']?.when?.inferred).toMatch(/martedì 22 ottobre/);
    for (const fact of card.facts) expect(fact.quote).toBe(facts.find((f) => f.id === fact.id)!.quote);
    expect(CYRILLIC.test(card.facts[0]!.quote)).toBe(true);
  });

  it('carries the inferred name\'s reason to the card, for the national team only', () => {
    for (const lang of LANGS) {
      expect(getCardModel('italy', lang).nameInferred, lang).toBe(entities.entities.find((e) => e.id === 'italy')!.name.reason![lang]);
      expect(getCardModel('conte', lang).nameInferred, lang).toBeUndefined();
    }
    expect(getCardModel('italy', 'it').name).toBe('Nazionale italiana');
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
    expect(texts('juventus')).toMatch(/youth set-up/);
    expect(texts('chelsea')).toMatch(/Conte left for Chelsea/);
    expect(texts('genoa')).toMatch(/Thiago Motta/);
    expect(texts('alenichev')).toMatch(/resigned/);
    expect(texts('conte')).toMatch(/national team/);
    expect(texts('italy')).toMatch(/national team/);
  });

  it('gives display names in every card language', () => {
    expect(getEntityName('carrera', 'ru')).toBe('Массимо Каррера');
    expect(getEntityName('spartak', 'en')).toBe('Spartak Moscow');
    expect(getEntityName('spartak', 'it')).toBe('Spartak Mosca');
    expect(getEntityName('italy', 'en')).toBe('Italy national team');
  });
});
