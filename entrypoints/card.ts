/**
 * The card's code (Preact, the card components and the facts), kept out of the content script that
 * every matching page loads: the background runs this file in the page's content-script world when
 * the pointer first rests on a mention (lib/page/card-loader.ts), and it hands its code over there.
 */
import { createCardLayer } from '../components/card-layer';
import type { CardModule } from '../lib/page/card-loader';
import { CARD_MODULE_KEY } from '../lib/messages';

export default defineUnlistedScript(() => {
  const module: CardModule = { createCardLayer };
  (globalThis as Record<string, unknown>)[CARD_MODULE_KEY] = module;
});
