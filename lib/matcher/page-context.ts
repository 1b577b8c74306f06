import type { EntityId } from '../knowledge/entity-ids';
import { type CueList, findCue } from './cues';

/**
 * What the whole page says, for the candidates one text block cannot decide: «Конте» alone is the
 * coach on a page that names «Антонио Конте» or «Ювентус» somewhere, and nobody of ours on a page
 * about «Джузеппе Конте». Pure data about one page, filled by the matcher as it reads the page's
 * blocks (lib/matcher/decide.ts says how each item weighs).
 *
 * Everything in it only grows (a set gains members, never loses them), so the decisions it leads to
 * do not depend on the order the blocks are read in: a reader of the page that sees a `version`
 * change re-decides the blocks that consulted it (`consulted`), and ends where a second pass over
 * the whole page would (lib/matcher/find-in-page.ts).
 */
export interface PageInfo {
  /** The page's address: its host and path words are a prior (…/football/…, …/motori/…). */
  url?: string;
  title?: string;
}

export interface PageTopicCues {
  football: CueList;
  otherTopic: CueList;
}

export class PageContext {
  /** +1 when the address or title names football, −1 when it names another sport or topic, else 0. */
  readonly prior: -1 | 0 | 1;
  /** Which words of the address or title made the prior (for explanations). */
  readonly priorReason: string;
  private readonly confirmedSet = new Set<EntityId>();
  private readonly namesakeSet = new Set<EntityId>();
  private changes = 0;
  private wasConsulted = false;

  constructor(info: PageInfo, cues: PageTopicCues) {
    const words = pageWords(info);
    const football = findCue(words, cues.football);
    const other = findCue(words, cues.otherTopic);
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

  /** Grows by one each time the page learns something new; readers re-decide when it changes. */
  get version(): number {
    return this.changes;
  }

  /** An entity named on the page in a form that needs no context (a full name, «Ювентус»). */
  confirm(entity: EntityId): void {
    if (this.confirmedSet.has(entity)) return;
    this.confirmedSet.add(entity);
    this.changes++;
  }

  /** Someone or something else with an entity's name is on the page (Джузеппе Конте, Porsche Carrera). */
  noteNamesake(entity: EntityId): void {
    if (this.namesakeSet.has(entity)) return;
    this.namesakeSet.add(entity);
    this.changes++;
  }

  isConfirmed(entity: EntityId): boolean {
    this.wasConsulted = true;
    return this.confirmedSet.has(entity);
  }

  hasNamesake(entity: EntityId): boolean {
    this.wasConsulted = true;
    return this.namesakeSet.has(entity);
  }

  /** An entity other than `entity` confirmed on the page: the page is about our story. */
  otherConfirmed(entity: EntityId): EntityId | null {
    this.wasConsulted = true;
    for (const e of this.confirmedSet) if (e !== entity) return e;
    return null;
  }

  get confirmed(): ReadonlySet<EntityId> {
    return this.confirmedSet;
  }

  get namesakes(): ReadonlySet<EntityId> {
    return this.namesakeSet;
  }

  /** Whether a decision read the page since the last call (then the text must be re-read when `version` changes). */
  takeConsulted(): boolean {
    const was = this.wasConsulted;
    this.wasConsulted = false;
    return was;
  }
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
