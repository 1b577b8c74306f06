import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where each property test writes how many random cases it ran (git-ignored test output). */
export const PROPERTY_RUNS_DIR = path.resolve(import.meta.dirname, '../../test-results/property-runs');

/**
 * Records the number of random cases a property actually ran (counted inside the predicate, so it
 * is the real number, not the configured one), prints it, and writes it to
 * test-results/property-runs/<name>.json for the closing note.
 */
export function recordRuns(name: string, runs: number): void {
  mkdirSync(PROPERTY_RUNS_DIR, { recursive: true });
  writeFileSync(path.join(PROPERTY_RUNS_DIR, `${name}.json`), `${JSON.stringify({ name, runs })}\n`);
  console.log(`[property] ${name}: ${runs} random cases`);
}

/** Counts the calls of a property's predicate. */
export function runCounter(): { count: number; tick(): void } {
  return {
    count: 0,
    tick() {
      this.count++;
    },
  };
}
