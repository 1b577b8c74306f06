/**
 * Card models: everything the hover card shows for one entity, in one language.
 * The UI reads these, never the raw JSON. The data is validated before every build
 * (lib/knowledge/validate.ts), so here it is trusted as typed.
 */
import entitiesJson from '../../assets/knowledge/entities.json';
import factsJson from '../../assets/knowledge/facts.json';
import type { EntityId } from './entity-ids';
import { formatFactTime } from './time';
import type { EntitiesFile, EntityKind, FactsFile, Lang } from './types';

export type { Lang } from './types';

export interface CardFact {
  id: string;
  /** The typed relation, e.g. `appointed`, `won_title`, `stated`. */
  relation: string;
  /** What the card says, in the card's language. */
  text: string;
  /** When it happened; `inferred` is the localized reason when the article does not state the time. */
  when?: { label: string; inferred?: string };
  /** The article's words, verbatim (Russian, typos included). */
  quote: string;
  /** The other entities of this fact (its subject and objects, without the card's own entity). */
  objects: EntityId[];
}

export interface CardModel {
  id: EntityId;
  kind: EntityKind;
  lang: Lang;
  name: string;
  /** Set when the article never writes this name and we worked it out: the localized reason (shown as for inferred times). */
  nameInferred?: string;
  summary: string;
  /** In reading order: chronological where dated, career order otherwise. */
  facts: CardFact[];
  /** Entities the facts link to, in order of first mention. */
  related: { id: EntityId; name: string }[];
  source: { title: string; note: string };
}

export interface Knowledge {
  entities: EntitiesFile;
  facts: FactsFile;
}

const BUNDLED: Knowledge = {
  entities: entitiesJson as EntitiesFile,
  facts: factsJson as FactsFile,
};

function findEntity(knowledge: Knowledge, id: EntityId) {
  const entity = knowledge.entities.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`No entity "${id}" in the knowledge data; add it to assets/knowledge/entities.json`);
  return entity;
}

/** Builds the card model of `id` from the given knowledge (the bundled data by default). */
export function buildCardModel(knowledge: Knowledge, id: EntityId, lang: Lang): CardModel {
  const entity = findEntity(knowledge, id);
  const related: EntityId[] = [];
  const facts: CardFact[] = [];
  for (const fact of knowledge.facts.facts) {
    const members = [fact.subject, ...fact.objects];
    if (!members.includes(id)) continue;
    const others = members.filter((member) => member !== id);
    for (const other of others) if (!related.includes(other)) related.push(other);
    facts.push({
      id: fact.id,
      relation: fact.relation,
      text: fact.text[lang],
      ...(fact.time && {
        when: {
          label: formatFactTime(fact.time, lang),
          ...(fact.time.inferred && fact.time.reason && { inferred: fact.time.reason[lang] }),
        },
      }),
      quote: fact.quote,
      objects: others,
    });
  }
  const { title, note } = knowledge.entities.source;
  return {
    id,
    kind: entity.kind,
    lang,
    name: entity.name[lang],
    ...(entity.name.inferred && entity.name.reason && { nameInferred: entity.name.reason[lang] }),
    summary: entity.summary[lang],
    facts,
    related: related.map((other) => ({ id: other, name: findEntity(knowledge, other).name[lang] })),
    source: { title: title[lang], note: note[lang] },
  };
}

/** The card model of one entity of the article, from the bundled data. */
export function getCardModel(id: EntityId, lang: Lang): CardModel {
  return buildCardModel(BUNDLED, id, lang);
}

/** The display name of an entity, e.g. "Массимо Каррера" / "Massimo Carrera" / "Massimo Carrera". */
export function getEntityName(id: EntityId, lang: Lang): string {
  return findEntity(BUNDLED, id).name[lang];
}
