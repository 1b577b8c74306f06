/**
 * The content script's side of loading the card: asks for card.js once, on the first rest on a
 * mention, and takes the code it hands over. How the script is asked for is given (a runtime
 * message in the extension, anything in tests).
 */
import { CARD_HOST_NAME, CARD_MODULE_KEY, type CardModule } from './contract';

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

/**
 * Removes cards left open by an earlier copy of this script, which would otherwise stay on screen for
 * good: Firefox destroys an updated or reloaded add-on's content scripts without letting them clean up.
 */
export function removeLeftoverCards(doc: Document = document): void {
  for (const stale of doc.querySelectorAll(CARD_HOST_NAME)) stale.remove();
}
