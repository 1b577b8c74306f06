import type { Matcher, PageContext, PageInfo } from '../matcher';
import type { TextMatcher } from './page-scanner';

/**
 * The matcher for one page, compiled in the scanner's first idle slices a step at a time instead
 * of while the content script starts. `compile` yields between steps and returns the matcher;
 * `page` says where the page is (its address and title: the decision's prior), read once it is
 * compiled. Every block is decided with what the page has said so far (lib/matcher/page-context.ts).
 */
export function deferredMatcher(
  compile: () => Generator<void, Matcher, void>,
  page: () => PageInfo = () => ({}),
): TextMatcher & Required<Pick<TextMatcher, 'prepare' | 'pageVersion' | 'consultedPage' | 'pageChangesSince' | 'forget'>> {
  let matcher: Matcher | null = null;
  let context: PageContext | null = null;
  let steps: Generator<void, Matcher, void> | null = null;
  let consulted = 0;
  const prepare = (outOfTime: () => boolean): boolean => {
    steps ??= compile();
    while (!matcher) {
      const step = steps.next();
      if (step.done) {
        matcher = step.value;
        context = matcher.newPage(page());
      } else if (outOfTime()) return false;
    }
    return true;
  };
  return {
    prepare,
    find(text, block) {
      if (!matcher) prepare(() => false);
      context!.readingFrom(block ?? null);
      try {
        return matcher!.find(text, context!);
      } finally {
        context!.readingFrom(null);
        consulted = context!.takeConsulted();
      }
    },
    mayMatch(text) {
      if (!matcher) prepare(() => false);
      return matcher!.mayMatch(text);
    },
    pageVersion: () => context?.version ?? 0,
    consultedPage: () => consulted,
    pageChangesSince: (version) => context?.changedSince(version) ?? 0,
    forget: (gone) => context?.withdraw(gone as object | ((source: object) => boolean)),
  };
}
