/**
 * What the two sides of the card agree on. The content script (every matching page) holds the
 * scanner and the hover controller; the card's code (Preact, the components, the facts) is card.js,
 * run in the same content-script world when the pointer first rests on a mention. Both import this
 * file and nothing else of each other.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityId, Lang } from '../knowledge';

/** The card's host element: a custom element whose shadow root holds the card. */
export const CARD_HOST_NAME = 'carrera-lens-card';

/** The global of the content-script world through which card.js hands its code over. */
export const CARD_MODULE_KEY = '__carreraLensCard';

/** What the hover controller needs of the card. */
export interface CardView {
  show(entity: EntityId, anchor: DOMRect, options: { focus: boolean }): void;
  reposition(anchor: DOMRect): void;
  hide(): void;
  /** True when the event happened over the card. */
  isEventInside(event: Event): boolean;
  /** The card's box, when shown. */
  box(): { left: number; top: number; right: number; bottom: number } | null;
  /** The pointer came to rest on a mention: a card may be asked for soon (load what it needs now). */
  prepare?(): void;
}

/** The card as card.js makes it: a CardView that also says whether it is on screen. */
export type CardLayer = CardView & { readonly open: boolean };

export interface CardLayerOptions {
  /** The card's language, asked at each show (it follows the page or the reader's setting). */
  lang: () => Lang;
  /** The card gear's actions; the gear is left out when neither is given. */
  onTurnOffSite?: () => void;
  onOpenSettings?: () => void;
}

/** What card.js hands over under CARD_MODULE_KEY. */
export interface CardModule {
  createCardLayer(ctx: ContentScriptContext, options: CardLayerOptions): Promise<CardLayer>;
}
