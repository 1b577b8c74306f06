/**
 * marking.js: the scanner, the matcher with its lexicon, the mark painter and the hover (a marking
 * session), kept out of the content script every matching page loads. The background runs it in the
 * page's content-script world when the content script has seen that the page may name one of ours
 * (lib/content/name-gate.ts), and it hands its code over there.
 */
import { MARKING_MODULE_KEY, type MarkingModule } from '../lib/content/marking-contract';
import { MarkingSession } from '../lib/content/marking-session';

export default defineUnlistedScript(() => {
  const module: MarkingModule = { startMarking: (options) => new MarkingSession(options) };
  (globalThis as Record<string, unknown>)[MARKING_MODULE_KEY] = module;
});
