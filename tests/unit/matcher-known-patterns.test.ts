import { describe, expect, it } from 'vitest';
import lexiconData from '../../assets/knowledge/lexicon.json';
import { compileMatcher, compileMatcherInSteps, type Lexicon } from '../../lib/matcher';
import { cueListKey } from '../../lib/matcher/cues';
import { knownPatternsOf } from '../../lib/matcher/known-patterns';
import { runToEnd } from '../../lib/matcher/steps';
import { loadRealCorpus } from '../fixtures/real-corpus/load';

const lexicon = lexiconData as unknown as Lexicon;

describe('regex patterns made at build time (lib/matcher/known-patterns.ts, put into marking.js)', () => {
  const known = knownPatternsOf(lexicon);

  it('are the surface trie, the prefilter and the lists every page reads, not a form group\'s own lists', () => {
    expect(known.get('surface')).toContain('карр');
    expect(known.get('prefilter')).toContain('карр');
    expect(known.get(`${cueListKey(['@football'])} words`)).toBeTruthy();
    expect(known.get(`${cueListKey(lexicon.notFirstNames)} words`)).toBeTruthy();
    // Lists of the groups (here Genoa's first group's rejectNear) are made where a page first needs them.
    const groupList = lexicon.entities.genoa.groups.map((g) => g.rejectNear).find((list) => list && list.length > 0);
    expect(groupList).toBeDefined();
    expect([...known.keys()].filter((key) => key.startsWith(cueListKey(groupList)))).toEqual([]);
  });

  it('give a matcher that marks exactly what one making every pattern itself marks, on every snippet of the real corpus', () => {
    const made = compileMatcher(lexicon);
    const taken = runToEnd(compileMatcherInSteps(lexicon, new Map(known)));
    const differ: string[] = [];
    for (const snippet of loadRealCorpus()) {
      const a = JSON.stringify(made.explain(snippet.text));
      const b = JSON.stringify(taken.explain(snippet.text));
      if (a !== b) differ.push(snippet.id);
    }
    expect(differ).toEqual([]);
  });

  it('are taken as they are, not made again (a pattern known to match nothing finds nothing)', () => {
    const nothing = new Map(known);
    nothing.set('surface', '(?!)');
    const taken = runToEnd(compileMatcherInSteps(lexicon, nothing));
    expect(compileMatcher(lexicon).find('Массимо Каррера возглавил «Спартак».').length).toBe(2);
    expect(taken.find('Массимо Каррера возглавил «Спартак».')).toEqual([]);
    // The prefilter too: the quick look says no where it would have said maybe.
    nothing.set('prefilter', '(?!)');
    expect(runToEnd(compileMatcherInSteps(lexicon, nothing)).mayMatch('Массимо Каррера')).toBe(false);
  });
});
