import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makePolyfillLazy, POLYFILL_MODULE } from '../../lib/lazy-extension-api';

const polyfillFile = createRequire(import.meta.url).resolve('webextension-polyfill');

/**
 * Evaluates the polyfill module (as rewritten for the build) in a context whose `chrome` counts every
 * read of `chrome.runtime`: in Firefox the first such read builds the script's API global, the cost the
 * rewrite moves out of the content script's evaluation.
 */
function evaluate(code: string) {
  const reads: string[] = [];
  const runtime = { id: 'carrera-lens', sendMessage: () => 'sent', lastError: undefined };
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

  it('fails the build, naming the file, when the polyfill no longer has the call it rewrites', () => {
    expect(() => makePolyfillLazy('module.exports = {};', '/x/browser-polyfill.js')).toThrow(/\/x\/browser-polyfill\.js: expected one "factory\(module\);"/);
  });
});
