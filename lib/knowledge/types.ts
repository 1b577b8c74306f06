/**
 * Shapes of the knowledge data in `assets/knowledge/`.
 *
 * The data is checked by `validateKnowledge` (lib/knowledge/validate.ts) before every build
 * and in the unit tests, so runtime code may trust these types without re-checking.
 * Name forms, declension classes and aliases are NOT here: they live in
 * `assets/knowledge/lexicon.json`, owned by the matcher.
 */
import type { EntityId } from './entity-ids';

/** The card's languages: Russian (the article's), English and Italian (ours, translated fact by fact). */
export type Lang = 'ru' | 'en' | 'it';
export const LANGS: readonly Lang[] = ['ru', 'en', 'it'];

/** A text we show, written in every card language. */
export interface Localized {
  ru: string;
  en: string;
  it: string;
}

/**
 * A name the article never writes out, worked out by us: marked like an inferred time, with the
 * reason shown on the card. The article says «сборная», never which country's.
 */
export interface InferredName extends Localized {
  inferred?: boolean;
  reason?: Localized;
}

/** A localized value that rests on a verbatim quote of the article. */
export interface QuotedValue extends Localized {
  quote: string;
}

export type EntityKind = 'person' | 'club' | 'national_team';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'club', 'national_team'];

export interface EntityRecord {
  id: EntityId;
  kind: EntityKind;
  /**
   * Full display name, e.g. "Массимо Каррера" / "Massimo Carrera". When the article does not name the
   * entity this way and we worked the name out, `inferred: true` with a `reason`, as for times.
   */
  name: InferredName;
  /** Short name for tight places, e.g. "Каррера" / "Carrera". */
  shortName?: Localized;
  /** One line saying who or what this is, from the article only. */
  summary: Localized;
  /** Persons only: what the article says they do. */
  role?: QuotedValue;
  /** Persons only, and only where the article states it. */
  nationality?: QuotedValue;
}

export interface KnowledgeSource {
  /** The article's headline: `ru` must equal the article's first line; `en` is our translation. */
  title: Localized;
  /** What the card says about where its facts come from. */
  note: Localized;
}

export interface EntitiesFile {
  source: KnowledgeSource;
  entities: EntityRecord[];
}

/**
 * How precise a fact's time is, and the form `time.date` takes for it:
 * year `2009`, month `2019-10`, day `2018-10-22`, season `2016/17`.
 */
export type TimePrecision = 'year' | 'month' | 'day' | 'season';
export const TIME_PRECISIONS: readonly TimePrecision[] = ['year', 'month', 'day', 'season'];

export interface FactTime {
  date: string;
  precision: TimePrecision;
  /** True when the article does not state this time and we worked it out; `reason` then says how. */
  inferred?: boolean;
  reason?: Localized;
}

/**
 * The typed relations a fact may have. `needsObject`: the fact must name at least one
 * object entity (the club appointed to, the person assisted, ...). `needsValue`: the fact
 * must carry a `value` (the role, title, position or nationality itself).
 */
export const RELATIONS = {
  nationality: { needsObject: false, needsValue: true },
  playing_position: { needsObject: false, needsValue: true },
  career_change: { needsObject: false, needsValue: true },
  nickname: { needsObject: false, needsValue: true },
  role_held: { needsObject: true, needsValue: true },
  worked_under: { needsObject: true, needsValue: false },
  joined: { needsObject: true, needsValue: false },
  left_for: { needsObject: true, needsValue: false },
  stayed_behind: { needsObject: true, needsValue: false },
  assistant_to: { needsObject: true, needsValue: true },
  resigned: { needsObject: true, needsValue: false },
  appointed: { needsObject: true, needsValue: true },
  won_title: { needsObject: false, needsValue: true },
  dismissed: { needsObject: true, needsValue: false },
  visited: { needsObject: false, needsValue: false },
  stated: { needsObject: false, needsValue: false },
  reported: { needsObject: true, needsValue: false },
} as const satisfies Record<string, { needsObject: boolean; needsValue: boolean }>;

export type Relation = keyof typeof RELATIONS;

export interface FactRecord {
  /** Stable kebab-case id, e.g. `carrera-dismissed`. */
  id: string;
  subject: EntityId;
  relation: Relation;
  /** Other entities the fact is about; the fact shows on their cards too. */
  objects: EntityId[];
  /** The role, title, position or nationality itself, when the relation has one. */
  value?: Localized;
  time?: FactTime;
  /** What the card shows; may correct the article's typos. */
  text: Localized;
  /** Verbatim substring of the article the fact rests on. */
  quote: string;
}

/**
 * `facts` is in reading order: chronological where dated, career order otherwise.
 * The validator checks that dated facts never go back in time.
 */
export interface FactsFile {
  facts: FactRecord[];
}
