import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_MATCHES } from './lib/sites';
import { KEYBOARD_COMMAND, NEXT_MENTION_SHORTCUT } from './lib/shortcut';
import type { Plugin } from 'vite';
import { isKnowledgeDataFile, slimKnowledgeFile } from './lib/knowledge/bundle-data';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from './lib/browser-support';
import type { Lexicon } from './lib/matcher/lexicon';
import { knownPatternsOf } from './lib/matcher/known-patterns';
import { prefilterOf } from './lib/matcher/prefilter';
import { readFileSync } from 'node:fs';
import { makeEventNamesStatic, makePolyfillLazy, POLYFILL_MODULE, WXT_EVENTS_MODULE } from './lib/lazy-extension-api';

const PROFILE_BUILD = process.env.CARRERA_LENS_PROFILE_BUILD === '1';

// See README "Permissions" for why each entry is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT auto-imports what components/ exports wherever its name is used and not declared, and it takes
  // any arrow function's parameter `t` for components/i18n.ts's `t`: lib/matcher/forms.ts and
  // lib/page/text-blocks.ts imported it, and with it webextension-polyfill (~9.7 KB) into marking.js,
  // which calls no extension API. components/ import what they use from each other; nothing in lib/
  // may import components/ (docs/architecture.md).
  imports: { dirs: ['!components'] },
  // json.stringify: data modules become JSON.parse('…'), which V8 reads much faster than object literals.
  vite: () => ({
    plugins: [preact(), bundleKnowledgeData(), buildPagePrefilter(), buildKnownPatterns(), lazyExtensionApi()],
    json: { stringify: true },
    // npm run bench:profile builds unminified (readable function names in CPU profiles) into .output/profile.
    ...(PROFILE_BUILD ? { build: { minify: false } } : {}),
  }),
  ...(PROFILE_BUILD ? { outDir: '.output/profile' } : {}),
  // Fail the build when the knowledge data (assets/knowledge/*.json) does not match the article.
  hooks: {
    'build:before': async (wxt) => {
      const { assertDataValid } = await import('./lib/data-files');
      assertDataValid(wxt.config.root);
    },
  },
  // The dev runner needs a display; tests and the demo drive the browsers themselves.
  webExt: { disabled: true },
  // The sources zip is for AMO reviewers to rebuild from: no test output or README pictures.
  zip: { excludeSources: ['test-results/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: 'Carrera Lens',
    // public/_locales: the extension's own words in English, Russian and Italian, following the browser's language.
    default_locale: 'en',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'activeTab', 'scripting'],
    // Host access to the default sites (the same hosts the content script already runs on): the
    // background runs the card's code there on the first hover (entrypoints/card.ts), and, in
    // Chromium, the new content script in open tabs after an update (lib/injection/open-tabs.ts).
    // Firefox MV2: WXT lists these among `permissions`.
    host_permissions: [...DEFAULT_MATCHES],
    // "Always on this site" asks for one site at a time (Firefox MV2: WXT moves these into optional_permissions).
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Carrera Lens' },
    commands: {
      [KEYBOARD_COMMAND]: {
        suggested_key: { default: NEXT_MENTION_SHORTCUT },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: origins are optional permissions there.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'carrera-lens@example.org',
              // 140: first Firefox with the CSS Custom Highlight API and with data_collection_permissions.
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on; every API the extension
            // uses there is checked against this version (tests/unit/android-support.test.ts).
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});

/** Production bundles carry the knowledge data without the fields no runtime code reads (lib/knowledge/bundle-data.ts). */
function bundleKnowledgeData(): Plugin {
  return {
    name: 'carrera-lens-bundle-data',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!isKnowledgeDataFile(id)) return null;
      return { code: JSON.stringify(slimKnowledgeFile(id, JSON.parse(code))), map: null };
    },
  };
}

/** webextension-polyfill evaluated on first use, not when the script is, and WXT's event names fixed at build time (lib/lazy-extension-api.ts). */
function lazyExtensionApi(): Plugin {
  return {
    name: 'carrera-lens-lazy-extension-api',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // Only the modules themselves: `…browser-polyfill.js?commonjs-es-import` and the like are the bundler's wrappers of it.
      if (POLYFILL_MODULE.test(id)) return { code: makePolyfillLazy(code, id), map: null };
      if (WXT_EVENTS_MODULE.test(id)) return { code: makeEventNamesStatic(code, id, 'carrera-lens'), map: null };
      return null;
    },
  };
}

/**
 * A module replaced in the build by one function, `exported`, that makes its value once from the
 * expression `valueOf` writes from the lexicon here (the module's own version, in Node, makes the same
 * value at run time, or none: lib/matcher/bundled-patterns.ts).
 */
function fromLexicon(name: string, modulePath: string, exported: string, valueOf: (lexicon: Lexicon) => string): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    transform(_code, id) {
      if (!id.replace(/\\/g, '/').endsWith(modulePath)) return null;
      const lexicon = JSON.parse(readFileSync(new URL('./assets/knowledge/lexicon.json', import.meta.url), 'utf8')) as Lexicon;
      return { code: `let made = null;\nexport function ${exported}() {\n  made ??= ${valueOf(lexicon)};\n  return made;\n}\n`, map: null };
    },
  };
}

/**
 * The content script's quick look at a page (lib/content/page-prefilter.ts) as the regex alone, made
 * from the lexicon here: the content script carries neither the lexicon nor the compiler.
 */
function buildPagePrefilter(): Plugin {
  return fromLexicon('carrera-lens-prefilter', '/lib/content/page-prefilter.ts', 'pagePrefilter', (lexicon) => {
    const prefilter = prefilterOf(lexicon);
    return `new RegExp(${JSON.stringify(prefilter.source)}, ${JSON.stringify(prefilter.flags)})`;
  });
}

/**
 * The regex patterns every page's compile of the matcher makes (lib/matcher/known-patterns.ts), made
 * here once and put into marking.js in place of lib/matcher/bundled-patterns.ts: a few long string
 * literals, [name, pattern] pairs.
 */
function buildKnownPatterns(): Plugin {
  return fromLexicon('carrera-lens-patterns', '/lib/matcher/bundled-patterns.ts', 'bundledPatterns', (lexicon) => `new Map(${JSON.stringify([...knownPatternsOf(lexicon)])})`);
}
