import type { CardView } from './hover-controller';
import type { TextMatcher } from './page-scanner';

/**
 * Start-up work kept off the page's load: the matcher is compiled in the scanner's first idle
 * slices, a step at a time (not while the content script starts), and the card (its code and its
 * shadow root) is made when the pointer first rests on a mention or a card is first asked for. Both
 * are the same objects afterwards; only their creation moves.
 */

/** `compile` yields between steps and returns the matcher. */
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
    mayMatch(text) {
      if (!matcher) prepare(() => false);
      return matcher!.mayMatch ? matcher!.mayMatch(text) : true;
    },
  };
}

export function deferredCardView(create: () => Promise<CardView>, onError: (error: unknown) => void): CardView & Required<Pick<CardView, 'prepare'>> {
  let view: CardView | null = null;
  let creating: Promise<void> | null = null;
  /** The card asked for while the view was being made; shown as soon as it exists. */
  let wanted: { entity: Parameters<CardView['show']>[0]; anchor: DOMRect; options: { focus: boolean } } | null = null;
  const prepare = () => {
    creating ??= create().then(
      (made) => {
        view = made;
        if (wanted) made.show(wanted.entity, wanted.anchor, wanted.options);
        wanted = null;
      },
      (error: unknown) => {
        creating = null;
        wanted = null;
        onError(error);
      },
    );
  };
  return {
    prepare,
    show(entity, anchor, options) {
      if (view) return view.show(entity, anchor, options);
      wanted = { entity, anchor, options };
      prepare();
    },
    reposition(anchor) {
      if (view) view.reposition(anchor);
      else if (wanted) wanted.anchor = anchor;
    },
    hide() {
      wanted = null;
      view?.hide();
    },
    isEventInside: (event) => view?.isEventInside(event) ?? false,
    box: () => view?.box() ?? null,
  };
}
