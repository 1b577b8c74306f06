import type { EntityId } from '../knowledge/entity-ids';
import { type Candidate, firstFrom, hitsOf, isFullName, isIntroduced, isQuoted, qualifiedBefore, type RuleContext, sentenceOf, teamContextOf, type Veto, vetoOf } from './context';
import { type CueHit, type CueList, findCue } from './cues';
import type { EvidenceWeights } from './lexicon';
import { type PageContext, type PageNote, pageNote } from './page-context';

/**
 * The decision for every candidate of one text block, in one place, in two steps:
 *
 * `judge` reads the text alone (and the page's address), whatever the rest of the page says:
 *  1. the local rules of its form group (lib/matcher/context.ts) may turn a candidate down, each by name;
 *  2. a candidate that passes and whose group needs no evidence is marked, and tells the page that
 *     the entity is named on it (a full name or a proper name of several words also does);
 *  3. a candidate of a group that `needsEvidence` (bare «Конте», Carrera, Chelsea, «Италия»…) gets the
 *     evidence of its own sentence and block: a sum of named features with the weights of
 *     lexicon.json `evidence` (football words in its sentence or block, another entity of ours beside it).
 * A rule that recognised someone or something else of the name (Джузеппе Конте, Porsche Carrera,
 * «Спартак» (Нальчик)) tells the page, so that the bare name elsewhere on it weighs less.
 *
 * `decidePage` adds what the page says (the same or another entity named elsewhere on it, the page's
 * address, and against it a namesake named on it) and marks a candidate whose evidence reaches its
 * group's need. A block read again because the page learned something is decided again from its
 * judgement, without reading its text again (lib/page/deferred-matcher.ts, find-in-page.ts).
 */
export interface Decision {
  readonly candidate: Candidate;
  /** Its index among the text's candidates (Judgement.judged). */
  readonly index: number;
  readonly marked: boolean;
  /** The rule that turned it down, if one did. */
  readonly veto: Veto | null;
  /** The evidence read, when the group needs it: each feature with its weight. */
  readonly evidence: readonly EvidenceItem[] | null;
  readonly score: number | null;
}

export interface EvidenceItem {
  readonly feature: keyof EvidenceWeights;
  readonly weight: number;
  readonly detail: string;
}

export interface DecideOptions {
  readonly weights: EvidenceWeights;
  /** Football words, and words of other sports and topics, as read in a sentence or block. */
  readonly football: CueList;
  /** Words only football uses (гол, вратарь, serie A): a block with one is not about another sport. */
  readonly footballSpecific: CueList;
  readonly otherTopic: CueList;
  /** Words that speak of names (nickname, known as, прозвище): a nickname beside them is a name. */
  readonly nicknameWords: CueList;
}

/** A text's candidates judged by the text alone and the page's address (`judge`). */
export interface Judgement {
  readonly judged: readonly Judged[];
  /** What the text tells the page, told again each time it is decided. */
  readonly notes: readonly PageNote[];
  /** Whether deciding it reads what the page says: only then can it change when the page learns. */
  readonly readsPage: boolean;
}

export interface Judged {
  readonly candidate: Candidate;
  /** The rule that turned it down, if one did. */
  readonly veto: Veto | null;
  /** The evidence of its own sentence and block, when its group needs evidence and no rule turned it
   *  down; for one turned down only for want of team words (teamContext.page), what the page naming
   *  the team would lift it with; else null. */
  readonly local: readonly EvidenceItem[] | null;
  /** Another entity of ours or team words in its own sentence: a namesake on the page does not outweigh it. */
  readonly ownSentence: boolean;
}

/** Judges every candidate of a text by the text alone (and the page's address, for `rejectPage`). */
export function judge(ctx: RuleContext, options: DecideOptions, page: PageContext): Judgement {
  const text = ctx.view.text;
  const notes: PageNote[] = [];
  const vetoes = ctx.candidates.map((c) => vetoOf(c, ctx) ?? pageVeto(c, page));
  const speaks = ctx.candidates.map((c, i) => vetoes[i] === null && speaksForItself(text, c, page));
  ctx.candidates.forEach((c, i) => {
    const v = vetoes[i];
    if (v) {
      // Another team's nickname (Everton's Blues) says nothing of another Chelsea, nor another
      // country's national team (the Saudi Arabian national team) of another Italy: neither is a name.
      if (v.namesake && !c.group.nickname && c.group.requireEntity === null) notes.push(pageNote('namesake', c.group.entity, sentenceText(ctx, c)));
    } else if (speaks[i]) {
      notes.push(pageNote('named', c.group.entity, sentenceText(ctx, c)));
    }
  });
  const passed = ctx.candidates.filter((_, i) => vetoes[i] === null);
  const passedIndex = new Map(passed.map((c, i) => [c, i]));
  let readsPage = false;
  const evidence = ctx.candidates.map((c, i) => {
    if (vetoes[i] || speaks[i]) return null;
    const at = passedIndex.get(c)!;
    return evidenceFor(c, ctx, passed, at - 1, at + 1, options, page.otherSportPage);
  });
  const sureHere = ctx.candidates.map((c, i) => !vetoes[i] && (evidence[i] === null || sum(evidence[i]!.items) >= c.group.needsEvidence!));
  const judged = ctx.candidates.map((c, i): Judged => {
    const v = vetoes[i]!;
    const needed = c.group.needsEvidence;
    if (v) {
      // A country's name with no team words around it, on a page that names the team without
      // doubt, in a sentence of football: the page stands for the words (teamContext.page).
      const liftable = v.rule === 'teamContext' && needed !== null && c.group.teamContext?.page === true;
      const local = liftable ? liftedEvidence(c, ctx, passed, options, page.otherSportPage) : null;
      readsPage ||= liftable;
      return { candidate: c, veto: v, local: local?.items ?? null, ownSentence: local?.ownSentence ?? false };
    }
    const own = evidence[i];
    if (!own) return { candidate: c, veto: null, local: null, ownSentence: false };
    readsPage = true;
    const { items, ownSentence } = own;
    // Short of its need, beside the same entity that its own words name in the block (a full name, a
    // mark by its own sentence), with football around: the block goes on speaking of it.
    if (sum(items) < needed! && items.some((e) => FOOTBALL.has(e.feature))) {
      const same = sameEntityNear(ctx.candidates, sureHere, i);
      if (same) items.push({ feature: 'sameEntityInBlock', weight: options.weights.sameEntityInBlock, detail: `«${text.slice(same.start, same.end)}» in the block` });
    }
    const local = sum(items);
    // Marked by its own sentence and block with evidence to spare, the entity is named on the page.
    // Only the candidate's own text counts here, never what the page knows, so what the page learns
    // does not depend on the order its blocks are read in (so a candidate the page let through
    // tells it nothing). Team words that made it the team with its sentence's football say so too.
    if (local >= needed! + SURE_MARGIN || (local >= needed! && items.some((e) => e.feature === 'teamContext'))) notes.push(pageNote('sure', c.group.entity, ''));
    // Marked by its own sentence and block with just what it needs: the page has seen the entity, which
    // weighs less than a name it states without doubt (sameEntitySeenOnPage against sameEntityOnPage).
    else if (local >= needed!) notes.push(pageNote('seen', c.group.entity, ''));
    // Put by its own sentence or block in another sport or topic, with nothing in its sentence for
    // it: something else of the name is on the page (the hockey «Спартак» of a KHL table, a Porsche
    // Carrera). A name whose sentence speaks for it (our club beside it, football) in a block that
    // also speaks of something else is no sign of a namesake (a live blog's mixed posts).
    else if (!c.group.nickname && local < needed! && items.some((e) => OTHER_TOPIC.has(e.feature)) && !items.some((e) => SENTENCE_FOR_IT.has(e.feature))) {
      notes.push(pageNote('namesake', c.group.entity, sentenceText(ctx, c)));
    }
    return { candidate: c, veto: null, local: items, ownSentence };
  });
  return { judged, notes, readsPage };
}

/**
 * Decides a judged text with what the page says, and tells the page what the text says;
 * `explain` keeps the decisions of those not marked too.
 */
export function decidePage(judgement: Judgement, page: PageContext, weights: EvidenceWeights, explain: boolean): Decision[] {
  for (const note of judgement.notes) page.tell(note);
  const decisions: Decision[] = [];
  judgement.judged.forEach(({ candidate: c, veto, local, ownSentence }, index) => {
    const needed = c.group.needsEvidence;
    let evidence: EvidenceItem[];
    if (veto) {
      // Lifted by the page only when it names the team without doubt (teamContext.page).
      if (!local || page.standing(c.group.entity) !== 'ours') {
        if (explain) decisions.push({ candidate: c, index, marked: false, veto, evidence: null, score: null });
        return;
      }
      evidence = [...local, ...pageEvidence(c, page, weights, true, local)];
      // Listed even at weight 0: it says why the rule teamContext did not turn the candidate down.
      evidence.push({ feature: 'teamOnPage', weight: weights.teamOnPage, detail: 'no team words around it, but the page names the team and the sentence football' });
    } else if (!local) {
      decisions.push({ candidate: c, index, marked: true, veto: null, evidence: null, score: null });
      return;
    } else {
      evidence = [...local, ...pageEvidence(c, page, weights, ownSentence, local)];
    }
    const score = sum(evidence);
    const marked = score >= needed!;
    if (marked || explain) decisions.push({ candidate: c, index, marked, veto: null, evidence, score });
  });
  return decisions;
}

/** The features read from the page: the entity or another named on it, the address, a namesake on it. */
function pageEvidence(c: Candidate, page: PageContext, w: EvidenceWeights, ownSentence: boolean, local: readonly EvidenceItem[]): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const add = (feature: keyof EvidenceWeights, detail: string) => {
    if (w[feature] !== 0) items.push({ feature, weight: w[feature], detail });
  };
  const entity = c.group.entity;
  const standing = page.standing(entity);
  if (standing === 'ours') add('sameEntityOnPage', `${entity} is named without doubt on the page`);
  else {
    // Only for one short of its need by its own text: one that reached it told the page 'seen' itself.
    if (standing === 'seen' && sum(local) < c.group.needsEvidence!) add('sameEntitySeenOnPage', `${entity} reached its need elsewhere on the page by its own sentence's evidence`);
    const other = page.otherConfirmed(entity);
    if (other) add('otherEntityOnPage', `${other} is named on the page`);
  }
  if (page.prior > 0) {
    add('footballPage', page.priorReason);
    if (standing !== 'namesake' && page.isAbout(entity)) add('entityInAddress', `the address's path or the title names ${entity}: a football page about it`);
  } else if (page.prior < 0) add('otherTopicPage', page.priorReason);
  // Our club or team words in its own sentence outweigh a namesake elsewhere on the page («Конте привёл
  // «Ювентус»…» on a page that also reports on Giuseppe Conte).
  if (standing === 'namesake' && !ownSentence) add('namesakeOnPage', 'someone or something else called so outweighs it on the page');
  return items;
}

/**
 * rejectPage: the page's address or title names another team of the name (the women's, a youth side).
 * sharedOnPage: it names another club of a shared nickname and not the entity (…/ranieri-per-il-cagliari…:
 * «i rossoblù» are Cagliari there, even beside a Genoa they beat).
 */
function pageVeto(c: Candidate, page: PageContext): Veto | null {
  const list = c.group.rejectPage;
  const hit = list ? page.addressNames(list) : null;
  if (hit) return { rule: 'rejectPage', detail: `the address or title names «${hit}» (another team of the name)`, namesake: false };
  const holder = c.group.sharedOnPage ? page.addressNames(c.group.sharedWith!) : null;
  if (holder && !page.addressNamesItself(c.group.entity)) {
    return { rule: 'sharedWith', detail: `the address or title names «${holder}» and not ${c.group.entity}: the nickname is theirs`, namesake: false };
  }
  return null;
}
function sentenceText(ctx: RuleContext, c: Candidate): string {
  const [from, to] = sentenceOf(ctx, c);
  return ctx.view.text.slice(from, to);
}

function sum(items: readonly EvidenceItem[]): number {
  let total = 0;
  for (const e of items) total += e.weight;
  return total;
}

/** The features by which a candidate's own sentence speaks for our entity. */
const SENTENCE_FOR_IT: ReadonlySet<keyof EvidenceWeights> = new Set(['footballInSentence', 'entityInSentence', 'teamContext']);

/** The features of football words around a candidate. */
const FOOTBALL: ReadonlySet<keyof EvidenceWeights> = new Set(['footballInSentence', 'footballInBlock']);

/**
 * The nearest candidate of the same entity within the block's reach that its own text marks (no
 * evidence needed, or its own evidence reaches the need): null when there is none.
 */
function sameEntityNear(candidates: readonly Candidate[], sure: readonly boolean[], i: number): Candidate | null {
  const c = candidates[i]!;
  for (let j = i - 1; j >= 0 && candidates[j]!.start >= c.start - BLOCK_REACH; j--) {
    if (sure[j] && candidates[j]!.group.entity === c.group.entity) return candidates[j]!;
  }
  for (let j = i + 1; j < candidates.length && candidates[j]!.end <= c.end + BLOCK_REACH; j++) {
    if (sure[j] && candidates[j]!.group.entity === c.group.entity) return candidates[j]!;
  }
  return null;
}

/** The features that put a candidate in another sport or topic. */
const OTHER_TOPIC: ReadonlySet<keyof EvidenceWeights> = new Set(['otherTopicInSentence', 'otherTopicInBlock']);

/** How far above its group's need a candidate's evidence must be to count as the entity named on the page. */
export const SURE_MARGIN = 2;

/**
 * Forms that say who or what they are without context: every form of a group that needs no
 * evidence, a person's full name, a club's official name (Genoa Cricket and Football Club), a name
 * after the words that say what it is (футбольный клуб «Спартак»), and a proper name of several
 * capitalised words (Spartak Moscow) or a name its city's adjective qualifies (московский «Спартак»),
 * except on a page whose address or title names another sport or topic: Moscow's hockey club is
 * Spartak Moscow too.
 */
function speaksForItself(text: string, c: Candidate, page: PageContext): boolean {
  if (c.group.needsEvidence === null || isFullName(text, c) || c.official || isIntroduced(text, c)) return true;
  return (c.properName || qualifiedBefore(text, c)) && page.prior >= 0;
}

/**
 * How far "the block" reaches on each side of a candidate for its evidence: a paragraph is far
 * shorter; the cap keeps the cost per candidate bounded in a huge text without paragraphs.
 */
export const BLOCK_REACH = 1_000;

/**
 * The local evidence of a candidate turned down only for want of team words (teamContext.page), for
 * a page that names the team: null when its sentence has no football word.
 */
function liftedEvidence(c: Candidate, ctx: RuleContext, passed: readonly Candidate[], o: DecideOptions, otherSportPage: boolean): { items: EvidenceItem[]; ownSentence: boolean } | null {
  const above = firstFrom(passed, c.start);
  const evidence = evidenceFor(c, ctx, passed, above - 1, above, o, otherSportPage);
  return evidence.items.some((e) => e.feature === 'footballInSentence') ? evidence : null;
}

/**
 * The evidence features of a candidate's own sentence and block; `below` and `above` are the indexes
 * in `passed` of its nearest neighbours before and after it (for another entity beside it).
 * `ownSentence`: another entity of ours or team words in its sentence.
 */
function evidenceFor(c: Candidate, ctx: RuleContext, passed: readonly Candidate[], below: number, above: number, o: DecideOptions, otherSportPage: boolean): { items: EvidenceItem[]; ownSentence: boolean } {
  const w = o.weights;
  const text = ctx.view.text;
  const entity = c.group.entity;
  const items: EvidenceItem[] = [];
  const add = (feature: keyof EvidenceWeights, detail: string) => {
    if (w[feature] !== 0) items.push({ feature, weight: w[feature], detail });
  };
  const [from, to] = sentenceOf(ctx, c);
  const blockFrom = Math.max(0, c.start - BLOCK_REACH);
  const blockTo = Math.min(text.length, c.end + BLOCK_REACH);
  // Each list's hits in the text are found once per text; a name is not its own cue.
  const near = (list: CueList): { hit: string; inSentence: boolean } | null => {
    const hits = hitsOf(ctx, list);
    const inSentence = firstHitIn(hits, from, to, c);
    if (inSentence) return { hit: inSentence.text, inSentence: true };
    const inBlock = firstHitIn(hits, blockFrom, blockTo, c);
    return inBlock ? { hit: inBlock.text, inSentence: false } : null;
  };

  // Club, coach, season… are every sport's words: in a block with another sport's word and no word
  // only football uses, they speak for that sport, not for football. (The block's other-topic words
  // are read only when it has no football-only word: most football blocks have one.)
  const specific = near(o.footballSpecific);
  const other = specific ? sentenceCue(text, from, to, c, o.otherTopic) : near(o.otherTopic);
  const anotherSport = other !== null && specific === null;
  const beside = otherEntityNear(passed, entity, below, above, from, to, blockFrom, blockTo);
  // On a page of another sport (PageContext.otherSportPage) likewise, unless the block has a word
  // only football uses or another of ours (a hockey section's page on Spartak's football coach).
  const sportPage = !anotherSport && otherSportPage && specific === null && beside === null;
  const football = anotherSport || sportPage ? null : near(o.football);
  if (football) add(football.inSentence ? 'footballInSentence' : 'footballInBlock', `«${football.hit}»`);
  // Listed even at weight 0: it says why the football word around it did not count.
  const sportWord = sportPage ? near(o.football) : null;
  if (sportWord) items.push({ feature: 'footballOnOtherSportPage', weight: w.footballOnOtherSportPage, detail: `«${sportWord.hit}», on a page whose address or title names another sport` });
  if (other?.inSentence) add('otherTopicInSentence', `«${other.hit}»`);
  else if (anotherSport) add('otherTopicInBlock', `«${other!.hit}»`);
  if (isQuoted(text, c)) add('quoted', 'between quotes: a name, not a common word');
  if (c.group.nickname) {
    const word = firstHitIn(hitsOf(ctx, o.nicknameWords), from, to, c);
    if (word) add('nicknameInSentence', `«${word.text}»: the sentence speaks of names`);
  }
  const team = teamContextOf(c, ctx);
  if (team) add('teamContext', team);

  if (beside) add(beside.inSentence ? 'entityInSentence' : 'entityInBlock', beside.entity);

  return { items, ownSentence: beside?.inSentence === true || team !== null };
}

/** A cue of the list in the candidate's sentence, outside the candidate (slices: one sentence, one list). */
function sentenceCue(text: string, from: number, to: number, c: Candidate, list: CueList): { hit: string; inSentence: true } | null {
  const hit = findCue(text.slice(from, c.start), list) ?? findCue(text.slice(c.end, to), list);
  return hit ? { hit, inSentence: true } : null;
}


/** The first hit inside [from, to) that does not overlap the candidate (binary search, then a short walk). */
function firstHitIn(hits: readonly CueHit[], from: number, to: number, c: Candidate): CueHit | null {
  for (let i = firstFrom(hits, from); i < hits.length && hits[i]!.end <= to; i++) {
    const h = hits[i]!;
    if (h.end <= c.start || h.start >= c.end) return h;
  }
  return null;
}

/**
 * Another entity's candidate that passed its rules: in the sentence first, else within the block's
 * reach. Walks out from the candidate's place in the sorted list, so only its neighbours are read.
 */
function otherEntityNear(
  passed: readonly Candidate[], entity: EntityId, below: number, above: number, from: number, to: number, blockFrom: number, blockTo: number,
): { entity: EntityId; inSentence: boolean } | null {
  let inBlock: EntityId | null = null;
  for (let i = below; i >= 0 && passed[i]!.start >= blockFrom; i--) {
    const o = passed[i]!;
    if (o.group.entity === entity) continue;
    if (o.start >= from) return { entity: o.group.entity, inSentence: true };
    inBlock ??= o.group.entity;
  }
  for (let i = above; i < passed.length && passed[i]!.end <= blockTo; i++) {
    const o = passed[i]!;
    if (o.group.entity === entity) continue;
    if (o.end <= to) return { entity: o.group.entity, inSentence: true };
    inBlock ??= o.group.entity;
  }
  return inBlock ? { entity: inBlock, inSentence: false } : null;
}

