/**
 * Work done in steps: a generator that yields between steps, so that a page can spread it over idle
 * slices (lib/page/deferred-matcher.ts); Node, tests and the CLI run it to its end at once.
 */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
