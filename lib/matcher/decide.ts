import type { EntityId } from '../knowledge/entity-ids';
import { type Candidate, isFullName, type RuleContext, sentenceAround, type Veto, vetoOf } from './context';
import { type CueList, findCue } from './cues';
import type { EvidenceWeights } from './lexicon';
import type { PageContext } from './page-context';

/**
 * The decision for every candidate of one text block, in one place:
 *  1. the local rules of its form group (lib/matcher/context.ts) may turn it down, each by name;
 *  2. a candidate that passes and whose group needs no evidence is marked, and tells the page that
 *     the entity is named on it (a full name or a proper name of several words also does);
 *  3. a candidate of a group that `needsEvidence` (bare «Конте», Carrera, Chelsea, «Италия»…) is
 *     marked when the evidence for it reaches that score. The evidence is a sum of named features
 *     with the weights of lexicon.json `evidence`: football words in its sentence or block, another
 *     entity of ours beside it, the same or another entity named elsewhere on the page, the page's
 *     address, and against it a namesake named on the page.
 * A rule that recognised someone or something else of the name (Джузеппе Конте, Porsche Carrera,
 * «Спартак» (Нальчик)) tells the page, so that the bare name elsewhere on it weighs less.
 */
export interface Decision {
  readonly candidate: Candidate;
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
  readonly page: PageContext;
  /** Football words, and words of other sports and topics, as read in a sentence or block. */
  readonly football: CueList;
  readonly otherTopic: CueList;
}

/** Decides every candidate of a text; `explain` keeps the decisions of those not marked too. */
export function decide(ctx: RuleContext, options: DecideOptions, explain: boolean): Decision[] {
  const { page } = options;
  const text = ctx.view.text;
  const vetoes = ctx.candidates.map((c) => vetoOf(c, ctx));
  ctx.candidates.forEach((c, i) => {
    const v = vetoes[i];
    if (v) {
      if (v.namesake) page.noteNamesake(c.group.entity);
    } else if (speaksForItself(text, c)) {
      page.confirm(c.group.entity);
    }
  });
  const passed = ctx.candidates.filter((_, i) => vetoes[i] === null);
  const decisions: Decision[] = [];
  ctx.candidates.forEach((c, i) => {
    const v = vetoes[i]!;
    if (v) {
      if (explain) decisions.push({ candidate: c, marked: false, veto: v, evidence: null, score: null });
      return;
    }
    const needed = c.group.needsEvidence;
    if (needed === null || speaksForItself(text, c)) {
      decisions.push({ candidate: c, marked: true, veto: null, evidence: null, score: null });
      return;
    }
    const evidence = evidenceFor(c, ctx, passed, options);
    const score = evidence.reduce((sum, e) => sum + e.weight, 0);
    const marked = score >= needed;
    if (marked || explain) decisions.push({ candidate: c, marked, veto: null, evidence, score });
  });
  return decisions;
}

/**
 * Forms that say who or what they are without context: every form of a group that needs no
 * evidence, a person's full name, and a proper name of several capitalised words (Spartak Moscow).
 */
function speaksForItself(text: string, c: Candidate): boolean {
  return c.group.needsEvidence === null || isFullName(text, c) || c.properName;
}

function evidenceFor(c: Candidate, ctx: RuleContext, passed: readonly Candidate[], o: DecideOptions): EvidenceItem[] {
  const w = o.weights;
  const text = ctx.view.text;
  const entity = c.group.entity;
  const items: EvidenceItem[] = [];
  const add = (feature: keyof EvidenceWeights, detail: string) => {
    if (w[feature] !== 0) items.push({ feature, weight: w[feature], detail });
  };
  const [from, to] = sentenceAround(text, c.start, c.end);
  const sentence = text.slice(from, to);

  const footballHere = findCue(sentence, o.football);
  if (footballHere) add('footballInSentence', `«${footballHere}»`);
  else {
    const footballInBlock = findCue(text, o.football);
    if (footballInBlock) add('footballInBlock', `«${footballInBlock}»`);
  }
  const otherTopic = findCue(sentence, o.otherTopic);
  if (otherTopic) add('otherTopicInSentence', `«${otherTopic}»`);

  const beside = otherEntityNear(c, passed, from, to);
  if (beside) add(beside.inSentence ? 'entityInSentence' : 'entityInBlock', beside.entity);

  if (o.page.isConfirmed(entity)) add('sameEntityOnPage', `${entity} is named in full or without doubt on the page`);
  else {
    const other = o.page.otherConfirmed(entity);
    if (other) add('otherEntityOnPage', `${other} is named on the page`);
  }
  if (o.page.prior > 0) add('footballPage', o.page.priorReason);
  else if (o.page.prior < 0) add('otherTopicPage', o.page.priorReason);
  if (o.page.hasNamesake(entity)) add('namesakeOnPage', `someone or something else called so is on the page`);
  return items;
}

/** Another entity's candidate that passed its rules: in the sentence first, else in the block. */
function otherEntityNear(c: Candidate, passed: readonly Candidate[], from: number, to: number): { entity: EntityId; inSentence: boolean } | null {
  let inBlock: EntityId | null = null;
  for (const o of passed) {
    if (o.group.entity === c.group.entity) continue;
    if (o.start >= from && o.end <= to) return { entity: o.group.entity, inSentence: true };
    inBlock ??= o.group.entity;
  }
  return inBlock ? { entity: inBlock, inSentence: false } : null;
}

