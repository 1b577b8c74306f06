/**
 * A timeout that ends with the content script: cancelled when the script's signal aborts (the
 * extension was reloaded, updated or removed), and holding nothing once it has run.
 *
 * WXT's `ctx.setTimeout` adds an abort listener for each timer and never removes it, so every call
 * keeps a closure alive until the page closes. Called a few times a second (the badge count on a live
 * feed), that grew the heap by ~18 KB a minute (scripts/bench/feed-heap.ts).
 */
export function scriptTimeout(signal: AbortSignal, handler: () => void, ms: number): number {
  const cancel = () => clearTimeout(id);
  const id = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) handler();
  }, ms) as unknown as number;
  signal.addEventListener('abort', cancel, { once: true });
  return id;
}
