import type { CardView } from './contract';

/**
 * The card as the content script holds it before card.js has run: its code and its shadow root are
 * made when the pointer first rests on a mention (`prepare`) or a card is first asked for; a card
 * asked for meanwhile is shown as soon as they exist.
 */
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
