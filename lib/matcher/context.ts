import type { EntityId } from '../knowledge/entity-ids';
import { canonical, isHyphen, isLineBreak, isSpace } from './chars';
import { allCues, type CueHit, type CueList, cueAt, cueEndAt, findCue, isWordChar, spanHasCue, wordMatchesCue } from './cues';
import { type MatchView, originalIndex, withoutInvisible } from './normalise';

/**
 * Context rules: decide whether a candidate form found by the surface scan is really the
 * entity. The data (which cues, which rule for which forms) is in assets/knowledge/lexicon.json;
 * each rule's meaning is documented on its field in lib/matcher/lexicon.ts (FormGroup).
 * Rules run only for candidates, so their cost does not grow with the text.
 */
export interface CompiledGroup {
  readonly entity: EntityId;
  /** Index of the group in the entity's list, and its note: for explanations. */
  readonly index: number;
  readonly note: string | undefined;
  readonly quoted: boolean;
  readonly prevCapital: boolean;
  readonly nextCapital: 'always' | 'outsideFootball' | null;
  readonly allowAfter: CueList | null;
  /** Words right before the name that qualify it as ours (московский «Спартак»): rejectNear then does not apply. */
  readonly allowBefore: CueList | null;
  readonly rejectBefore: CueList | null;
  readonly rejectAfter: CueList | null;
  readonly rejectNear: CueList | null;
  /** The same, only for a name not between quotes (the gladiator Спартак; the club's «Спартак» on his image). */
  readonly rejectNearBare: CueList | null;
  readonly apposition: CueList | null;
  readonly substantive: boolean;
  /** The name is also a city that starts news items as a dateline (lexicon.ts). */
  readonly dateline: boolean;
  /** A nickname: its rules seeing another team of that nickname say nothing of the entity's name. */
  readonly nickname: boolean;
  readonly teamContext: {
    readonly before: CueList | null;
    readonly after: CueList | null;
    readonly score: boolean;
    /** Other countries' teams: one named in the same sentence as a match word makes it a fixture. */
    readonly opponents: CueList | null;
    readonly matchWords: CueList | null;
    /** After a possessive, words that make the owner the country (Italy's oldest club). */
    readonly ownedNot: CueList | null;
    /** A word of the team's people or matches right before a form not in the nominative (хавбек «синих»). */
    readonly roleBefore: CueList | null;
    /** Words of hosting a tournament: in their sentence the country is the host, unless words after it make it the team. */
    readonly hosting: CueList | null;
    readonly required: boolean;
    /** The page naming the team without doubt stands for the required context in a football sentence. */
    readonly page: boolean;
  } | null;
  readonly requireInBlock: CueList | null;
  /** Other teams of the same nickname: named before it in the block, without the entity, they take it. */
  readonly sharedWith: CueList | null;
  /** The nickname is theirs on a page whose address names one of sharedWith and not the entity. */
  readonly sharedOnPage: boolean;
  /** Address or title words that put the page on another team of the name (decide.ts reads them). */
  readonly rejectPage: CueList | null;
  /** Another sport named in the block, which has no word only football uses: that sport's team. */
  readonly rejectInBlock: CueList | null;
  /** Words before the name that say what it is (футбольный клуб «Спартак»): then it needs no evidence. */
  readonly introducedBy: CueList | null;
  readonly requireEntity: EntityId | null;
  /** The evidence score a candidate needs (lib/matcher/decide.ts); null: none needed. */
  readonly needsEvidence: number | null;
}

export interface Candidate {
  /** Offsets in the normalised view. */
  readonly start: number;
  readonly end: number;
  readonly group: CompiledGroup;
  /** The form is the nominative (first paradigm slot) or does not decline. */
  readonly nominative: boolean;
  /** The form is a proper name of several capitalised words (Spartak Moscow, Genoa CFC). */
  readonly properName: boolean;
  /** Joined by a hyphen to another capitalised name (Genoa-Bologna, Гонсалес-Каррера). */
  readonly joined: boolean;
  /** A club's official name, ending in what kind of club it is (Genoa CFC, Genoa Cricket and Football Club). */
  readonly official: boolean;
}

export interface RuleContext {
  readonly view: MatchView;
  readonly original: string;
  /** All candidates of the text, sorted, non-overlapping. */
  readonly candidates: readonly Candidate[];
  readonly notFirstNames: CueList;
  readonly namesakeFirstNames: CueList;
  readonly prepositions: CueList;
  readonly football: CueList;
  /** Words only football uses (гол, вратарь, serie A): a block with one is about football whatever else it names. */
  readonly footballSpecific: CueList;
  /** Per text: whether the block has a cue of a list (computed at most once per list). */
  readonly blockCues: Map<CueList, boolean>;
  /** Per text: each candidate's sentence, found once. */
  readonly sentences: Map<Candidate, [number, number]>;
  /** Per text: every hit of a cue list, found at most once per list (lib/matcher/decide.ts). */
  readonly cueHits: Map<CueList, CueHit[]>;
}

/** Why a rule turned a candidate down. `namesake`: the rule saw someone or something else of that name. */
export interface Veto {
  readonly rule: string;
  readonly detail: string;
  readonly namesake: boolean;
}

/** Quotes of every style count on either side: «», "", „“, “”, ‘’, '', ‹›. */
const QUOTES = '«»"„“”‘’\'‹›‚';
/** Skipped, besides spaces, when looking for the neighbouring word of a qualifier: «Спартак» (Нальчик), Спартак-Алания. */
const QUALIFIER_GAP = `${QUOTES}()-\u2010\u2011`;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function isQuoted(text: string, c: Candidate): boolean {
  return QUOTES.includes(text[c.start - 1] ?? 'x') && QUOTES.includes(text[c.end] ?? 'x');
}

/** What may stand before a hashtag's #: the start of the text, a space, an opening bracket or quote, a comma. */
const BEFORE_HASHTAG = /[\s(\[«"“„',;]/;

/**
 * A hashtag: the name right after a # that starts a tag (#спартак, #каррера, #Juve), not a link's
 * fragment (…/#juventus) or a character reference. Tags are written in lower case whatever the word:
 * the form's capitals are not asked for (compile.ts), and a form that counts only between quotes may
 * be a tag. A tag says nothing of what the name is (#conte of the politician, #chelsea the district):
 * it needs the same evidence as the bare name. Only a tag that is the name alone: names run into other
 * words (#спартакчемпион) are inside a longer word.
 */
export function isHashtag(text: string, start: number): boolean {
  return text[start - 1] === '#' && (start < 2 || BEFORE_HASHTAG.test(text[start - 2]!));
}

/**
 * introducedBy: the words right before or after the name say what it is (футбольного клуба
 * «Спартак», FC Spartak, Chelsea football club).
 */
export function isIntroduced(text: string, c: Candidate): boolean {
  const kind = c.group.introducedBy;
  if (kind === null) return false;
  if (phraseBefore(text, c.start, kind) !== null) return true;
  const w = wordAfter(text, c.end, true);
  return w !== null && cueAt(text, w.start, kind);
}

/**
 * A dateline: the name first in its block, then a dash and the item's first sentence, in English ("Genoa
 * – The 4-3 victory…", "Genoa – Four victories, all in the evening…", "Genoa – «The fans…»"): Italian and
 * Russian write the city Genova, Генуя. A fixture has another team after the dash ("Genoa – Sampdoria
 * 1-1", "Genoa - Milan, …", «Genoa - Roma dove vederla in tv»): the words after the dash must start an
 * English sentence, with a quote, an article, or a first word followed by a lower-case one and an English
 * function word soon after. A wire service's dateline names the country after the city: "BOLOGNA, Italy
 * (AP) Former…", "ROME, Italy —", "COVERCIANO, Italy, March 20 (Reuters) -": an upper-case city and a comma
 * first in the block, the name, then the agency in brackets or a dash that starts no fixture ("FRIENDLY,
 * Italy — Ecuador 2-0"). A country (a group with teamContext) takes only this one.
 */
const DATELINE_DASH = /^(?:\s*[–—]\s*|\s+-\s+)/;
const WIRE_CITY = /^\s*\p{Lu}[\p{Lu}\p{M}'’. -]*,\s*$/u;
/** After the name: the agency in brackets (after a date, "Italy, March 20 (Reuters)"), or a dash that starts no fixture's score. */
const WIRE_AGENCY = /^\s*(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*)?(?:\((?:AP|AFP|Reuters|ANSA|dpa|UPI|PA)\)|[–—](?!\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\d{1,2}\s*[-–:]\s*\d))/u;
const SENTENCE_START = /^(?:["«“„']|(?:The|A|An)\s)/;
const WORD_THEN_LOWER = /^\p{Lu}[\p{L}\p{N}'’-]*\s+\p{Ll}/u;
const ENGLISH_FUNCTION_WORD = /\b(?:the|of|and|was|were|is|are|for|with|has|have|after)\b/;

function isDateline(ctx: RuleContext, c: Candidate): boolean {
  // The view is lower-cased: the capitals are read in the original text (its invisible characters dropped).
  const from = originalIndex(ctx.view, c.end - 1) + 1;
  const rest = withoutInvisible(ctx.original.slice(from, from + 120));
  if (c.start > 0 && c.start < 40 && WIRE_CITY.test(withoutInvisible(ctx.original.slice(0, originalIndex(ctx.view, c.start))))) return WIRE_AGENCY.test(rest);
  // A country first in its block, before a dash, is the team's headline ("Italy – The defending champions…").
  if (c.group.teamContext) return false;
  for (let i = 0; i < c.start; i++) if (!isSpace(ctx.view.text[i])) return false;
  const dash = DATELINE_DASH.exec(rest);
  if (!dash) return false;
  const after = rest.slice(dash[0].length);
  return SENTENCE_START.test(after) || (WORD_THEN_LOWER.test(after) && ENGLISH_FUNCTION_WORD.test(after.slice(0, 80)));
}

/** A person's full name (Антонио Конте): it says who it is, so the namesake rules do not apply. */
export function isFullName(text: string, c: Candidate): boolean {
  return c.group.prevCapital && /\s/.test(text.slice(c.start, c.end));
}

/**
 * The local rules of the candidate's group, in order; the first that fails is returned with its name.
 * Null: no rule stands against it (the evidence, lib/matcher/decide.ts, may still be needed).
 */
export function vetoOf(c: Candidate, ctx: RuleContext): Veto | null {
  const g = c.group;
  const text = ctx.view.text;
  const quoted = isQuoted(text, c);
  if (g.quoted && !quoted && !isHashtag(text, c.start)) return veto('quoted', 'counts only between quotes or as a hashtag', false);

  const fullName = isFullName(text, c);
  // Joined to another of our names it is a pair, not a double surname («Querelle Conte-Chelsea»).
  if (c.joined && g.prevCapital && !joinedToMention(ctx, c)) return veto('hyphenated', 'joined by a hyphen to another name: a double surname', true);
  if (g.rejectBefore && !fullName) {
    let w = qualifierBefore(text, c);
    // "outside of Italy", "the rest of Italy": a place word of the list speaks across «of» (not "the
    // visit of Italy", a match).
    if (w && w.text === 'of') {
      const place = wordBefore(text, w.start, false);
      if (place && PLACE_BEFORE_OF.has(place.text)) w = place;
    }
    // A team phrase of several words ending there outweighs its last word ("European champions Italy"),
    // looked for only when the word turns the name down.
    const t = g.teamContext;
    if (w && wordMatchesCue(w.text, g.rejectBefore) && !(t?.before && phraseBefore(text, c.start, t.before)?.includes(' '))) {
      // A country's name turned down so (in Italy, to Italy, Coppa Italia) is the country or its cup, no
      // namesake of its team (a page on the team names the country too), unless its sentence names
      // another team of the name ("Volleyball in Italy is booming").
      const namesake = !t || (g.rejectNear !== null && findCue(text.slice(...sentenceOf(ctx, c)), g.rejectNear) !== null);
      return veto('rejectBefore', `word before «${w.text}»`, namesake);
    }
  }
  if (g.apposition && c.nominative) {
    const w = wordBefore(text, c.start, true) ?? wordBeforeDash(text, c.start);
    if (w && wordMatchesCue(w.text, g.apposition)) {
      return veto('apposition', `the name of a «${w.text}» (a nominative name after a place or organisation word)`, true);
    }
  }
  // The end of a compound colour word (красно-синие, бело-синие) is not the colour nickname alone.
  if (g.substantive && isHyphen(text[c.start - 1]) && isWordChar(text[c.start - 2])) {
    return veto('compound', `the end of the compound «${wordEndingAt(text, c.start - 1)?.text ?? ''}-${text.slice(c.start, c.end)}»`, false);
  }
  if (g.substantive && !quoted) {
    const noun = nounAfter(ctx, c.end, text.slice(c.start, c.end));
    if (noun) return veto('modifiesNoun', `an adjective of «${noun}» here, not the nickname of a team`, false);
  }
  if (g.dateline && !c.official && isDateline(ctx, c)) {
    // Where the item was written, not another Genoa the page is about: no namesake for the page.
    return veto('dateline', 'the place at the head of the item (a city before a dash and its first sentence, a country after a wire service\'s city)', false);
  }
  if (g.rejectAfter && !fullName) {
    const w = wordAfter(text, c.end, true);
    if (w && cueAt(text, w.start, g.rejectAfter)) return veto('rejectAfter', `words after «${w.text}…»`, true);
  }
  const sentence = sentenceOf(ctx, c);
  if (g.prevCapital && !fullName) {
    const someone = someoneElse(c, ctx, sentence[0]);
    if (someone) return veto('prevCapital', someone, true);
  }
  if (g.nextCapital && !quoted) {
    const w = wordAfter(text, c.end, false);
    if (
      w && startsCapitalised(ctx, w) && !isMention(ctx, w.start) &&
      !(g.allowAfter && wordMatchesCue(w.text, g.allowAfter)) &&
      !(g.nextCapital === 'outsideFootball' &&
        ((isAllCaps(ctx, c.start, c.end) && isAllCaps(ctx, w.start, w.end)) ||
          spanHasCue(text.slice(sentence[0], sentence[1]), ctx.football)))
    ) {
      // Not a namesake of the page: a person called Chelsea or Спартак (Clinton, Мишулин) is told
      // from the club by the words around each use, which name no football.
      return veto('nextCapital', `capitalised word after «${w.text}» (someone's surname or a qualified team)`, false);
    }
  }
  // An explicit qualifier (Спартак Москва, Chelsea FC) outweighs the words of the sentence.
  // rejectNearBare: only for a name not between quotes (the gladiator; the club's «Спартак» beside his image).
  const bare = quoted ? null : g.rejectNearBare;
  if ((g.rejectNear || bare) && !fullName && !c.official && !qualified(text, c, g)) {
    const words = text.slice(sentence[0], sentence[1]);
    const cue = g.rejectNear && findCue(words, g.rejectNear);
    if (cue) return veto('rejectNear', `«${cue}» in the sentence (another of that name)`, true);
    const bareCue = bare && findCue(words, bare);
    if (bareCue) return veto('rejectNear', `«${bareCue}» in the sentence, and the name is not between quotes (another of that name)`, true);
  }
  if (g.sharedWith) {
    const holder = otherHolderBefore(c, ctx, g.sharedWith);
    if (holder) return veto('sharedWith', `«${holder}» is named before it in the block and ${g.entity} is not: the nickname is theirs`, false);
  }
  const host = g.teamContext?.hosting ? hostingCue(c, ctx, sentence) : null;
  if (host) return veto('hosting', `«${host}» in the sentence: the country hosting a tournament, a place`, false);
  if (g.teamContext?.required && !teamContextOf(c, ctx)) return veto('teamContext', 'no word or score around it makes it the team', false);
  if (g.requireEntity) {
    const other = g.requireEntity;
    const found = ctx.candidates.some(
      (o) => o !== c && o.group.entity === other && o.start >= sentence[0] && o.end <= sentence[1],
    );
    if (!found) return veto('requireEntity', `no ${other} in the sentence`, false);
  }
  if (g.requireInBlock && !blockHas(ctx, g.requireInBlock)) return veto('requireInBlock', 'none of its cues in the block', false);
  if (g.rejectInBlock && !blockHas(ctx, ctx.footballSpecific)) {
    const cue = blockHas(ctx, g.rejectInBlock) ? findCue(text, g.rejectInBlock) : null;
    if (cue) return veto('rejectInBlock', `«${cue}» in the block, and no word only football uses (another sport's team)`, true);
  }
  return null;
}

/** The text's cue hits of a list, found once per text and list (RuleContext.cueHits). */
export function hitsOf(ctx: RuleContext, list: CueList): readonly CueHit[] {
  let hits = ctx.cueHits.get(list);
  if (!hits) ctx.cueHits.set(list, (hits = allCues(ctx.view.text, list)));
  return hits;
}

/**
 * How far back in its block a shared nickname looks for the team it stands for (a paragraph is
 * shorter; the cap bounds the cost per candidate in a huge text).
 */
export const HOLDER_REACH = 1_000;

/**
 * sharedWith: the last of the nickname's other holders named before it in the block, when the
 * entity itself (a form of another of its groups) is not named there before it; else null.
 */
function otherHolderBefore(c: Candidate, ctx: RuleContext, list: CueList): string | null {
  const from = Math.max(0, c.start - HOLDER_REACH);
  const hits = hitsOf(ctx, list);
  // The last hit before the candidate (hits are sorted).
  const low = firstFrom(hits, c.start);
  const holder = low > 0 ? hits[low - 1]! : null;
  if (!holder || holder.start < from) return null;
  // Our entity named before it in reach: walk back from the candidate's place in the sorted list.
  const candidates = ctx.candidates;
  for (let i = candidateIndex(ctx, c) - 1; i >= 0 && candidates[i]!.start >= from; i--) {
    const o = candidates[i]!;
    if (o.group.entity === c.group.entity && o.group !== c.group) return null;
  }
  return holder.text;
}

/** Whether the block has a cue of the list (found at most once per text and list). */
function blockHas(ctx: RuleContext, list: CueList): boolean {
  let has = ctx.blockCues.get(list);
  if (has === undefined) {
    has = spanHasCue(ctx.view.text, list);
    ctx.blockCues.set(list, has);
  }
  return has;
}

function qualified(text: string, c: Candidate, g: CompiledGroup): boolean {
  if (qualifiedBefore(text, c)) return true;
  if (!g.allowAfter) return false;
  const w = wordAfter(text, c.end, true);
  return w !== null && wordMatchesCue(w.text, g.allowAfter);
}

/** A word of the group's `allowBefore` right before the name (московский «Спартак», московский ФК «Спартак»): it says which one. */
export function qualifiedBefore(text: string, c: Candidate): boolean {
  const list = c.group.allowBefore;
  if (!list) return false;
  const w = qualifierBefore(text, c);
  return w !== null && wordMatchesCue(w.text, list);
}

/**
 * The word before the name that may say which one it is: the word right before it, or, past the words
 * that say what kind of club it is (introducedBy: ФК, футбольный клуб, FC), the word before those
 * (тамбовский ФК «Спартак», московский футбольный клуб «Спартак»).
 */
function qualifierBefore(text: string, c: Candidate): Word | null {
  const w = wordBefore(text, c.start, true);
  const kind = c.group.introducedBy;
  if (!w || !kind) return w;
  let at = w.start;
  let phrase = w.text;
  for (let k = 0; k < CLUB_KIND_WORDS; k++) {
    if (wordMatchesCue(phrase, kind)) return wordBefore(text, at, true) ?? w;
    const prev = wordBefore(text, at, false);
    if (!prev) break;
    phrase = `${prev.text} ${phrase}`;
    at = prev.start;
  }
  return w;
}

/** The most words a club-kind phrase has (футбольного клуба, football club). */
const CLUB_KIND_WORDS = 2;

function veto(rule: string, detail: string, namesake: boolean): Veto {
  return { rule, detail, namesake };
}

/** Endings of Russian nouns in the plural and of most feminine and neuter ones (полосы, шарфов, футболок, цвета). */
const NOUN_ENDING = /(?:ы|и|а|я|ов|ев|ей|ок|ам|ям|ами|ями|ах|ях)$/;
/** Verbs (обыграли, играются) and the short words after a team's name that end like a noun. */
const NOT_A_NOUN = /(?:ли|ся|сь)$/;
const SHORT_WORDS = new Set([
  'и', 'а', 'на', 'за', 'для', 'при', 'ни', 'бы', 'мы', 'вы', 'они', 'она', 'пока', 'снова', 'всегда', 'тогда', 'когда',
  'туда', 'сюда', 'никогда', 'иногда', 'сегодня', 'вчера', 'завтра', 'впереди', 'позади', 'сзади', 'едва', 'дома', 'между',
  'из-за', 'из-под', 'против', 'среди', 'вокруг', 'года', 'сезона',
  // Short adjectives as predicates: «красно-белые должны были сыграть».
  'должны', 'должна', 'готовы', 'готова', 'вынуждены', 'намерены', 'обязаны', 'способны', 'рады',
]);

/**
 * substantive: a nickname that is an adjective (красно-белые, синие) names the team only when it
 * stands for a noun; right before a lower-case noun (красно-белых футболистов, синие полосы) it is
 * a colour. The noun is told by its ending; verbs in -ли/-ся and short words are not nouns, and
 * neither is a word whose ending cannot agree with the adjective's case (для болельщиков
 * красно-белых среда стала праздником: «среда» is no plural genitive).
 */
function nounAfter(ctx: RuleContext, end: number, adjective: string): string | null {
  const w = wordAfter(ctx.view.text, end, false);
  if (!w || startsCapitalised(ctx, w) || !/^[а-яё-]+$/.test(w.text)) return null;
  if (SHORT_WORDS.has(w.text) || NOT_A_NOUN.test(w.text) || !NOUN_ENDING.test(w.text)) return null;
  return mayAgree(adjective, w.text) ? w.text : null;
}

/**
 * The plural adjective's case, told by its ending, and the noun endings of that case (nouns of
 * the genitive plural with no ending, команд, are not told by NOUN_ENDING anyway).
 */
const PLURAL_AGREEMENT: readonly [RegExp, RegExp][] = [
  [/(?:ыми|ими)$/, /(?:ами|ями)$/],
  [/(?:ых|их)$/, /(?:ов|ев|ей|ок|ах|ях)$/],
  [/(?:ым|им)$/, /(?:ам|ям)$/],
  [/(?:ые|ие)$/, /(?:ы|и|а|я)$/],
];

/** Whether a noun with this ending may agree with the adjective (a singular adjective: always). */
function mayAgree(adjective: string, noun: string): boolean {
  const form = adjective.toLowerCase();
  for (const [adjectiveEnding, nounEnding] of PLURAL_AGREEMENT) {
    if (adjectiveEnding.test(form)) return nounEnding.test(noun);
  }
  return true;
}

/**
 * teamContext: the words around a country's name that make it the national team: a role after it
 * ("Italy manager", "Italy international"), a word before it ("ct dell'Italia", "against Italy"),
 * a score beside it ("Belgium 0 Italy 2", «Италия — Бельгия 2:0»), or its opponent: another
 * country's team in the same sentence as a match word ("Italy's victory over Spain at the European
 * Championships"). Null when none is there. For a name in a sentence of hosting (`hosting`), the words
 * that outweigh it: not its opponent, nor an article alone before it.
 */
export function teamContextOf(c: Candidate, ctx: RuleContext, hosting = false): string | null {
  const t = c.group.teamContext;
  if (!t) return null;
  const text = ctx.view.text;
  const after = teamWordsAfter(c, ctx);
  if (after !== null) return after || null;
  if (t.before) {
    const phrase = phraseBefore(text, c.start, t.before);
    // An article alone (l'Italia) says nothing against a host's name.
    if (phrase && !(hosting && ARTICLES_BEFORE.has(phrase))) return `«${phrase}» before it`;
    // Coordinated with another name, the pair shares the words before it: «сборные Бельгии и
    // Италии», "against Belgium and Italy".
    const and = wordBefore(text, c.start, false);
    if (and && COORDINATORS.has(and.text)) {
      const name = wordBefore(text, and.start, false);
      const shared = name && startsCapitalised(ctx, name) ? phraseBefore(text, name.start, t.before) : null;
      if (shared) return `«${shared}» before it and «${name!.text}» (a pair)`;
    }
  }
  if (t.roleBefore && !c.nominative) {
    const w = wordBefore(text, c.start, true);
    if (w && wordMatchesCue(w.text, t.roleBefore)) return `«${w.text}» before it (the team's)`;
  }
  if (c.joined) return 'joined by a hyphen to another team (a fixture)';
  if (t.score) {
    const after = text.slice(c.end, c.end + 40);
    // «Италия 2:0», «Италия – Германия 2:0»; «Норвегия – Италия – 0:2 (0:1)», a one-digit score ending
    // there (not «3-4 часа», not a kick-off at 21:45).
    if (/^\s*\d{1,2}(?!\d)/.test(after) || /^\s*[-–—]\s*[^\s\d][^\n]{0,25}?\s\d{1,2}\s*[-:–]\s*\d{1,2}(?!\d)/.test(after) ||
      /^\s*[-–—]\s*\d\s*[-:–]\s*\d(?=\s*(?:$|[(\n.,;!?]))/.test(after)) return 'a score after it';
    if (/(?:^|[^\d])\d{1,2}\s*[-–—]?\s*$/.test(text.slice(Math.max(0, c.start - 8), c.start))) return 'a score before it';
    if (isLineUpHead(text, c)) return 'a line-up after it';
    if (opensWithMinute(ctx, c)) return 'a live blog\'s minute opens its line';
  }
  // Weaker than the words around it: not in a block that names what the group's rejectNear names
  // (another team of the name: the under-21s, the women's side, another sport; or the country's
  // league and cup), which may be what the sentence means.
  // One of a pair after a place word is the country («из Франции и Италии»: the pair shares the word).
  if (!hosting && t.opponents && t.matchWords && !(c.group.rejectNear && blockHas(ctx, c.group.rejectNear)) && !pairAfterRejected(ctx, c)) {
    const [from, to] = sentenceOf(ctx, c);
    const sentence = text.slice(from, c.start) + ' ' + text.slice(c.end, to);
    const opponent = findCue(sentence, t.opponents);
    const match = opponent === null ? null : findCue(sentence, t.matchWords);
    if (match) return `«${opponent}» in its sentence of a match («${match}»): its opponent`;
  }
  return null;
}

/**
 * teamContext's words after the name: a possessive's team word, a team word or verb after it, a relative
 * clause; false when what follows makes it the country whatever else is around it; null for neither.
 */
function teamWordsAfter(c: Candidate, ctx: RuleContext): string | false | null {
  const t = c.group.teamContext;
  if (!t?.after) return null;
  const text = ctx.view.text;
  // What only a country has, before any team word: "Italy's oldest football team".
  if (t.ownedNot && possessed(text, c.end, t.ownedNot, t.after) !== null) return false;
  const owned = possessed(text, c.end, t.after);
  if (owned) return `«${owned}» of it (a possessive)`;
  // A country (a group with team words after it) owning something that is neither the team's nor a
  // match's is the country, whatever stands before it ("bleak for Italy's most successful club").
  if (isPossessive(text, c.end) && !(t.matchWords && possessed(text, c.end, t.matchWords))) return false;
  // After «of» the name is not what the next word speaks of ("Champions of Italy are the oldest club").
  const w = wordBefore(text, c.start, false)?.text === 'of' ? null : wordAfter(text, c.end, true);
  if (w && cueAt(text, w.start, t.after)) return `«${w.text}» after it`;
  const clause = relativeClause(text, c.end, t.after);
  return clause ? `«${clause}» after it` : null;
}

/**
 * teamContext.hosting: a word of hosting a tournament in the name's sentence ("Italy and Turkey to
 * co-host Euro 2032", «l'Italia come Paese ospitante», «заявки на проведение Евро»): the country is the
 * host, a place, though a match's words and another country are around it. A hosting word beside another
 * country names that one ("host nation Germany", «la Germania, paese ospitante»); and the words around
 * the name that make it the team still do: before it, a score, after it ("against Italy", "Turkey beat
 * co-hosts Italy 2-1", "Italy won the Euro as host nation"). Only its opponent in a match does not.
 */
function hostingCue(c: Candidate, ctx: RuleContext, sentence: [number, number]): string | null {
  const t = c.group.teamContext!;
  const text = ctx.view.text;
  // The block's hits of the list, found once for all its candidates, that lie in the sentence.
  const hits = hitsOf(ctx, t.hosting!);
  let own: CueHit | null = null;
  for (let i = firstFrom(hits, sentence[0]); i < hits.length && hits[i]!.end <= sentence[1] && own === null; i++) {
    const h = hits[i]!;
    // "organised by" hosts only when a country follows it (organizzati da Italia e Turchia), not a person or a body.
    if (BY.test(h.text) && !hostAfter(text, h.end, c, t.opponents)) continue;
    if (!hostBeside(text, h.start, h.end, c, t.opponents)) own = h;
  }
  return own && teamContextOf(c, ctx, true) === null ? own.text : null;
}

/** A hosting phrase that ends in "by": its host is the name after it. */
const BY = /\s(?:da|by)$/;

/** The candidate or another country right after `end` (spaces between). */
function hostAfter(text: string, end: number, c: Candidate, countries: CueList | null): boolean {
  let i = end;
  while (i < text.length && isSpace(text[i])) i++;
  return i === c.start || (countries !== null && cueAt(text, i, countries));
}

/** Italian articles and article-prepositions among a country's `before` words: not a team's words beside a host. */
const ARTICLES_BEFORE = new Set(['l', 'all', 'dall', 'sull', 'un']);

/**
 * Another country's name right before or after a hosting word (spaces, commas, quotes, dashes between):
 * its host, unless it is paired with the candidate («a Italia e Turchia l'organizzazione degli Europei»).
 */
function hostBeside(text: string, start: number, end: number, c: Candidate, countries: CueList | null): boolean {
  if (!countries) return false;
  let before = start;
  while (before > 0 && isHostGap(text[before - 1]!)) before--;
  let after = end;
  while (after < text.length && isHostGap(text[after]!)) after++;
  const w = wordEndingAt(text, before);
  if (w !== null && w.start !== c.start && cueAt(text, w.start, countries)) return !(c.end <= w.start && PAIRED.test(text.slice(c.end, w.start)));
  if (after === c.start || !isWordChar(text[after])) return false;
  const countryEnd = cueEndAt(text, after, countries);
  return countryEnd >= 0 && !(countryEnd <= c.start && PAIRED.test(text.slice(countryEnd, c.start)));
}

/** The words between two names of a pair: a coordinator (Italia e Turchia, Italy and Turkey); a comma alone lists, it does not pair. */
const PAIRED = /^\s*,?\s*(?:e|ed|and|и|&)\s*$/;

function isHostGap(ch: string): boolean {
  return isSpace(ch) || ch === ',' || QUALIFIER_GAP.includes(ch) || ch === '—' || ch === '–';
}

/** The minute of a match, 0 to 129, opening a line: «12 min:», «87'», «45+2’», «86′»; or «23-я минута». */
const LIVE_MINUTE = /^\s*(?:1[0-2]\d|\d{1,2})(?:\s*\+\s*\d{1,2})?(?:\s*(?:min|mins|minute)\b\.?\s*:|\s*['’′])|^\s*(?:1[0-2]\d|\d{1,2})-(?:я|й)\s+минут/;

/**
 * A live blog's entry: the candidate's line opens with the minute of the match, and a capitalised word
 * follows it («12 min: Williams…», «87' Bernardeschi…», «90+2 min: Italy…»); not «5' a piedi dalla
 * stazione», "7' read", "5 mins: walk".
 */
function opensWithMinute(ctx: RuleContext, c: Candidate): boolean {
  const text = ctx.view.text;
  const lineStart = lineStartOf(text, c.start);
  const minute = LIVE_MINUTE.exec(text.slice(lineStart, c.start));
  if (!minute) return false;
  const w = wordAfter(text, lineStart + minute[0].length, true);
  return w !== null && startsCapitalised(ctx, w);
}

/** Where the line holding `pos` starts. */
function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** A line-up's head: the name opens its line, then a colon after an optional formation, then names. */
const LINE_UP_HEAD = /^\s*(\(\d(?:\s*-\s*\d){2,3}\)\s*)?:\s*\S/;
/** What only a line-up's list has: a substitute's minute «(Паскуаль 61’)», a shirt number «1. Буффон», a semicolon between its lines. */
const LINE_UP_MARK = /\(\D{2,30}\d{1,3}\s*['’′]|(?:^|[\s:,;])\d{1,2}\.\s*\p{Lu}|;/u;

/**
 * A team's line-up: «Италия: Буффон, Дармиан (Паскуаль 61’), Астори, …», «ITALIA (3-5-2): Donnarumma;
 * Di Lorenzo, …». The name opens its line; after the colon, a formation, or at least nine names (eight
 * commas or semicolons on the line) with a substitute's minute, shirt numbers or semicolons among them.
 * A list of host cities or of things («Italia: calcio, pizza, …») is no line-up.
 */
function isLineUpHead(text: string, c: Candidate): boolean {
  if (/\S/.test(text.slice(lineStartOf(text, c.start), c.start))) return false;
  const head = LINE_UP_HEAD.exec(text.slice(c.end, c.end + 20));
  if (!head) return false;
  if (head[1]) return true;
  const lineEnd = text.indexOf('\n', c.end);
  const rest = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd);
  let separators = 0;
  for (let i = 0; i < rest.length && separators < 8; i++) if (rest[i] === ',' || rest[i] === ';') separators++;
  return separators >= 8 && LINE_UP_MARK.test(rest);
}

/** The candidate is the second of a pair («Франции и Италии») whose first name has a rejectBefore word before it. */
function pairAfterRejected(ctx: RuleContext, c: Candidate): boolean {
  const list = c.group.rejectBefore;
  if (!list) return false;
  const text = ctx.view.text;
  const and = wordBefore(text, c.start, false);
  if (!and || !COORDINATORS.has(and.text)) return false;
  const name = wordBefore(text, and.start, false);
  const before = name && startsCapitalised(ctx, name) ? wordBefore(text, name.start, true) : null;
  return before !== null && wordMatchesCue(before.text, list);
}

/** Words that join two names into a pair: the words before the first stand for both. */
const COORDINATORS = new Set(['и', 'and', 'e', 'ed']);

/** How many words after a possessive ("Italy's first attempt on goal") may stand before the team word. */
const POSSESSED_REACH = 4;

/** A relative pronoun, and the auxiliaries after it, that stand between a team and its verb. */
const RELATIVE = new Set(['che', 'who', 'which', 'которая', 'которой']);
const AUXILIARY = new Set(['ha', 'aveva', 'has', 'had', 'have']);

/**
 * A relative clause right after the name whose verb is a cue: "l'Italia che ha battuto
 * l'Inghilterra", "Italy, who beat Belgium", «Италия, которая обыграла Бельгию». The phrase, or null.
 */
function relativeClause(text: string, end: number, list: CueList): string | null {
  const at = text[end] === ',' ? end + 1 : end;
  const pronoun = wordAfter(text, at, false);
  if (!pronoun || !RELATIVE.has(pronoun.text)) return null;
  let w = wordAfter(text, pronoun.end, false);
  if (w && AUXILIARY.has(w.text)) w = wordAfter(text, w.end, false);
  return w && cueAt(text, w.start, list) ? `${text.slice(pronoun.start, w.end)}` : null;
}

/** A cue phrase of up to three words ending right before `pos`, as written; null when none. */
function phraseBefore(text: string, pos: number, list: CueList): string | null {
  const words = wordsBefore(text, pos, 3);
  for (let k = 1; k <= words.length; k++) {
    const phrase = words.slice(words.length - k).join(' ');
    if (wordMatchesCue(phrase, list)) return phrase;
  }
  return null;
}

/**
 * After a possessive ("Italy's", "Italy’s"), a cue among the next few words of its clause: what
 * belongs to it ("Italy's coach", "Italy's first attempt on goal"). Null when there is no
 * possessive or no such word, or when a word of `stop` comes first.
 */
function possessed(text: string, end: number, list: CueList, stop: CueList | null = null): string | null {
  if (!isPossessive(text, end)) return null;
  let at = end + 2;
  for (let k = 0; k < POSSESSED_REACH; k++) {
    const w = wordAfter(text, at, false);
    if (!w) return null;
    // A verb after the phrase's first word ends it: "Italy's prominent sports publications are certain"
    // (their verb); right after the possessive it is the possessor's ("Italy's was a deserved win").
    if (k > 0 && PHRASE_VERBS.has(w.text)) return null;
    if (cueAt(text, w.start, list)) return w.text;
    if (stop && cueAt(text, w.start, stop)) return null;
    at = w.end;
  }
  return null;
}

/** Words that make a place of what follows «of» («outside of Italy»), when the group's rejectBefore lists them. */
const PLACE_BEFORE_OF = new Set(['outside', 'rest', 'parts', 'north', 'south', 'east', 'west', 'centre', 'center', 'whole']);

/** Auxiliaries: after a possessive's noun phrase, its verb, not something the possessor owns. */
const PHRASE_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);

/** An English possessive 's right after `end`. */
function isPossessive(text: string, end: number): boolean {
  return (text[end] === '\'' || text[end] === '’') && text[end + 1] === 's' && !isWordChar(text[end + 2]);
}

/** Up to `n` words right before `pos` on its line, in order, across elided articles (ct dell'Italia → ct, dell). */
function wordsBefore(text: string, pos: number, n: number): string[] {
  const words: string[] = [];
  let at = pos;
  while (words.length < n) {
    const elided = text[at - 1] === '\'' || text[at - 1] === '’';
    const w = elided ? wordEndingAt(text, at - 1) : wordBefore(text, at, true);
    if (!w) break;
    words.unshift(w.text);
    at = w.start;
  }
  return words;
}

function wordEndingAt(text: string, end: number): Word | null {
  let i = end - 1;
  while (i >= 0 && isWordChar(text[i])) i--;
  return i + 1 < end ? { start: i + 1, end, text: canonical(text.slice(i + 1, end)) } : null;
}

/**
 * prevCapital: is the capitalised word right before a surname someone else's first name?
 * A full name (Массимо Каррера) carries its own first name and is never checked.
 *  - a first name of a known namesake (Джузеппе, Паоло, Тиа, Marco…) → yes, anywhere;
 *  - another mention (с Конте Каррера) or a word of `notFirstNames` (Тренер, Under) → no;
 *  - mid-sentence, in normal case → yes: a capitalised word there is a proper noun, unless a
 *    preposition stands before it (В России Каррера, In Turin Conte): then it is a place or a club;
 *  - at the start of a sentence or in an all-caps headline capitals say nothing → no.
 */
function someoneElse(c: Candidate, ctx: RuleContext, sentenceStart: number): string | null {
  const w = wordBefore(ctx.view.text, c.start, false);
  if (!w || !startsCapitalised(ctx, w) || isMention(ctx, w.start)) return null;
  if (wordMatchesCue(w.text, ctx.namesakeFirstNames)) return `«${w.text}» is a namesake's first name`;
  if (wordMatchesCue(w.text, ctx.notFirstNames)) return null;
  const opensSentence = /^[\s«"„“‘'‹(]*$/.test(ctx.view.text.slice(sentenceStart, w.start));
  if (opensSentence || (isAllCaps(ctx, w.start, w.end) && isAllCaps(ctx, c.start, c.end))) return null;
  const before = wordBefore(ctx.view.text, w.start, false);
  if (before && wordMatchesCue(before.text, ctx.prepositions)) return null;
  return `capitalised «${w.text}» mid-sentence before the surname (someone else's first name)`;
}

/**
 * The word right before `pos`. Strict: separated by spaces only (so «Челси» Каррера has no
 * word before Каррера). Loose: quotes and brackets may stand between too.
 */
function wordBefore(text: string, pos: number, loose: boolean): Word | null {
  let i = pos - 1;
  const gapEnd = i;
  while (i >= 0 && isGap(text[i]!, loose)) i--;
  if (i === gapEnd) return null;
  const end = i + 1;
  // The last dot of an abbreviation is part of it (c.t. dell'Italia).
  if (isAbbreviationEnd(text, i)) i--;
  while (i >= 0 && isInWord(text, i)) i--;
  return end > i + 1 ? { start: i + 1, end, text: canonical(text.slice(i + 1, end)) } : null;
}

/** The word before a dash that stands right before `pos` (новая станция — «Спартак»), or null. */
function wordBeforeDash(text: string, pos: number): Word | null {
  let i = pos - 1;
  while (i >= 0 && isGap(text[i]!, true)) i--;
  if (text[i] !== '—' && text[i] !== '–') return null;
  return wordBefore(text, i, false);
}

function wordAfter(text: string, pos: number, loose: boolean): Word | null {
  // A possessive (Carrera's, Carrera’s) ends the name: its s is not a word after it (Carrera S).
  if (isPossessive(text, pos)) return null;
  let i = pos;
  while (i < text.length && isGap(text[i]!, loose)) i++;
  if (i === pos) return null;
  const start = i;
  while (i < text.length && isInWord(text, i)) i++;
  return i > start ? { start, end: i, text: canonical(text.slice(start, i)) } : null;
}

/** Between a name and its neighbour: spaces within a line; loose also allows quotes and brackets. */
function isGap(ch: string, loose: boolean): boolean {
  return (isSpace(ch) && !isLineBreak(ch)) || (loose && QUALIFIER_GAP.includes(ch));
}

/** Letters and digits, and a hyphen or apostrophe between two of them (экс-тренер, d'Italia). */
function isInWord(text: string, i: number): boolean {
  const ch = text[i];
  if (isWordChar(ch)) return true;
  if (ch === '.') return isAbbreviationDot(text, i) && isWordChar(text[i + 1]);
  return (isHyphen(ch) || ch === '\'' || ch === '’') && isWordChar(text[i - 1]) && isWordChar(text[i + 1]);
}

/** The last dot of an abbreviation of single letters (c.t., F.C.): it ends no sentence. */
function isAbbreviationEnd(text: string, i: number): boolean {
  return text[i] === '.' && text[i - 2] === '.' && isWordChar(text[i - 1]);
}

/** A dot after a single letter (c.t., F.C.): part of an abbreviation, not the end of a sentence or an address. */
function isAbbreviationDot(text: string, i: number): boolean {
  return isWordChar(text[i - 1]) && !isWordChar(text[i - 2]);
}

/**
 * How far a sentence reaches on each side of a candidate. Real sentences are far shorter; the cap
 * keeps the rules' cost per candidate bounded when a page has a huge text without any full stop
 * (else every candidate rereads the whole text and matching grows with the square of its length).
 */
export const MAX_SENTENCE_REACH = 600;

/**
 * The sentence holding [start, end): bounded by . ! ? … before whitespace, or a line break, and
 * never more than MAX_SENTENCE_REACH code units either side of the candidate.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  // Character codes, not the chars.ts helpers: this loop runs over every character near a candidate.
  let from = start;
  const fromLimit = Math.max(0, start - MAX_SENTENCE_REACH);
  const toLimit = Math.min(text.length, end + MAX_SENTENCE_REACH);
  while (from > fromLimit) {
    const c = text.charCodeAt(from - 1);
    if (isBreakCode(c)) break;
    if ((c === 0x20 || c === 0xa0 || isSpace(text[from - 1])) && isSentenceEndCode(text.charCodeAt(from - 2)) && !isAbbreviationEnd(text, from - 2)) break;
    from--;
  }
  let to = end;
  while (to < toLimit) {
    const c = text.charCodeAt(to);
    if (isBreakCode(c)) break;
    if (isSentenceEndCode(c) && !isAbbreviationEnd(text, to) && (to + 1 === text.length || isSpace(text[to + 1]))) {
      to++;
      break;
    }
    to++;
  }
  return [from, to];
}

function isBreakCode(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x2028 || c === 0x2029;
}

/** . ! ? … */
function isSentenceEndCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** The candidate's sentence, found once per candidate and text. */
export function sentenceOf(ctx: RuleContext, c: Candidate): [number, number] {
  let s = ctx.sentences.get(c);
  if (!s) ctx.sentences.set(c, (s = sentenceAround(ctx.view.text, c.start, c.end)));
  return s;
}

function startsCapitalised(ctx: RuleContext, w: Word): boolean {
  const ch = ctx.original[originalIndex(ctx.view, w.start)]!;
  return ch !== ch.toLowerCase();
}

function isAllCaps(ctx: RuleContext, start: number, end: number): boolean {
  const s = ctx.original.slice(originalIndex(ctx.view, start), originalIndex(ctx.view, end - 1) + 1);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The index of a candidate in the text's sorted list. */
export function candidateIndex(ctx: RuleContext, c: Candidate): number {
  return firstFrom(ctx.candidates, c.start);
}

/** The index of the first item starting at or after `start` in a list sorted by start (binary search). */
export function firstFrom(items: readonly { start: number }[], start: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether the name joined to the candidate by a hyphen, before or after it, is another candidate. */
function joinedToMention(ctx: RuleContext, c: Candidate): boolean {
  const text = ctx.view.text;
  return (isHyphen(text[c.end]) && isMention(ctx, c.end + 1)) || (isHyphen(text[c.start - 1]) && c.start >= 2 && isMention(ctx, c.start - 2));
}

/** Whether a candidate covers `pos` (binary search: candidates are sorted and disjoint). */
function isMention(ctx: RuleContext, pos: number): boolean {
  const list = ctx.candidates;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = list[mid]!;
    if (pos < c.start) high = mid - 1;
    else if (pos >= c.end) low = mid + 1;
    else return true;
  }
  return false;
}
