/**
 * Runs a call into the extension's APIs that may come after the extension was reloaded, updated or
 * removed while this page stayed open: then the APIs are gone (Chromium throws "Extension context
 * invalidated", WXT's storage finds no `storage`), there is nothing left to tell, and the page must hear
 * nothing of it.
 */
export function whenConnected(call: () => unknown): void {
  try {
    call();
  } catch {
    // Orphaned: the extension that ran this script is gone.
  }
}
