import type { EntityId } from '../knowledge/entity-ids';
import { type Candidate, type CompiledGroup, isHashtag } from './context';
import { type Decision, decidePage, judge, type Judged, type Judgement } from './decide';
import { canonical, endsWord, fixtureAround, fixtureFollows, flatCopy, isHyphen, isSpace } from './chars';
import { compileCues, type CueList, cueListKey, findCue, isWordChar } from './cues';
import type { FormGroup, Lexicon } from './lexicon';
import { makeMatchView, type MatchView, originalIndex, originalSpan } from './normalise';
import { mayName } from './prefilter';
import { PageContext, type PageInfo } from './page-context';
import { runToEnd } from './steps';
import { type KnownPatterns, SurfaceTrie } from './surface-regex';
import { surfacesOfForm } from './surfaces';

export interface Mention {
  entity: EntityId;
  /** UTF-16 offsets into the text given to `find`; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface Matcher {
  /**
   * The mentions of one text block, sorted by start, non-overlapping. `page` is what the rest of
   * the page says (see PageContext): reading the block also adds to it. Without one, the block is
   * read as a page of its own.
   */
  find(text: string, page?: PageContext): Mention[];
  /** Every candidate of the block with its decision and the reasons: what `find` marks and why. */
  explain(text: string, page?: PageContext): Explanation[];
  /** A new, empty page context for the page at this address and with this title. */
  newPage(info?: PageInfo): PageContext;
  /**
   * A text read and its candidates judged by the text alone (and the page's address): what does not
   * change however much the page learns. `find(text, page)` is `mentionsOf(read(text, page), page)`;
   * a block read again because the page learned something is decided again from its reading.
   */
  read(text: string, page?: PageContext): TextReading;
  /** The mentions of a text read with `read`, decided with what the page says now (and telling it what the text says). */
  mentionsOf(reading: TextReading, page: PageContext): Mention[];
  /** `explain` of a text read with `read`. */
  explanationsOf(reading: TextReading, page: PageContext): Explanation[];
  /**
   * A quick look first (one pass of a looser regex, no rules): false only when `find` finds nothing
   * in `text`, nor in any piece of it, nor with spaces put into it (a page's block read whole).
   */
  mayMatch(text: string): boolean;
}

/** A text read by `Matcher.read`: its candidates judged, with their places in the text. */
export interface TextReading {
  readonly judgement: Judgement;
  /** For each judged candidate, its place and text in the original text. */
  readonly places: readonly Mention[];
}

/**
 * A reading to keep beyond its text (lib/page/deferred-matcher.ts keeps those whose decision reads the
 * page), with every string cut from the text as a flat copy: the places' texts and the vetoes' and the
 * evidence's details. A reading as `read` gives it holds slices, and V8 keeps a slice of 13 or more
 * characters (and a string built from one) as a view into the whole text: a kept reading would keep
 * the text alive. Only what is kept is copied.
 */
export function keptReading(reading: TextReading): TextReading {
  const { judgement, places } = reading;
  if (places.length === 0) return reading;
  const judged = judgement.judged.map((j): Judged => ({
    ...j,
    veto: j.veto && { ...j.veto, detail: flatCopy(j.veto.detail) },
    local: j.local && j.local.map((e) => ({ ...e, detail: flatCopy(e.detail) })),
  }));
  return { judgement: { ...judgement, judged }, places: places.map((p) => ({ ...p, text: flatCopy(p.text) })) };
}

/** One candidate of `explain`: where, what, whether it is marked, and why. */
export interface Explanation extends Mention {
  marked: boolean;
  /** The form group that found it: `carrera#0` (the entity's first group). */
  group: string;
  reasons: string[];
}

interface SurfaceEntry {
  readonly group: CompiledGroup;
  /** Indices of the words that must start with a capital letter in the text. */
  readonly caps: readonly number[];
  readonly nominative: boolean;
  readonly properName: boolean;
  readonly official: boolean;
}

/** Compiles the lexicon once: one trie regex of all surface forms plus the rules per form. */
export function compileMatcher(lexicon: Lexicon): Matcher {
  return runToEnd(compileMatcherInSteps(lexicon));
}

/**
 * The same compile, pausing after each shared cue list, each form group and form pattern, each first letter
 * of the surface trie (surface-regex.ts) and each warm-up search, so that a page can spread it over idle
 * slices (lib/page/deferred-matcher.ts): at once it is a long task on a slow machine. With `known`, the
 * regex patterns made at build time for this lexicon (lib/matcher/known-patterns.ts) are taken, not made:
 * the surface trie's, the prefilter's and those of the cue lists every page reads.
 */
export function* compileMatcherInSteps(lexicon: Lexicon, known?: KnownPatterns): Generator<void, Matcher, void> {
  const cueSets = lexicon.cueSets;
  // Groups often share a list (@football): each distinct list is compiled once.
  const compiled = new Map<string, CueList>();
  // The known patterns are those of the lists every page reads (compiled first, up to readEverywhere):
  // a group's own lists are made where a page first needs them, and not put into marking.js.
  let knownHere = known;
  const compileOnce = (list: readonly string[] | undefined): CueList => {
    const key = cueListKey(list);
    let cueList = compiled.get(key);
    if (!cueList) compiled.set(key, (cueList = compileCues(list, cueSets, knownHere, key)));
    return cueList;
  };
  const cues = (list: string[] | undefined): CueList | null => (list?.length ? compileOnce(list) : null);
  // The shared lists are tries of hundreds of words: one step each (all of them in one step made a
  // task of 20–30 ms in a page).
  const notFirstNames = compileOnce(lexicon.notFirstNames);
  const namesakeFirstNames = compileOnce(lexicon.namesakeFirstNames);
  const prepositions = compileOnce(lexicon.prepositions);
  yield;
  const football = compileOnce(['@football']);
  yield;
  const footballWords = compileOnce(['@football', '@footballNames']);
  yield;
  const footballSpecific = compileOnce(['@footballSpecific']);
  const nicknameWords = compileOnce(['@nicknameWords']);
  yield;
  const otherTopic = compileOnce(lexicon.evidence.otherTopic);
  yield;
  const pageCues = {
    football: compileOnce(lexicon.evidence.pageFootball),
    sport: compileOnce(lexicon.evidence.pageSport),
    otherTopic: compileOnce(lexicon.evidence.pageOtherTopic),
    otherSport: compileOnce(['@otherSport']),
    namesakes: new Map(Object.entries(lexicon.evidence.namesakeAddress ?? {}).map(([id, list]) => [id as EntityId, compileOnce(list)])),
    own: new Map(Object.entries(lexicon.evidence.ownAddress ?? {}).map(([id, list]) => [id as EntityId, compileOnce(list)])),
    about: new Set(lexicon.evidence.entityInAddress ?? []),
  };
  const weights = lexicon.evidence.weights;
  // The lists above are read on every page (a block's football words, the page's cues, the words
  // around a name); the form groups' own lists only where one of the group's forms turns up.
  const readEverywhere = [...compiled.values()];
  knownHere = undefined;
  yield;

  const bySurface = new Map<string, SurfaceEntry[]>();
  const trie = new SurfaceTrie();
  for (const [entity, { groups }] of Object.entries(lexicon.entities) as [EntityId, { groups: FormGroup[] }][]) {
    for (const [index, g] of groups.entries()) {
      yield;
      const group: CompiledGroup = {
        entity,
        index,
        note: g.note,
        quoted: g.quoted ?? false,
        prevCapital: g.prevCapital ?? false,
        nextCapital: g.nextCapital ?? null,
        allowAfter: cues(g.allowAfter),
        allowBefore: cues(g.allowBefore),
        rejectBefore: cues(g.rejectBefore),
        rejectAfter: cues(g.rejectAfter),
        rejectNear: cues(g.rejectNear),
        rejectNearBare: cues(g.rejectNearBare),
        apposition: cues(g.apposition),
        substantive: g.substantive ?? false,
        dateline: g.dateline ?? false,
        nickname: g.nickname ?? false,
        teamContext: g.teamContext
          ? {
            before: cues(g.teamContext.before),
            after: cues(g.teamContext.after),
            score: g.teamContext.score ?? false,
            opponents: cues(g.teamContext.opponents),
            matchWords: cues(g.teamContext.matchWords),
            ownedNot: cues(g.teamContext.ownedNot),
            roleBefore: cues(g.teamContext.roleBefore),
            hosting: cues(g.teamContext.hosting),
            required: g.teamContext.required ?? false,
            page: g.teamContext.page ?? false,
          }
          : null,
        requireInBlock: cues(g.requireInBlock),
        sharedWith: cues(g.sharedWith),
        sharedOnPage: g.sharedOnPage ?? false,
        rejectPage: cues(g.rejectPage),
        rejectInBlock: cues(g.rejectInBlock),
        introducedBy: cues(g.introducedBy),
        requireEntity: g.requireEntity ?? null,
        needsEvidence: g.needsEvidence ?? null,
      };
      yield;
      // A form pattern per step: one with several declined words is dozens of forms.
      for (const pattern of g.forms) {
        for (const { surface, nominative, key } of surfacesOfForm(pattern, lexicon.paradigms)) {
          const words = surface.split(' ');
          const caps = words.flatMap((w, i) => (w[0] !== w[0]!.toLowerCase() ? [i] : []));
          const properName = words.length > 1 && caps.length === words.length;
          const official = words.length > 1 && OFFICIAL_SUFFIX.test(surface);
          if (!bySurface.has(key)) trie.add(key);
          const list = bySurface.get(key) ?? [];
          list.push({ group, caps, nominative, properName, official });
          bySurface.set(key, list);
        }
        yield;
      }
    }
  }
  const surfaceRegExp = yield* trie.toRegExpInSteps(known);
  yield;
  const prefilter = yield* trie.toPrefilterRegExpInSteps(known);
  yield;

  const newPage = (info: PageInfo = {}) => new PageContext(info, pageCues);

  const decideOptions = { weights, football: footballWords, footballSpecific, otherTopic, nicknameWords };

  /** One text read: candidates from the surface regex, judged by decide.ts. */
  const read = (original: string, page: PageContext = newPage()): TextReading => {
    const view = makeMatchView(original);
    const text = view.text;
    const candidates: Candidate[] = [];
    const re = surfaceRegExp;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const left = leftEdge(text, view, original, start, start + m[0].length);
      // The longest form first; when its capitals do not fit (Chelsea football club), the shorter
      // forms it starts with, a word at a time (Chelsea).
      let found: { entry: SurfaceEntry; end: number; right: Edge } | null = null;
      for (let end = start + m[0].length; left !== Edge.Inside && end > start; end = lastWordEnd(text, start, end)) {
        const right = rightEdge(text, view, original, start, end);
        if (right === Edge.Inside) continue;
        const entry = bySurface.get(canonical(text.slice(start, end)))?.find((e) => capitalsFit(e, original, view, start, end));
        if (entry) {
          found = { entry, end, right };
          break;
        }
      }
      if (found) {
        const { entry, end, right } = found;
        const joined = left === Edge.Joined || right === Edge.Joined;
        candidates.push({ start, end, group: entry.group, nominative: entry.nominative, properName: entry.properName, official: entry.official, joined });
        re.lastIndex = end;
      } else re.lastIndex = start + 1;
    }
    if (candidates.length === 0) return NOTHING_READ;
    const ctx = { view, original, candidates, notFirstNames, namesakeFirstNames, prepositions, football, footballSpecific, blockCues: new Map(), cueHits: new Map(), sentences: new Map() };
    const judgement = judge(ctx, decideOptions, page);
    const places = judgement.judged.map(({ candidate: c }): Mention => {
      const [start, end] = originalSpan(view, original, c.start, c.end);
      // A slice: a reading that is kept is copied (keptReading).
      return { entity: c.group.entity, start, end, text: original.slice(start, end) };
    });
    return { judgement, places };
  };

  const decideReading = (reading: TextReading, page: PageContext, explain: boolean): Decision[] =>
    reading.judgement.judged.length === 0 ? [] : decidePage(reading.judgement, page, weights, explain);

  const mentionsOf = (reading: TextReading, page: PageContext): Mention[] => {
    const mentions: Mention[] = [];
    for (const d of decideReading(reading, page, false)) if (d.marked) mentions.push({ ...reading.places[d.index]! });
    return mentions;
  };

  const explanationsOf = (reading: TextReading, page: PageContext): Explanation[] => {
    return decideReading(reading, page, true).map((d) => {
      const g = d.candidate.group;
      return { ...reading.places[d.index]!, marked: d.marked, group: `${g.entity}#${g.index}`, reasons: reasonsOf(d) };
    });
  };

  const matcher: Matcher = {
    find(original: string, page: PageContext = newPage()): Mention[] {
      return mentionsOf(read(original, page), page);
    },
    explain(original: string, page: PageContext = newPage()): Explanation[] {
      return explanationsOf(read(original, page), page);
    },
    read,
    mentionsOf,
    explanationsOf,
    newPage,
    // Invisible characters inside a word are dropped before matching (normalise.ts): such a text is
    // given to `find` as it is.
    mayMatch: (text: string): boolean => mayName(text, prefilter),
  };
  // A regex is compiled to bytecode at its first search, and a function when it first runs: the first
  // search of each list every page reads is a step, then the surface regex's, then the first find
  // (the rules' code), so that neither a compile step nor the page's first scan step pays for them
  // all. A form group's own lists (two thirds of them; a page with hundreds of names reads about a
  // fifth) are made when a candidate of the group first needs them: warming them all here was a third
  // of the compile on a news page, for lists it never read.
  for (const list of readEverywhere) {
    findCue(WARM_UP_TEXT, list);
    yield;
  }
  surfaceRegExp.lastIndex = 0;
  surfaceRegExp.exec(WARM_UP_TEXT);
  yield;
  makeMatchView(WARM_UP_TEXT);
  yield;
  // The rules' code, a part at a time: a name that needs no context, one that needs evidence, then all.
  for (const text of WARM_UP_STEPS) {
    matcher.find(text);
    yield;
  }
  matcher.mayMatch(WARM_UP_TEXT);
  return matcher;
}

function reasonsOf(d: Decision): string[] {
  if (d.veto) return [`rule ${d.veto.rule}: ${d.veto.detail}`];
  if (!d.evidence) return ['its form needs no context, and no rule of its group stands against it'];
  const needed = d.candidate.group.needsEvidence;
  return [
    ...d.evidence.map((e) => `${e.weight > 0 ? '+' : ''}${e.weight} ${e.feature}: ${e.detail}`),
    `evidence ${d.score} ${d.marked ? '≥' : '<'} ${needed} needed`,
  ];
}

/** A text without candidates. */
const NOTHING_READ: TextReading = { judgement: { judged: [], notes: [], readsPage: false }, places: [] };


const WARM_UP_TEXT = 'Массимо Каррера и «Спартак» (Москва); Juventus.';
const WARM_UP_STEPS = ['Массимо Каррера.', 'Тренер Конте.', WARM_UP_TEXT];

/** Prefixes that may be joined to a name by a hyphen: экс-«Спартак», ex-Juventus. */
const HYPHEN_PREFIXES = new Set(['экс', 'ex', 'анти', 'anti', 'пост', 'post']);

const enum Edge {
  /** The form is part of a longer word: not a candidate. */
  Inside,
  /** A word starts or ends here. */
  Free,
  /** Joined by a hyphen to another capitalised name (Genoa-Bologna, Германия-Италия, Гонсалес-Каррера). */
  Joined,
}

/**
 * The form's left edge: no letter or digit before it; or a hyphen after one of the prefixes above
 * (экс-«Спартак»), after a capitalised name (a fixture, a double surname: the rules decide), in a
 * fixture with its score (Porto-Spartak 1-0), or after a lower-case word before a capitalised form
 * (l'era-Conte; not all-Italy); else it is inside a word (Гонсалес-каррера, спартаковцы).
 */
function leftEdge(text: string, view: MatchView, original: string, start: number, end: number): Edge {
  if (start === 0) return Edge.Free;
  const before = text[start - 1];
  if (isWordChar(before)) return Edge.Inside;
  if (!isHyphen(before) || !isWordChar(text[start - 2])) return Edge.Free;
  let i = start - 2;
  while (i >= 0 && isWordChar(text[i])) i--;
  if (HYPHEN_PREFIXES.has(text.slice(i + 1, start - 1))) return Edge.Free;
  if (fixtureAround(text, start, end) || startsUpper(original, view, i + 1)) return Edge.Joined;
  // A lower-case word joined to a capitalised name, as writers join them (l'era-Conte, la gestione-Motta,
  // pro-Conte): the name is a word of its own; not in an "all-Italy final", which is Italy's clubs'.
  return startsUpper(original, view, start) && text.slice(i + 1, start - 1) !== 'all' ? Edge.Free : Edge.Inside;
}

/**
 * The form's right edge: no letter or digit after it (also of a script the regex does not list);
 * or a hyphen before a capitalised name or a fixture's score (Genoa-Bologna 0-1); not before a
 * digit or a lower-case word (Спартак-2, Chelsea-based).
 */
function rightEdge(text: string, view: MatchView, original: string, start: number, end: number): Edge {
  if (endsWord(text, end)) return Edge.Free;
  if (isWordChar(text[end])) return Edge.Inside;
  return fixtureFollows(text, end) || (startsUpper(original, view, end + 1) && startsUpper(original, view, start)) ? Edge.Joined : Edge.Inside;
}

/** The end of the span's last word but one (where a shorter form would end), or `start` if there is none. */
function lastWordEnd(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && !isSpace(text[i])) i--;
  while (i > start && isSpace(text[i - 1])) i--;
  return i;
}

function startsUpper(original: string, view: MatchView, index: number): boolean {
  const ch = original[originalIndex(view, index)];
  return ch !== undefined && ch !== ch.toLowerCase();
}

function capitalsFit(entry: SurfaceEntry, original: string, view: ReturnType<typeof makeMatchView>, start: number, end: number): boolean {
  if (entry.caps.length === 0) return true;
  // A tag is written in lower case: its first word's capitals are not asked for (a tag has no space,
  // so the words after one are not the tag's).
  const tag = isHashtag(view.text, start);
  let word = 0;
  for (let i = start; i < end; i++) {
    const wordStart = i === start || isSpace(view.text[i - 1]);
    if (!wordStart || isSpace(view.text[i])) continue;
    if (entry.caps.includes(word) && !(tag && word === 0)) {
      const ch = original[originalIndex(view, i)]!;
      if (ch === ch.toLowerCase()) return false;
    }
    word++;
  }
  return true;
}

/** The last word of a club's official name: what kind of club it is (FC, CFC, Football Club, F.C.), with the founding year the name may carry (Genoa CFC 1893). */
const OFFICIAL_SUFFIX = /\s(?:F\.?C\.?|C\.?F\.?C\.?|Club)(?:\s+\d{4})?$/;
