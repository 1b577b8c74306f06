/** The built scripts the extension runs in pages itself (paths inside the package). */

/** The content script and its stylesheet: injected on demand, registered for added sites, re-run after an update. */
export const CONTENT_SCRIPT_JS = '/content-scripts/content.js' as const;
export const CONTENT_SCRIPT_CSS = '/content-scripts/content.css' as const;
/** The card's code (entrypoints/card.ts), run in the content script's world on the first rest on a mention. */
export const CARD_SCRIPT_JS = '/card.js' as const;
/** The scanner, the matcher and the hover (entrypoints/marking.ts), run in the content script's world when the page may name one of ours. */
export const MARKING_SCRIPT_JS = '/marking.js' as const;
