import type { EntityId } from '../knowledge/entity-ids';
import { acceptCandidate, type Candidate, type CompiledGroup } from './context';
import { canonical, endsWord, isHyphen, isSpace } from './chars';
import { compileCues, type CueList, isWordChar, normaliseCue } from './cues';
import { expandForm } from './forms';
import type { FormGroup, Lexicon } from './lexicon';
import { makeMatchView, originalIndex, originalSpan } from './normalise';
import { SurfaceTrie } from './surface-regex';

export interface Mention {
  entity: EntityId;
  /** UTF-16 offsets into the text given to `find`; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface Matcher {
  /** The mentions of one text block, sorted by start, non-overlapping. */
  find(text: string): Mention[];
}

interface SurfaceEntry {
  readonly group: CompiledGroup;
  /** Indices of the words that must start with a capital letter in the text. */
  readonly caps: readonly number[];
}

/** Compiles the lexicon once: one trie regex of all surface forms plus the rules per form. */
export function compileMatcher(lexicon: Lexicon): Matcher {
  return runToEnd(compileMatcherInSteps(lexicon));
}

/** Runs a compile in steps to its end, at once (Node, tests, the CLI). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same compile, pausing after the cues, after each form group, before and after making the
 * surface regex, so that a page can spread it over idle slices (lib/page/deferred-matcher.ts): at once it
 * is a long task on a slow machine.
 */
export function* compileMatcherInSteps(lexicon: Lexicon): Generator<void, Matcher, void> {
  const cueSets = lexicon.cueSets;
  // Groups often share a list (@football): each distinct list is compiled once.
  const compiled = new Map<string, CueList>();
  const compileOnce = (list: readonly string[] | undefined): CueList => {
    const key = JSON.stringify(list ?? []);
    let cueList = compiled.get(key);
    if (!cueList) compiled.set(key, (cueList = compileCues(list, cueSets)));
    return cueList;
  };
  const cues = (list: string[] | undefined): CueList | null => (list?.length ? compileOnce(list) : null);
  const notFirstNames = compileOnce(lexicon.notFirstNames);
  const namesakeFirstNames = compileOnce(lexicon.namesakeFirstNames);
  const prepositions = compileOnce(lexicon.prepositions);
  const football = compileOnce(['@football']);
  yield;

  const bySurface = new Map<string, SurfaceEntry[]>();
  const trie = new SurfaceTrie();
  for (const [entity, { groups }] of Object.entries(lexicon.entities) as [EntityId, { groups: FormGroup[] }][]) {
    for (const g of groups) {
      yield;
      const group: CompiledGroup = {
        entity,
        quoted: g.quoted ?? false,
        prevCapital: g.prevCapital ?? false,
        nextCapital: g.nextCapital ?? null,
        allowAfter: cues(g.allowAfter),
        rejectBefore: cues(g.rejectBefore),
        rejectAfter: cues(g.rejectAfter),
        rejectNear: cues(g.rejectNear),
        requireInBlock: cues(g.requireInBlock),
        requireEntity: g.requireEntity ?? null,
      };
      for (const pattern of g.forms) {
        for (const surface of expandForm(pattern, lexicon.paradigms)) {
          const words = surface.split(' ');
          const caps = words.flatMap((w, i) => (w[0] !== w[0]!.toLowerCase() ? [i] : []));
          const key = normaliseCue(surface);
          if (!bySurface.has(key)) trie.add(key);
          const list = bySurface.get(key) ?? [];
          list.push({ group, caps });
          bySurface.set(key, list);
        }
      }
    }
  }
  yield;
  const surfaceRegExp = trie.toRegExp();
  yield;

  const matcher: Matcher = {
    find(original: string): Mention[] {
      const view = makeMatchView(original);
      const text = view.text;
      const candidates: Candidate[] = [];
      const re = surfaceRegExp;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        // endsWord: a letter of a script the regex's boundary does not list (chars.ts) may follow.
        const entry = isLeftBoundary(text, start) && endsWord(text, end)
          ? bySurface.get(canonical(m[0]))?.find((e) => capitalsFit(e, original, view, start, end))
          : undefined;
        if (entry) candidates.push({ start, end, group: entry.group });
        else re.lastIndex = start + 1;
      }
      if (candidates.length === 0) return [];

      const ctx = { view, original, candidates, notFirstNames, namesakeFirstNames, prepositions, football, blockCues: new Map() };
      const mentions: Mention[] = [];
      for (const c of candidates) {
        if (!acceptCandidate(c, ctx)) continue;
        const [start, end] = originalSpan(view, original, c.start, c.end);
        mentions.push({ entity: c.group.entity, start, end, text: original.slice(start, end) });
      }
      return mentions;
    },
  };
  // The first search compiles the regex to bytecode and runs the rules' code for the first time: a
  // step of its own, so that the page's first scan step does not pay for it on top of its text.
  matcher.find(WARM_UP_TEXT);
  return matcher;
}

const WARM_UP_TEXT = 'Массимо Каррера и «Спартак» (Москва); Juventus.';

/** Prefixes that may be joined to a name by a hyphen: экс-«Спартак», ex-Juventus. */
const HYPHEN_PREFIXES = new Set(['экс', 'ex', 'анти', 'anti', 'пост', 'post']);

/**
 * A form starts a word: no letter or digit before it, nor a word joined by a hyphen
 * (Гонсалес-Каррера is someone else), except the prefixes above.
 */
function isLeftBoundary(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text[start - 1];
  if (isWordChar(before)) return false;
  if (!isHyphen(before) || !isWordChar(text[start - 2])) return true;
  let i = start - 2;
  while (i >= 0 && isWordChar(text[i])) i--;
  return HYPHEN_PREFIXES.has(text.slice(i + 1, start - 1));
}

function capitalsFit(entry: SurfaceEntry, original: string, view: ReturnType<typeof makeMatchView>, start: number, end: number): boolean {
  if (entry.caps.length === 0) return true;
  let word = 0;
  for (let i = start; i < end; i++) {
    const wordStart = i === start || isSpace(view.text[i - 1]);
    if (!wordStart || isSpace(view.text[i])) continue;
    if (entry.caps.includes(word)) {
      const ch = original[originalIndex(view, i)]!;
      if (ch === ch.toLowerCase()) return false;
    }
    word++;
  }
  return true;
}
