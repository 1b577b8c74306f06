/**
 * card.js: the card's code (Preact, the card components and the facts), kept out of the content
 * script every matching page loads. The background runs it in the page's content-script world when
 * the pointer first rests on a mention (lib/card/loader.ts), and it hands its code over there.
 */
import { CARD_MODULE_KEY, type CardModule } from '../lib/card/contract';
import { createCardLayer } from '../lib/card/layer';

export default defineUnlistedScript(() => {
  const module: CardModule = { createCardLayer };
  (globalThis as Record<string, unknown>)[CARD_MODULE_KEY] = module;
});
