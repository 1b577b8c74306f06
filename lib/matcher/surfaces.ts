import { normaliseCue } from './cues';
import { expandFormWithCase } from './forms';
import type { FormGroup, Lexicon } from './lexicon';

/** One surface form of a form group: as the lexicon spells it, whether it is a nominative, and its key. */
export interface Surface {
  readonly surface: string;
  readonly nominative: boolean;
  /** The form as the matcher looks for it (normaliseCue): what the surface regex and the prefilter are made of. */
  readonly key: string;
}

/**
 * The surface forms of a form group, its form patterns expanded (forms.ts), with their keys: the one
 * place where the lexicon's forms become the keys of the matcher (compile.ts) and of the prefilter the
 * build makes (prefilter.ts, through surfaceKeysOf), so that the two cannot drift apart.
 */
export function* surfacesOf(group: FormGroup, paradigms: Lexicon['paradigms']): Generator<Surface, void, void> {
  for (const pattern of group.forms) yield* surfacesOfForm(pattern, paradigms);
}

/** The surface forms of one form pattern of a group (surfacesOf, a pattern at a time). */
export function* surfacesOfForm(pattern: string, paradigms: Lexicon['paradigms']): Generator<Surface, void, void> {
  for (const [surface, nominative] of expandFormWithCase(pattern, paradigms)) yield { surface, nominative, key: normaliseCue(surface) };
}

/** Every key of the lexicon's surface forms (surfacesOf of every group), each once, in the order of the forms. */
export function* surfaceKeysOf(lexicon: Lexicon): Generator<string, void, void> {
  const seen = new Set<string>();
  for (const { groups } of Object.values(lexicon.entities)) {
    for (const group of groups) {
      for (const { key } of surfacesOf(group, lexicon.paradigms)) {
        if (!seen.has(key)) yield key;
        seen.add(key);
      }
    }
  }
}
