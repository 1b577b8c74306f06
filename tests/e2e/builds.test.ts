import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import lexicon from '../../assets/knowledge/lexicon.json';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from '../../lib/browser-support';
import { cueListKey } from '../../lib/matcher/cues';
import { knownPatternsOf } from '../../lib/matcher/known-patterns';
import type { Lexicon } from '../../lib/matcher/lexicon';
import { DEFAULT_MATCHES } from '../../lib/sites';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, OUTPUT_DIR, REPO_ROOT, zipEntryNames } from './harness';

/**
 * What each build may ask the browser for. A new permission is a decision (README "Permissions"),
 * so adding one means adding it here too.
 */
const EXPECTED_PERMISSIONS = {
  chrome: {
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_permissions: [],
    // The default sites' hosts (where the content script runs anyway): the card's code is run there on
    // the first hover (entrypoints/card.ts), the new content script in open tabs after an update (lib/injection/open-tabs.ts).
    host_permissions: [...DEFAULT_MATCHES],
    // "Always on this site": asked for one site at a time, never at install.
    optional_host_permissions: ['*://*/*'],
  },
  // Manifest V2 keeps optional origins among optional_permissions.
  firefox: {
    // MV2 lists host access among permissions: the default sites, for the card's code (as in Chrome).
    permissions: ['storage', 'activeTab', 'scripting', ...DEFAULT_MATCHES],
    optional_permissions: ['*://*/*'],
    host_permissions: [],
    optional_host_permissions: [],
  },
} as const;

const ICON_SIZES = [16, 32, 48, 96, 128];
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  content_scripts?: { matches: string[] }[];
  icons?: Record<string, string>;
};
const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const BUILDS = [
  { target: 'chrome', dir: CHROME_BUILD_DIR, manifestVersion: 3 },
  { target: 'firefox', dir: FIREFOX_BUILD_DIR, manifestVersion: 2 },
] as const;

describe.each(BUILDS)('$target build', ({ target, dir, manifestVersion }) => {
  it(`is Manifest V${manifestVersion} with the package's name and version`, () => {
    const manifest = readManifest(dir);
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest.name).toBe('Carrera Lens');
    expect(manifest.version).toBe(pkg.version);
    expect(String(manifest.description).length).toBeGreaterThan(20);
  });

  it('keeps the matcher and its lexicon out of the content script: it carries the quick look only, and marking.js the rest', () => {
    const content = readFileSync(path.join(dir, 'content-scripts', 'content.js'), 'utf8');
    const marking = readFileSync(path.join(dir, 'marking.js'), 'utf8');
    // The lexicon's field names and the compiler's are in marking.js, not in the content script.
    for (const word of ['needsEvidence', 'paradigms', 'notFirstNames']) {
      expect(content, word).not.toContain(word);
      expect(marking, word).toContain(word);
    }
    // The quick look: the forms as one regex of the lower-cased text, «каррер…» among them.
    expect(content).toContain('карр[её]р(?:');
  });

  it('carries in marking.js the regex patterns made at build time (lib/matcher/known-patterns.ts), so a page does not make them', () => {
    const marking = readFileSync(path.join(dir, 'marking.js'), 'utf8');
    const known = knownPatternsOf(lexicon as unknown as Lexicon);
    for (const key of ['surface', 'prefilter', `${cueListKey(['@football'])} words`]) {
      const pattern = known.get(key) ?? '';
      expect(pattern.length, key).toBeGreaterThan(100);
      // As a string literal of the bundle: the escapes JSON writes.
      expect(marking.includes(JSON.stringify(pattern).slice(1, -1)), `marking.js holds the pattern known as ${key}`).toBe(true);
    }
  });

  it('evaluates its content script without reading the extension API (in Firefox the first read builds the API global: 25–40 ms), and reads it once the script goes on', async () => {
    const reads: string[] = [];
    const later: (() => void)[] = [];
    const noop = () => {};
    const events = { addEventListener: noop, removeEventListener: noop, dispatchEvent: () => true, postMessage: noop };
    const runtime = { id: 'carrera-lens-test', sendMessage: async () => undefined, onMessage: { addListener: noop, removeListener: noop } };
    const storageArea = { get: async () => ({}), set: async () => undefined };
    const chrome = {
      get runtime() {
        reads.push('runtime');
        return runtime;
      },
      storage: { sync: storageArea, onChanged: { addListener: noop, removeListener: noop } },
    };
    const page: Record<string, unknown> = {
      ...events,
      chrome,
      console: { ...console, log: noop, warn: noop, error: noop },
      setTimeout: (handler: () => void) => (later.push(handler), later.length),
      clearTimeout: noop,
      setInterval: () => 0,
      clearInterval: noop,
      location: { href: 'https://www.sports.ru/news/1.html', hostname: 'www.sports.ru' },
      document: { ...events, documentElement: {}, querySelectorAll: () => [] },
      MutationObserver: class { observe() {} disconnect() {} },
      Event: class {},
      CustomEvent: class {},
      AbortController, URL, Promise, Proxy, Reflect, TextDecoder, TextEncoder, performance,
    };
    page.window = page;
    page.globalThis = page;
    page.self = page;
    runInNewContext(readFileSync(path.join(dir, 'content-scripts', 'content.js'), 'utf8'), page);
    expect(reads).toEqual([]);
    // Its next tasks (the first reads of the API, each a task of its own, then the settings) use it.
    for (let task = 0; task < 8 && reads.length === 0; task++) {
      for (const run of later.splice(0)) run();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(reads.length).toBeGreaterThan(0);
  });

  it('keeps webextension-polyfill out of marking.js, which calls no extension API (the content script does)', () => {
    const content = readFileSync(path.join(dir, 'content-scripts', 'content.js'), 'utf8');
    const marking = readFileSync(path.join(dir, 'marking.js'), 'utf8');
    // The polyfill's own error message, in every script that bundles it.
    const polyfill = 'This script should only be loaded in a browser extension';
    expect(content).toContain(polyfill);
    expect(marking).not.toContain(polyfill);
  });

  it('asks only for the expected permissions', () => {
    const manifest = readManifest(dir);
    for (const [key, expected] of Object.entries(EXPECTED_PERMISSIONS[target])) {
      expect({ key, value: [...((manifest[key] as string[] | undefined) ?? [])].sort() }).toEqual({
        key,
        value: [...expected].sort(),
      });
    }
  });

  it('runs its content script on exactly the default sites of lib/sites.ts, https only', () => {
    const matches = (readManifest(dir).content_scripts ?? []).flatMap((script) => script.matches);
    expect([...new Set(matches)].sort()).toEqual([...DEFAULT_MATCHES].sort());
    for (const match of matches) expect(match).toMatch(/^https:\/\//);
  });

  it('ships PNG icons at every store size', () => {
    const icons = readManifest(dir).icons ?? {};
    expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    for (const size of ICON_SIZES) {
      const png = readFileSync(path.join(dir, icons[String(size)] ?? ''));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('is zipped for its store with every built file', () => {
    const zip = path.join(OUTPUT_DIR, `${pkg.name}-${pkg.version}-${target}.zip`);
    expect(existsSync(zip), `${zip} is missing: run \`npm run zip\``).toBe(true);
    expect(zipEntryNames(zip).filter((name) => !name.endsWith('/')).sort()).toEqual(filesUnder(dir).sort());
  });
});

describe('Firefox build on Firefox for Android', () => {
  type Support = { version_added: string | boolean | null };
  const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as {
    webextensions: { manifest: Record<string, Record<string, { __compat?: { support: Record<string, Support | Support[]> } }> & { __compat?: { support: Record<string, Support | Support[]> } }> };
  };
  const added = (entry: { __compat?: { support: Record<string, Support | Support[]> } } | undefined, browser: string): number => {
    const raw = entry?.__compat?.support[browser];
    const first = Array.isArray(raw) ? raw[0] : raw;
    const version = first?.version_added;
    return version === true ? 0 : typeof version === 'string' ? parseFloat(version.replace(/^≤/, '')) : Number.POSITIVE_INFINITY;
  };
  /** Manifest keys Firefox for Android ignores, and why that is fine (README "Firefox for Android"). */
  const IGNORED_ON_ANDROID: Record<string, string> = {
    commands: 'no keyboard shortcuts on Android; the card opens on a tap, and the background does not call commands there',
  };

  it('declares the minimums of lib/browser-support.ts, and every manifest key and permission exists there (commands excepted)', () => {
    const manifest = readManifest(FIREFOX_BUILD_DIR) as Manifest & {
      permissions: string[];
      browser_specific_settings: { gecko: { strict_min_version: string }; gecko_android: { strict_min_version: string } };
    };
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe(FIREFOX_ANDROID_MIN_VERSION);
    const android = parseFloat(FIREFOX_ANDROID_MIN_VERSION);
    const keys = bcd.webextensions.manifest;
    const missing: string[] = [];
    for (const key of Object.keys(manifest).filter((k) => k !== 'manifest_version')) {
      const version = added(keys[key], 'firefox_android');
      if (version > android && !(key in IGNORED_ON_ANDROID)) missing.push(`${key} (${version})`);
      if (key in IGNORED_ON_ANDROID) expect(version, `${key} is listed as ignored on Android but is supported there now`).toBe(Number.POSITIVE_INFINITY);
    }
    for (const permission of manifest.permissions.filter((p) => !p.includes('://'))) {
      const version = added(keys.permissions![permission], 'firefox_android');
      if (version > android) missing.push(`permission ${permission} (${version})`);
    }
    // The reason for 142: Firefox for Android reads data_collection_permissions from then on.
    const gecko = keys.browser_specific_settings!.gecko as unknown as Record<string, { __compat?: { support: Record<string, Support | Support[]> } }>;
    expect(added(gecko.data_collection_permissions, 'firefox_android')).toBeLessThanOrEqual(android);
    expect(missing).toEqual([]);
  });
});

describe('Firefox sources zip (asked for by addons.mozilla.org reviewers)', () => {
  it('holds what a reviewer needs to rebuild, and no build output or dependencies', () => {
    const entries = zipEntryNames(path.join(OUTPUT_DIR, `${pkg.name}-${pkg.version}-sources.zip`));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/content/index.ts']) {
      expect(entries).toContain(needed);
    }
    expect(entries.filter((name) => /^(node_modules|\.output|test-results)\//.test(name))).toEqual([]);
  });
});

interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
}

describe('web-ext lint of the Firefox build', () => {
  it('reports no errors, and every warning is explained in the README', () => {
    const webExt = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');
    let output: string;
    try {
      output = execFileSync(webExt, ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-config-discovery'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[] };
    const describeMessage = (m: LintMessage) => `${m.code} (${m.file ?? 'package'}): ${m.description || m.message}`;
    for (const warning of report.warnings) console.warn(`web-ext lint warning: ${describeMessage(warning)}`);

    expect(report.errors.map(describeMessage)).toEqual([]);
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const knownSection = readme.split(/^## Known web-ext lint warnings$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(report.warnings.map((w) => w.code).filter((code) => !knownSection.includes(code))).toEqual([]);
  });

  it('keeps the reason given for UNSAFE_VAR_ASSIGNMENT true: no source of ours writes HTML', () => {
    const sources = ['entrypoints', 'components', 'lib'].flatMap((dir) =>
      filesUnder(path.join(REPO_ROOT, dir), `${dir}/`).filter((file) => /\.(ts|tsx)$/.test(file)),
    );
    const writesHtml = sources.filter((file) =>
      /dangerouslySetInnerHTML|\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.test(
        readFileSync(path.join(REPO_ROOT, file), 'utf8'),
      ),
    );
    expect(writesHtml).toEqual([]);
  });
});
