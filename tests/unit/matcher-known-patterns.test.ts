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
    const { evidence } = lexicon;
    const everyPage = [
      lexicon.notFirstNames, lexicon.namesakeFirstNames, lexicon.prepositions, ['@football'], ['@football', '@footballNames'],
      ['@footballSpecific'], ['@nicknameWords'], evidence.otherTopic, evidence.pageFootball, evidence.pageSport,
      evidence.pageOtherTopic, ['@otherSport'], ...Object.values(evidence.namesakeAddress ?? {}), ...Object.values(evidence.ownAddress ?? {}),
    ];
    const lists = new Set([...known.keys()].filter((key) => key !== 'surface' && key !== 'prefilter').map((key) => key.replace(/ (words|prefixes)$/, '')));
    expect([...lists].sort()).toEqual([...new Set(everyPage.map((list) => cueListKey(list)))].sort());
    expect(known.get('surface')).toContain('карр');
    expect(known.get('prefilter')).toContain('карр');
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
    // And a cue list's: with no football word found, a bare surname needing that evidence is not marked.
    const noFootball = new Map(known);
    for (const part of ['words', 'prefixes']) noFootball.set(`${cueListKey(['@football', '@footballNames'])} ${part}`, '(?!)');
    expect(compileMatcher(lexicon).find('Конте забил гол в матче.').length).toBe(1);
    expect(runToEnd(compileMatcherInSteps(lexicon, noFootball)).find('Конте забил гол в матче.')).toEqual([]);
  });
});
