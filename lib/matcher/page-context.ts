import { ENTITY_IDS, type EntityId } from '../knowledge/entity-ids';
import { type CueList, findCue } from './cues';

/**
 * What the whole page says, for the candidates one text block cannot decide: «Конте» alone is the
 * coach on a page that names «Антонио Конте» or «Ювентус» somewhere, and nobody of ours on a page
 * about «Джузеппе Конте». Pure data about one page, filled by the matcher as it reads the page's
 * blocks (lib/matcher/decide.ts says how each item weighs).
 *
 * Everything in it only grows (sets of sentences gain members, never lose them, and a sentence read
 * again counts once), so the decisions it leads to do not depend on the order the blocks are read in: a reader of the page that sees a `version`
 * change re-decides the blocks that consulted it (`consulted`), and ends where a second pass over
 * the whole page would (lib/matcher/find-in-page.ts).
 */
export interface PageInfo {
  /** The page's address: its host and path words are a prior (…/football/…, …/motori/…). */
  url?: string;
  title?: string;
}

export type Standing = 'ours' | 'namesake' | 'none';

/** A set of entities as bits (ENTITY_IDS order): which standings a decision read, which ones changed. */
export type EntityMask = number;
const BIT = new Map<EntityId, EntityMask>(ENTITY_IDS.map((id, i) => [id, 1 << i]));
/**
 * The bit of "another entity is ours on the page" (otherConfirmed): it changes only when the count of
 * entities that are ours goes between none, one and two (from two on, every entity has another).
 */
const ANOTHER_OURS: EntityMask = 1 << ENTITY_IDS.length;

export interface PageTopicCues {
  football: CueList;
  /** Every sport's words (sport, a sports site): football's only when no other topic is named. */
  sport: CueList;
  otherTopic: CueList;
}

export class PageContext {
  /** +1 when the address or title names football, −1 when it names another sport or topic, else 0. */
  readonly prior: -1 | 0 | 1;
  /** Which words of the address or title made the prior (for explanations). */
  readonly priorReason: string;
  /** Per entity: the sentences (by hash) that name it in a form needing no context (a full name, «Ювентус»). */
  private readonly named = new Map<EntityId, Set<number>>();
  /** Per entity: whether a candidate's own sentence and block were sure of it. */
  private readonly sure = new Set<EntityId>();
  /** Per entity: the sentences (by hash) where a rule saw someone or something else of that name. */
  private readonly namesakeSentences = new Map<EntityId, Set<number>>();
  /** What the page says of each entity, as the decision reads it; `version` grows when one changes. */
  private readonly standings = new Map<EntityId, Standing>();
  private changes = 0;
  /** For each version v, the entity whose standing changed to make it: changeLog[v - 1]. */
  private readonly changeLog: EntityMask[] = [];
  /** How many entities are ours on the page. */
  private oursCount = 0;
  /** The standings the decisions since the last takeConsulted() read. */
  private consulted: EntityMask = 0;

  /** The address's and title's words, for a group's `rejectPage` (they never change). */
  private readonly words: string;
  private readonly addressHits = new Map<CueList, string | null>();

  constructor(info: PageInfo, cues: PageTopicCues) {
    const words = pageWords(info);
    this.words = words;
    const other = findCue(words, cues.otherTopic);
    // A sports site's page on hockey is about hockey; a page that names football is about football.
    const football = findCue(words, cues.football) ?? (other ? null : findCue(words, cues.sport));
    if (other && !football) {
      this.prior = -1;
      this.priorReason = `the address or title names another topic («${other}»)`;
    } else if (football) {
      this.prior = 1;
      this.priorReason = `the address or title names football («${football}»)`;
    } else {
      this.prior = 0;
      this.priorReason = 'the address and title say nothing of the topic';
    }
  }

  /** A cue of the list among the address's and title's words (found once per list), or null. */
  addressNames(list: CueList): string | null {
    let hit = this.addressHits.get(list);
    if (hit === undefined) this.addressHits.set(list, (hit = findCue(this.words, list)));
    return hit;
  }

  /** Grows each time what the page says of an entity changes; readers re-decide when it does. */
  get version(): number {
    return this.changes;
  }

  /**
   * An entity named on the page: `named` in a form that needs no context (a full name, «Ювентус»),
   * in the sentence `sentence`; `sure` by a candidate whose own sentence and block are sure of it.
   */
  confirm(entity: EntityId, how: 'named' | 'sure', sentence: string): void {
    if (how === 'named') addTo(this.named, entity, hash(sentence));
    else this.sure.add(entity);
    this.update(entity);
  }

  /** Someone or something else with an entity's name is on the page (Джузеппе Конте, Porsche Carrera). */
  noteNamesake(entity: EntityId, sentence: string): void {
    addTo(this.namesakeSentences, entity, hash(sentence));
    this.update(entity);
  }

  /**
   * What the page says of the entity: `ours` when it is named there (and named in full in at least as
   * many sentences as a namesake appears in: an ad for a Porsche Carrera does not outweigh an
   * article on Massimo Carrera), `namesake` when someone or something else of the name outweighs
   * it (a page on Spartak Kostroma, on Giuseppe Conte), `none` when the page says nothing of it.
   */
  standing(entity: EntityId): Standing {
    this.consulted |= BIT.get(entity)!;
    return this.standings.get(entity) ?? 'none';
  }

  /** An entity other than `entity` that is ours on the page: the page is about our story. */
  otherConfirmed(entity: EntityId): EntityId | null {
    this.consulted |= ANOTHER_OURS;
    for (const [e, standing] of this.standings) if (e !== entity && standing === 'ours') return e;
    return null;
  }

  private update(entity: EntityId): void {
    const named = this.named.get(entity)?.size ?? 0;
    const namesakes = this.namesakeSentences.get(entity)?.size ?? 0;
    const standing: Standing = namesakes === 0
      ? (named > 0 || this.sure.has(entity) ? 'ours' : 'none')
      : (named >= namesakes ? 'ours' : 'namesake');
    const before = this.standings.get(entity) ?? 'none';
    if (before === standing) return;
    const oursBefore = this.oursCount;
    this.standings.set(entity, standing);
    if (before === 'ours') this.oursCount--;
    if (standing === 'ours') this.oursCount++;
    this.changeLog.push(BIT.get(entity)! | (Math.min(oursBefore, this.oursCount) < 2 && oursBefore !== this.oursCount ? ANOTHER_OURS : 0));
    this.changes++;
  }

  /** The entities whose standing changed after `version` (a `version` read earlier). */
  changedSince(version: number): EntityMask {
    let mask = 0;
    for (let v = Math.max(0, version); v < this.changes; v++) mask |= this.changeLog[v]!;
    return mask;
  }

  /**
   * Which entities' standings the decisions read since the last call, 0 for none: the text must be
   * read again when one of them changes (`changedSince`).
   */
  takeConsulted(): EntityMask {
    const was = this.consulted;
    this.consulted = 0;
    return was;
  }
}

function addTo(map: Map<EntityId, Set<number>>, entity: EntityId, key: number): void {
  let set = map.get(entity);
  if (!set) map.set(entity, (set = new Set()));
  set.add(key);
}

/** A 32-bit FNV-1a hash of a sentence: the same sentence read again counts once. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The address's host and path and the title as words: `www.sports.ru/football/123` → `www sports ru football 123`. */
function pageWords(info: PageInfo): string {
  let address = '';
  if (info.url) {
    try {
      const url = new URL(info.url);
      address = `${url.hostname} ${decodeURIComponent(url.pathname)}`;
    } catch {
      address = info.url;
    }
  }
  return `${address} ${info.title ?? ''}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
