import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeEventNamesStatic, makePolyfillLazy, POLYFILL_MODULE, WXT_EVENTS_MODULE } from '../../lib/lazy-extension-api';

const polyfillFile = createRequire(import.meta.url).resolve('webextension-polyfill');

/**
 * Evaluates the polyfill module (as rewritten for the build) in a context whose `chrome` counts every
 * read of `chrome.runtime`: in Firefox the first such read builds the script's API global, the cost the
 * rewrite moves out of the content script's evaluation.
 */
function evaluate(code: string, runtimeId: string | null = 'carrera-lens') {
  const reads: string[] = [];
  const runtime = { id: runtimeId ?? undefined, sendMessage: () => 'sent', lastError: undefined };
  const chrome = {
    get runtime() {
      reads.push('chrome.runtime');
      return runtime;
    },
    storage: { sync: { get: () => 'stored' } },
  };
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(code, { module, exports: module.exports, chrome, globalThis: { chrome }, Proxy, Reflect, Object, WeakMap, Promise, Error, Symbol });
  return { api: module.exports, reads };
}

describe('webextension-polyfill made lazy (lib/lazy-extension-api.ts)', () => {
  const original = readFileSync(polyfillFile, 'utf8');

  it('finds the installed polyfill by its path', () => {
    expect(POLYFILL_MODULE.test(polyfillFile)).toBe(true);
  });

  it('touches no extension API when the module is evaluated (the eager module does)', () => {
    expect(evaluate(original).reads.length).toBeGreaterThan(0);
    const { reads } = evaluate(makePolyfillLazy(original, polyfillFile));
    expect(reads).toEqual([]);
  });

  it('answers bundler interop and await checks without evaluating the polyfill', () => {
    const { api, reads } = evaluate(makePolyfillLazy(original, polyfillFile));
    expect((api as { __esModule?: unknown }).__esModule).toBeUndefined();
    expect((api as { then?: unknown }).then).toBeUndefined();
    expect(String(Object.prototype.toString.call(api))).toBe('[object Object]');
    expect(reads).toEqual([]);
  });

  it('evaluates the polyfill on the first read of an API and then behaves as it does', () => {
    const { api, reads } = evaluate(makePolyfillLazy(original, polyfillFile));
    const storage = (api as { storage: { sync: { get: unknown } } }).storage;
    expect(reads.length).toBeGreaterThan(0);
    expect(typeof storage.sync.get).toBe('function');
    const before = reads.length;
    expect('runtime' in api).toBe(true);
    expect(reads.length).toBe(before);
  });

  it('gives a script whose extension went away before its first API read an empty API, so WXT\'s context sees no runtime id instead of an error at every check', () => {
    const { api } = evaluate(makePolyfillLazy(original, polyfillFile), null);
    expect(() => (api as { runtime?: { id?: string } }).runtime?.id).not.toThrow();
    expect((api as { runtime?: unknown }).runtime).toBeUndefined();
  });

  it('fails the build, naming the file, when the polyfill no longer has the call it rewrites', () => {
    expect(() => makePolyfillLazy('module.exports = {};', '/x/browser-polyfill.js')).toThrow(/\/x\/browser-polyfill\.js: expected one "factory\(module\);"/);
  });
});

describe('WXT\'s event names fixed at build time (lib/lazy-extension-api.ts)', () => {
  // Not an export of the package: found beside its entry point.
  const wxtEvents = createRequire(import.meta.url).resolve('wxt').replace(/[\\/]dist[\\/].*$/, '/dist/utils/internal/custom-events.mjs');

  it('names WXT\'s window events without reading the runtime id, the same in every copy of the script', () => {
    expect(WXT_EVENTS_MODULE.test(wxtEvents)).toBe(true);
    const code = readFileSync(wxtEvents, 'utf8');
    expect(code).toContain('browser?.runtime?.id');
    const fixed = makeEventNamesStatic(code, wxtEvents, 'carrera-lens');
    expect(fixed).not.toContain('runtime');
    expect(fixed).toContain('`carrera-lens:${import.meta.env.ENTRYPOINT}:${eventName}`');
  });

  it('fails the build, naming the file, when WXT no longer reads the id where it is replaced', () => {
    expect(() => makeEventNamesStatic('export {}', '/x/custom-events.mjs', 'carrera-lens')).toThrow(/\/x\/custom-events\.mjs: expected one/);
  });
});
