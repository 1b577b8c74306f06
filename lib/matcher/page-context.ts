import { ENTITY_IDS, type EntityId } from '../knowledge/entity-ids';
import { type CueList, findCue } from './cues';

/**
 * What the whole page says, for the candidates one text block cannot decide: «Конте» alone is the
 * coach on a page that names «Антонио Конте» or «Ювентус» somewhere, and nobody of ours on a page
 * about «Джузеппе Конте». Pure data about one page, filled by the matcher as it reads the page's
 * blocks (lib/matcher/decide.ts says how each item weighs).
 *
 * What a text adds depends on that text alone (and the page's address), never on what the page
 * already knows, and a sentence read again counts once, so the decisions it leads to do not depend
 * on the order the blocks are read in: a reader of the page that sees a `version` change re-decides
 * the blocks that consulted it (`consulted`), and ends where a second pass over the whole page would
 * (lib/matcher/find-in-page.ts). A live page names the text it reads (`readingFrom`) and takes back
 * what a text added when the text goes or changes (`withdraw`), so the page context is always that
 * of the blocks on the page now, as a fresh load of it would find.
 */
export interface PageInfo {
  /** The page's address: its host and path words are a prior (…/football/…, …/motori/…). */
  url?: string;
  title?: string;
}

export type Standing = 'ours' | 'seen' | 'namesake' | 'none';

/** A set of entities as bits (ENTITY_IDS order): which standings a decision read, which ones changed. */
export type EntityMask = number;
const BIT = new Map<EntityId, EntityMask>(ENTITY_IDS.map((id, i) => [id, 1 << i]));
/**
 * The bit of "another entity is ours on the page" (otherConfirmed): it changes only when the count of
 * entities that are ours goes between none, one and two (from two on, every entity has another).
 */
const ANOTHER_OURS: EntityMask = 1 << ENTITY_IDS.length;
/** How many of the latest standing changes are kept one by one (changedSince). */
const CHANGE_LOG_KEPT = 512;

export interface PageTopicCues {
  football: CueList;
  /** Every sport's words (sport, a sports site): football's only when no other topic is named. */
  sport: CueList;
  otherTopic: CueList;
  /** Another sport's words (hockey, KHL, volleyball): an address naming one is that sport's page. */
  otherSport: CueList;
  /** Per entity, address or title words that name another of the name (a namesake on the page). */
  namesakes: ReadonlyMap<EntityId, CueList>;
  /** Per entity, address or title words that name it. */
  own: ReadonlyMap<EntityId, CueList>;
  /** The entities whose bare name a football page about them makes theirs (evidence.entityInAddress). */
  about: ReadonlySet<EntityId>;
}

export class PageContext {
  /** +1 when the address or title names football, −1 when it names another sport or topic, else 0. */
  readonly prior: -1 | 0 | 1;
  /**
   * The address or title names another sport and not football (…/hockey/khl/…): every sport's words
   * on it (матч, сезон, «Динамо») speak for that sport, as in a block with another sport's word.
   */
  readonly otherSportPage: boolean;
  /** Which words of the address or title made the prior (for explanations). */
  readonly priorReason: string;
  /** Per entity: the sentences (by hash, with how many readings added each) that name it in a form needing no context (a full name, «Ювентус»). */
  private readonly named = new Map<EntityId, Map<number, number>>();
  /** Per entity: how many candidates whose own sentence and block were sure of it. */
  private readonly sure = new Map<EntityId, number>();
  /** Per entity: how many candidates whose own sentence and block gave just what they need (no more). */
  private readonly seen = new Map<EntityId, number>();
  /** Per entity: the sentences (by hash, with how many readings added each) where a rule saw someone or something else of that name. */
  private readonly namesakeSentences = new Map<EntityId, Map<number, number>>();
  /** The text being read (`readingFrom`), and what each named text added: taken back by `withdraw`. */
  private source: object | null = null;
  private readonly bySource = new Map<object, PageNote[]>();
  /**
   * What withdrawn texts had added, still counted until `settle`: a text read again meanwhile that
   * adds the same takes its own item back from here instead of counting it again.
   */
  private readonly retiring = new Map<object, Map<string, { item: PageNote; count: number }>>();
  /** What the page says of each entity, as the decision reads it; `version` grows when one changes. */
  private readonly standings = new Map<EntityId, Standing>();
  private changes = 0;
  /**
   * The entities whose standing changed to make version v + 1, from version `logStart` on:
   * changeLog[v - logStart]. Older changes are folded into `foldedChanges` (a live page runs for
   * hours; a reader that asks about so old a version re-reads a little more, never less).
   */
  private changeLog: EntityMask[] = [];
  private logStart = 0;
  private foldedChanges: EntityMask = 0;
  /** How many entities are ours on the page. */
  private oursCount = 0;
  /** The standings the decisions since the last takeConsulted() read. */
  private consulted: EntityMask = 0;

  /** The address's and title's words, for a group's `rejectPage` (they never change). */
  private readonly words: string;
  /** The entities the page is about (isAbout), read once from the address and title. */
  private readonly about = new Set<EntityId>();
  private readonly addressHits = new Map<CueList, string | null>();
  /** The entities whose namesake the address or title names: one namesake each, for the whole page. */
  private readonly addressNamesakes = new Set<EntityId>();

  constructor(info: PageInfo, private readonly cues: PageTopicCues) {
    const words = pageWords(info);
    this.words = words;
    const other = findCue(words, cues.otherTopic);
    // A sports site's page on hockey is about hockey; a page that names football is about football.
    // The address or title names football itself (a word of `pageFootball`, not only a sports site's name).
    const footballWord = findCue(words, cues.football);
    const football = footballWord ?? (other ? null : findCue(words, cues.sport));
    this.otherSportPage = other !== null && !football && findCue(words, cues.otherSport) !== null;
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
    // A football page about the entity: its path or title names it; the host is left out, as a site's
    // name (football-italia.net) says what the site covers, not what the page is about.
    if (footballWord !== null && cues.about.size > 0) {
      const ownWords = pageWords(info, false);
      for (const entity of cues.about) {
        const list = cues.own.get(entity);
        if (list && findCue(ownWords, list) !== null) this.about.add(entity);
      }
    }
    for (const [entity, list] of cues.namesakes) {
      if (this.addressNames(list) === null) continue;
      this.addressNamesakes.add(entity);
      this.standings.set(entity, 'namesake');
    }
  }

  /** Whether the address or title names the entity itself (evidence.ownAddress). */
  addressNamesItself(entity: EntityId): boolean {
    const list = this.cues.own.get(entity);
    return list !== undefined && this.addressNames(list) !== null;
  }

  /**
   * A football page about the entity (evidence.entityInAddress): the address or title names football,
   * and the address's path or the title names the entity (evidence.ownAddress).
   */
  isAbout(entity: EntityId): boolean {
    return this.about.has(entity);
  }

  /** A cue of the list among the address's and title's words (found once per list), or null. */
  addressNames(list: CueList): string | null {
    let hit = this.addressHits.get(list);
    if (hit === undefined) this.addressHits.set(list, (hit = findCue(this.words, list)));
    return hit;
  }

  /** Grows each time what the page says of an entity changes; readers re-decide when it does. */
  get version(): number {
    this.settle();
    return this.changes;
  }

  /**
   * An entity named on the page: `named` in a form that needs no context (a full name, «Ювентус»),
   * in the sentence `sentence`; `sure` by a candidate whose own sentence and block are sure of it.
   */
  confirm(entity: EntityId, how: 'named' | 'sure', sentence: string): void {
    this.tell(how === 'named' ? pageNote('named', entity, sentence) : pageNote('sure', entity, ''));
  }

  /** Someone or something else with an entity's name is on the page (Джузеппе Конте, Porsche Carrera). */
  noteNamesake(entity: EntityId, sentence: string): void {
    this.tell(pageNote('namesake', entity, sentence));
  }

  /** What a text tells the page (made by `pageNote`: the matcher keeps a text's notes to tell them again). */
  tell(note: PageNote): void {
    this.add(note);
  }

  /** What is added from now on comes from `source` (a block of a live page), or from no text in particular (null). */
  readingFrom(source: object | null): void {
    this.source = source;
  }

  /**
   * Takes back what a text added (it was removed, or is about to be read again): one source, or every
   * source `gone` says is gone. Applied when the reader next asks for the version (`settle`), not at
   * once: a text read again meanwhile that says the same is no change, not even for a moment (with
   * its items gone, a namesake it names before the full name would turn the standing over and back,
   * and each turn sends the reader to re-read every text that consulted it).
   */
  withdraw(gone: object | ((source: object) => boolean)): void {
    const sources = typeof gone === 'function' ? [...this.bySource.keys()].filter(gone as (source: object) => boolean) : [gone];
    for (const source of sources) {
      const contributions = this.bySource.get(source);
      if (!contributions) continue;
      this.bySource.delete(source);
      let retiring = this.retiring.get(source);
      if (!retiring) this.retiring.set(source, (retiring = new Map()));
      for (const c of contributions) {
        const key = keyOf(c);
        const held = retiring.get(key);
        if (held) held.count++;
        else retiring.set(key, { item: c, count: 1 });
      }
    }
  }

  /** What withdrawn texts added and did not add again is uncounted, and the standings follow. */
  private settle(): void {
    if (this.retiring.size === 0) return;
    const touched = new Set<EntityId>();
    for (const retiring of this.retiring.values()) {
      for (const { item, count } of retiring.values()) {
        this.recount(item, -count);
        touched.add(item.entity);
      }
    }
    this.retiring.clear();
    for (const entity of touched) this.update(entity);
  }

  private add(c: PageNote): void {
    if (this.source !== null) {
      const list = this.bySource.get(this.source);
      if (list) list.push(c);
      else this.bySource.set(this.source, [c]);
      // Said again by a text being read again: still counted from its first reading.
      const retiring = this.retiring.get(this.source);
      const key = keyOf(c);
      const held = retiring?.get(key);
      if (held) {
        if (--held.count === 0) retiring!.delete(key);
        return;
      }
    }
    this.recount(c, 1);
    this.update(c.entity);
  }

  /** Adds `delta` to the count of one item (a sentence of an entity, or a sure candidate). */
  private recount(c: PageNote, delta: number): void {
    if (c.kind === 'sure' || c.kind === 'seen') {
      const counts = c.kind === 'sure' ? this.sure : this.seen;
      setCount(counts, c.entity, (counts.get(c.entity) ?? 0) + delta);
      return;
    }
    const map = c.kind === 'named' ? this.named : this.namesakeSentences;
    let sentences = map.get(c.entity);
    if (!sentences) map.set(c.entity, (sentences = new Map()));
    setCount(sentences, c.key, (sentences.get(c.key) ?? 0) + delta);
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
    const namesakes = (this.namesakeSentences.get(entity)?.size ?? 0) + (this.addressNamesakes.has(entity) ? 1 : 0);
    const standing: Standing = namesakes === 0
      ? (named > 0 || this.sure.has(entity) ? 'ours' : this.seen.has(entity) ? 'seen' : 'none')
      : (named >= namesakes ? 'ours' : 'namesake');
    const before = this.standings.get(entity) ?? 'none';
    if (before === standing) return;
    const oursBefore = this.oursCount;
    this.standings.set(entity, standing);
    if (before === 'ours') this.oursCount--;
    if (standing === 'ours') this.oursCount++;
    this.changeLog.push(BIT.get(entity)! | (Math.min(oursBefore, this.oursCount) < 2 && oursBefore !== this.oursCount ? ANOTHER_OURS : 0));
    this.changes++;
    if (this.changeLog.length > 2 * CHANGE_LOG_KEPT) {
      const folded = this.changeLog.length - CHANGE_LOG_KEPT;
      for (let i = 0; i < folded; i++) this.foldedChanges |= this.changeLog[i]!;
      this.changeLog = this.changeLog.slice(folded);
      this.logStart += folded;
    }
  }

  /** The entities whose standing changed after `version` (a `version` read earlier). */
  changedSince(version: number): EntityMask {
    this.settle();
    let mask = 0;
    if (version < this.logStart) mask = this.foldedChanges;
    for (let v = Math.max(this.logStart, version); v < this.changes; v++) mask |= this.changeLog[v - this.logStart]!;
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

/**
 * What one text tells the page: a sentence naming the entity in a form that needs no context
 * (`named`), a candidate its own sentence and block are sure of (`sure`), or a sentence where a rule
 * saw someone or something else of the name (`namesake`). Sentences are kept by hash.
 */
export interface PageNote {
  readonly kind: 'named' | 'sure' | 'seen' | 'namesake';
  readonly entity: EntityId;
  readonly key: number;
}

/** The note of `kind` about `entity` from `sentence` (a `sure` note counts candidates, not sentences: its key is 0). */
export function pageNote(kind: PageNote['kind'], entity: EntityId, sentence: string): PageNote {
  return { kind, entity, key: kind === 'sure' || kind === 'seen' ? 0 : fnv1a(sentence) };
}

function keyOf(c: PageNote): string {
  return `${c.kind} ${c.entity} ${c.key}`;
}

/** A count of zero or less is no entry: `size` and `has` then say what is on the page. */
function setCount<K>(counts: Map<K, number>, key: K, n: number): void {
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/**
 * A 32-bit FNV-1a hash of a text's UTF-16 code units: the same sentence read again counts once
 * (`pageNote`). lib/page/deferred-matcher.ts checks a kept reading's text with this one and a second
 * made in the same pass (`textHash`).
 */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/** FNV-1a's 32-bit offset basis and prime. */
export const FNV_OFFSET_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The address's host and path and the title as words: `www.sports.ru/football/123` → `www sports ru football 123`. */
function pageWords(info: PageInfo, withHost = true): string {
  let address = '';
  if (info.url) {
    try {
      const url = new URL(info.url);
      address = `${withHost ? url.hostname : ''} ${decodeURIComponent(url.pathname)}`;
    } catch {
      address = info.url;
    }
  }
  return `${address} ${info.title ?? ''}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
