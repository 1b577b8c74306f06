/**
 * The content script's side of loading the card: asks for card.js once, on the first rest on a
 * mention, and takes the code it hands over. How the script is asked for is given (a runtime
 * message in the extension, anything in tests).
 */
import { forgetLoadedModule, scriptModuleLoader } from '../injection/script-module';
import { CARD_HOST_NAME, CARD_MODULE_KEY, type CardModule } from './contract';

type Globals = Record<string, unknown>;

/** Forgets a card module an earlier copy of the content script loaded into this world: this copy loads its own. */
export function forgetLoadedCard(globals: Globals = globalThis as Globals): void {
  forgetLoadedModule(CARD_MODULE_KEY, globals);
}

/** Returns a loader that asks for the card's script once (again after a failure) and resolves to its code. */
export function cardModuleLoader(requestScript: () => Promise<unknown>, globals: Globals = globalThis as Globals): () => Promise<CardModule> {
  return scriptModuleLoader<CardModule>(CARD_MODULE_KEY, 'card.js', requestScript, globals);
}

/**
 * Removes cards left open by an earlier copy of this script, which would otherwise stay on screen for
 * good: Firefox destroys an updated or reloaded add-on's content scripts without letting them clean up.
 */
export function removeLeftoverCards(doc: Document = document): void {
  for (const stale of doc.querySelectorAll(CARD_HOST_NAME)) stale.remove();
}
