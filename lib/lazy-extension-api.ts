/**
 * Build step (wxt.config.ts): webextension-polyfill, evaluated when its module is, reads
 * `chrome.runtime.id` and `browser.runtime.id` at once. In Firefox that first touch of the extension
 * API builds the script's whole API global (sub-scripts loaded, a conduit opened, the API schemas
 * parsed): 25–40 ms of the main thread on a cold content process, seen in the Gecko profiler of
 * `npm run bench`, and all of it inside the task that evaluates the content script, on every page the
 * script matches, whether or not it names anyone.
 *
 * Rewritten here, the module exports a proxy that evaluates the polyfill the first time a property of
 * `browser` is read (`browser.storage`, `browser.runtime`…), so the content script's evaluation
 * touches no API and the first touch is a task of its own (entrypoints/content). Reads that only ask
 * what kind of module this is (`__esModule`, `then`, `Symbol.toStringTag`: bundler interop, an
 * `await`) answer without evaluating it. Everything else behaves as the polyfill does.
 */
export const POLYFILL_MODULE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

const EAGER_CALL = 'factory(module);';

/** `code` with its one `needle` replaced; a file with none or several fails the build, naming the file and what changed. */
function replaceOnce(code: string, file: string, needle: string, replacement: string, expected: string): string {
  const at = code.indexOf(needle);
  if (at < 0 || code.indexOf(needle, at + 1) >= 0) {
    throw new Error(`${file}: expected one "${needle}" (${expected}): update lib/lazy-extension-api.ts for the new one`);
  }
  return code.slice(0, at) + replacement + code.slice(at + needle.length);
}

export function makePolyfillLazy(code: string, file: string): string {
  const lazy =
    // A script whose extension was reloaded or removed before its first API read (Chromium then has no
    // runtime id, and the polyfill throws) gets an empty API: `browser.runtime?.id` is undefined, so
    // WXT's context invalidates itself instead of throwing at every check.
    'var loaded; var load = function () { if (!loaded) { var holder = { exports: {} }; try { factory(holder); loaded = holder.exports; } catch (error) { loaded = {}; } } return loaded; };' +
    ' module.exports = new Proxy({}, {' +
    ' get: function (_, key) { return key === "__esModule" || key === "then" || typeof key === "symbol" ? undefined : Reflect.get(load(), key); },' +
    ' has: function (_, key) { return Reflect.has(load(), key); },' +
    ' ownKeys: function () { return Reflect.ownKeys(load()); },' +
    ' getOwnPropertyDescriptor: function (_, key) { var d = Reflect.getOwnPropertyDescriptor(load(), key); if (d) d.configurable = true; return d; } });';
  return replaceOnce(code, file, EAGER_CALL, lazy, "the polyfill's CommonJS branch, to make it lazy; webextension-polyfill changed its wrapper");
}

/**
 * WXT's content-script context names its window events after the extension's runtime id, read when its
 * classes are defined (`getUniqueEventName`, `static SCRIPT_STARTED_MESSAGE_TYPE`): that read alone
 * would evaluate the polyfill while the script is evaluated. Rewritten here to a name fixed at build
 * time, unique to this extension and the same in every copy of its script (a newer copy still stops an
 * older one, lib/injection/open-tabs.ts).
 */
export const WXT_EVENTS_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/]internal[\\/]custom-events\.mjs$/;

const RUNTIME_ID_READ = '${browser?.runtime?.id}:';

export function makeEventNamesStatic(code: string, file: string, extensionKey: string): string {
  return replaceOnce(code, file, RUNTIME_ID_READ, `${extensionKey}:`, "WXT's getUniqueEventName, to replace with a fixed name; WXT changed how it names its events");
}
