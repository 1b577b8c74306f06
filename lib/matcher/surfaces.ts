import type { EntityId } from '../knowledge/entity-ids';
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

/** One form group of the lexicon, with its entity, its index among the entity's groups and its surface forms. */
export interface GroupSurfaces {
  readonly entity: EntityId;
  readonly index: number;
  readonly group: FormGroup;
  /** Its forms expanded (forms.ts), made as they are read (once). */
  readonly surfaces: Iterable<Surface>;
}

/**
 * Every form group of the lexicon, in order, with its surface forms: the one place where the lexicon's
 * forms become the keys of the matcher (compile.ts) and of the prefilter the build makes (prefilter.ts),
 * so that the two cannot drift apart.
 */
export function* formGroupsOf(lexicon: Lexicon): Generator<GroupSurfaces, void, void> {
  for (const [entity, { groups }] of Object.entries(lexicon.entities) as [EntityId, { groups: FormGroup[] }][]) {
    for (const [index, group] of groups.entries()) {
      yield { entity, index, group, surfaces: surfacesOf(group.forms, lexicon.paradigms) };
    }
  }
}

/** Every key of the lexicon's surface forms, each once, in the order of the forms. */
export function* surfaceKeysOf(lexicon: Lexicon): Generator<string, void, void> {
  const seen = new Set<string>();
  for (const { surfaces } of formGroupsOf(lexicon)) {
    for (const { key } of surfaces) {
      if (!seen.has(key)) yield key;
      seen.add(key);
    }
  }
}

function* surfacesOf(forms: readonly string[], paradigms: Record<string, string[]>): Generator<Surface, void, void> {
  for (const pattern of forms) {
    for (const [surface, nominative] of expandFormWithCase(pattern, paradigms)) yield { surface, nominative, key: normaliseCue(surface) };
  }
}
