import type { KnownPatterns } from './surface-regex';

/**
 * The regex patterns made at build time for the bundled lexicon (lib/matcher/known-patterns.ts), or
 * none. In the extension's build this module is replaced by the patterns themselves (wxt.config.ts,
 * plugin `carrera-lens-patterns`); here (Node: tests, the CLI) there are none, and the compile makes
 * every pattern itself.
 */
export function bundledPatterns(): KnownPatterns | undefined {
  return undefined;
}
