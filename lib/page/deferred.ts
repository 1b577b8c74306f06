import type { CardView } from './hover-controller';
import type { TextMatcher } from './page-scanner';

/**
 * Start-up work kept off the page's load: the matcher is compiled in the scanner's first idle slice
 * (not while the content script starts), and the card's shadow root is made when a card is first
 * shown. Both are the same objects afterwards; only their creation moves.
 */

export function deferredMatcher(get: () => TextMatcher): TextMatcher {
  let matcher: TextMatcher | null = null;
  return {
    find: (text) => (matcher ??= get()).find(text),
  };
}

export function deferredCardView(create: () => Promise<CardView>, onError: (error: unknown) => void): CardView {
  let view: CardView | null = null;
  let creating: Promise<void> | null = null;
  /** The card asked for while the view was being made; shown as soon as it exists. */
  let wanted: { entity: Parameters<CardView['show']>[0]; anchor: DOMRect; options: { focus: boolean } } | null = null;
  return {
    show(entity, anchor, options) {
      if (view) return view.show(entity, anchor, options);
      wanted = { entity, anchor, options };
      creating ??= create().then(
        (made) => {
          view = made;
          if (wanted) made.show(wanted.entity, wanted.anchor, wanted.options);
          wanted = null;
        },
        (error: unknown) => {
          creating = null;
          onError(error);
        },
      );
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
