/**
 * Loads the card's code on demand. The content script every page gets holds the scanner and the
 * marks only; the card (Preact, its components, the facts) is a script of its own (entrypoints/card.ts)
 * that the background runs in the same content-script world when the pointer first rests on a
 * mention, which leaves it a whole dwell (300 ms) to arrive. Pure plumbing: how the script is asked
 * for is given (a runtime message in the extension, anything in tests).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardLayerOptions } from '../../components/card-layer';
import { CARD_MODULE_KEY } from '../messages';
import type { CardView } from './hover-controller';

/** What the card's script hands over. */
export interface CardModule {
  createCardLayer(ctx: ContentScriptContext, options: CardLayerOptions): Promise<CardView & { readonly open: boolean }>;
}

type Globals = Record<string, unknown>;

/**
 * Forgets a card module an earlier copy of the content script loaded into this world (an update or
 * reload keeps the world): this copy loads the card that belongs with it.
 */
export function forgetLoadedCard(globals: Globals = globalThis as Globals): void {
  delete globals[CARD_MODULE_KEY];
}

/** Returns a loader that asks for the card's script once (again after a failure) and resolves to its code. */
export function cardModuleLoader(requestScript: () => Promise<unknown>, globals: Globals = globalThis as Globals): () => Promise<CardModule> {
  let loading: Promise<CardModule> | null = null;
  const loaded = () => globals[CARD_MODULE_KEY] as CardModule | undefined;
  return () => {
    loading ??= (async () => {
      if (!loaded()) await requestScript();
      const module = loaded();
      if (!module) {
        throw new Error('The card script ran but did not hand over its code (card.js missing from the build?). Rebuild the extension, then reload the page.');
      }
      return module;
    })().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
