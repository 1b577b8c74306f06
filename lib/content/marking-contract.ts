/**
 * What the content script and marking.js agree on. The content script (every matching page) holds the
 * settings, the messages and a quick look at the page's text (lib/content/name-gate.ts); marking.js
 * (the scanner, the matcher, the hover: lib/content/marking-session.ts) is run in the same
 * content-script world when the page may name one of ours. Both import this file.
 */
import type { MarkingSession, MarkingSessionOptions } from './marking-session';

/** The global of the content-script world through which marking.js hands its code over. */
export const MARKING_MODULE_KEY = '__carreraLensMarking';

/** What marking.js hands over under MARKING_MODULE_KEY. */
export interface MarkingModule {
  startMarking(options: MarkingSessionOptions): MarkingSession;
}
