import { describe, expect, it } from 'vitest';
import { SurfaceTrie, trieSource } from '../../lib/matcher/surface-regex';

/** A seeded generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters whose pattern is the letter itself (no space, hyphen or е, which accept their variants),
// and a character outside the Basic Multilingual Plane (two code units, one node of the trie).
const ALPHABET = ['а', 'б', 'к', 'р', 'x', 'y', 'z', '𝔸'];

function word(next: () => number): string {
  let w = '';
  const length = 1 + Math.floor(next() * 5);
  for (let i = 0; i < length; i++) w += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return w;
}

/** The longest string of the set that `text` starts with, or null. */
function longestPrefix(set: ReadonlySet<string>, text: string): string | null {
  let best: string | null = null;
  for (const s of set) if (text.startsWith(s) && (best === null || s.length > best.length)) best = s;
  return best;
}

describe('surface trie regex', () => {
  it('matches exactly the strings it was given, the longest first, whatever their order (300 random sets)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const strings = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(next));
      // Prefixes of one another and repeats, as a lexicon's forms are (Каррер, Каррера).
      const first = [...strings[0]!];
      if (next() < 0.5) strings.push(first.slice(0, Math.max(1, first.length - 1)).join(''));
      if (next() < 0.3) strings.push(strings[0]!);
      const set = new Set(strings);
      const source = trieSource(strings)!;
      const whole = new RegExp(`^${source}$`, 'u');
      const sticky = new RegExp(source, 'uy');
      for (let probe = 0; probe < 40; probe++) {
        const text = probe < strings.length ? strings[probe]! : word(next) + (next() < 0.5 ? word(next) : '');
        expect(whole.test(text), `seed ${seed}: ${text} in ${[...set].join(',')}`).toBe(set.has(text));
        sticky.lastIndex = 0;
        expect(sticky.exec(text)?.[0] ?? null, `seed ${seed}: longest of ${[...set].join(',')} at the start of ${text}`).toBe(longestPrefix(set, text));
      }
    }
  });

  it('is made a first character at a time in steps (a page spreads them over slices), the same regex as at once', () => {
    const trie = new SurfaceTrie();
    for (const s of ['каррера', 'карреры', 'спартак', 'conte', 'chelsea', '𝔸x']) trie.add(s);
    const steps = trie.toRegExpInSteps();
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // c, к, с, 𝔸: one step each, and the pattern the trie had when it was made at once (fd72474).
    expect(yields).toBe(4);
    expect(step.value.source.startsWith('(?:(?:c(?:helsea|onte)|карр[её]р(?:а|ы)|спартак|𝔸x))(?![')).toBe(true);
    expect(step.value.exec('о Карреры'.toLowerCase())?.[0]).toBe('карреры');
  });

  it('gives no pattern for no strings, and the same pattern in any order of adding', () => {
    expect(trieSource([])).toBeNull();
    const a = new SurfaceTrie();
    const b = new SurfaceTrie();
    for (const s of ['каррера', 'карреры', 'каррер', 'спартак']) a.add(s);
    for (const s of ['спартак', 'каррер', 'карреры', 'каррера', 'спартак']) b.add(s);
    expect(a.toSource()).toBe(b.toSource());
    expect(a.toPrefilterRegExp().source).toBe(b.toPrefilterRegExp().source);
  });
});
