const reported = new Set<string>();

/**
 * Logs an exception of ours once per context, with what we were doing, and never rethrows: a bug in
 * the extension must not break the page the reader is on.
 */
export function reportError(context: string, error: unknown): void {
  if (reported.has(context)) return;
  reported.add(context);
  console.error(`[Carrera Lens] Failed while ${context}. The page is unaffected; please report this with the page address.`, error);
}
