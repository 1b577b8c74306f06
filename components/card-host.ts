/**
 * The card's host element, as the always-loaded content script knows it (no Preact here: the card's
 * code is loaded on the first hover, see lib/page/card-loader.ts).
 */
export const CARD_HOST_NAME = 'carrera-lens-card';

/**
 * Removes cards left open by an earlier copy of this script, which would otherwise stay on screen for
 * good: Firefox destroys an updated or reloaded add-on's content scripts without letting them clean up.
 * Called as the content script starts.
 */
export function removeLeftoverCards(doc: Document = document): void {
  for (const stale of doc.querySelectorAll(CARD_HOST_NAME)) stale.remove();
}
