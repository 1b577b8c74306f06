import type { TextMatcher } from './page-scanner';

/**
 * The matcher, compiled in the scanner's first idle slices a step at a time instead of while the
 * content script starts. `compile` yields between steps and returns the matcher.
 */
export function deferredMatcher(compile: () => Generator<void, TextMatcher, void>): TextMatcher & Required<Pick<TextMatcher, 'prepare'>> {
  let matcher: TextMatcher | null = null;
  let steps: Generator<void, TextMatcher, void> | null = null;
  const prepare = (outOfTime: () => boolean): boolean => {
    steps ??= compile();
    while (!matcher) {
      const step = steps.next();
      if (step.done) matcher = step.value;
      else if (outOfTime()) return false;
    }
    return true;
  };
  return {
    prepare,
    find(text) {
      if (!matcher) prepare(() => false);
      return matcher!.find(text);
    },
  };
}
