/**
 * Builds one global regular expression from all normalised surface forms, factored as a trie
 * (`карр(?:ер(?:а|ы|е|у|ой|ою))…`), so the engine tests one character class per position
 * instead of hundreds of alternatives. At each trie node longer continuations come before the
 * end of a form, so the longest form wins (Массимо Каррера over Каррера). The whole trie is
 * followed by one right word boundary by letters and digits (JavaScript `\b` is ASCII-only;
 * see COMMON_WORD_CLASS in chars.ts for why the class is written out), which also rejects a hyphen joined to a word (Спартак-2, Спартак-Алания); when
 * it fails, backtracking tries the shorter forms (Chelsea in "Chelsea FCB"). One boundary for
 * the whole pattern instead of one per form keeps V8's compile of the regex fast.
 * Spaces, hyphens and е accept their variants (chars.ts).
 */
import { patternChar, SURFACE_RIGHT_BOUNDARY } from './chars';


interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

export function buildSurfaceRegExp(surfaces: Iterable<string>): RegExp {
  const trie = new SurfaceTrie();
  for (const surface of surfaces) trie.add(surface);
  return trie.toRegExp();
}

/** The trie, filled a form at a time (so that a compile in steps spreads the work), then emitted once. */
export class SurfaceTrie {
  private readonly root: TrieNode = { children: new Map(), terminal: false };

  add(surface: string): void {
    let node = this.root;
    for (const ch of surface) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), terminal: false }));
      node = next;
    }
    node.terminal = true;
  }

  toRegExp(): RegExp {
    return new RegExp(`(?:${emit(this.root)})${SURFACE_RIGHT_BOUNDARY}`, 'gu');
  }

  /** The trie as a regex source (no boundary), or null when it is empty. */
  toSource(): string | null {
    return this.root.children.size === 0 && !this.root.terminal ? null : `(?:${emit(this.root)})`;
  }
}

/** Regex source matching any of the strings, factored as a trie; null for none. */
export function trieSource(strings: Iterable<string>): string | null {
  const trie = new SurfaceTrie();
  for (const s of strings) trie.add(s);
  return trie.toSource();
}

function emit(node: TrieNode): string {
  const alternatives: string[] = [];
  for (const [ch, child] of node.children) alternatives.push(patternChar(ch) + emit(child));
  if (node.terminal) alternatives.push('');
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}
