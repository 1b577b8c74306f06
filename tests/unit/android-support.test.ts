import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from '../../lib/browser-support';
import { drawableMarkStyle, FIREFOX_HIGHLIGHT_DECORATION_VERSION } from '../../lib/page/highlight-support';

/**
 * Every API the extension uses in Firefox, checked against the oldest versions the Firefox build declares
 * (desktop 140, Android 142), in MDN's browser-compat-data (@mdn/browser-compat-data, the data behind MDN's
 * compatibility tables and addons-linter; the version in node_modules is printed by the first test).
 * What Firefox for Android lacks is listed with where the extension fails soft; the list is checked
 * both ways, so it stays true when the code or the data changes. README "Firefox for Android".
 */
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as Record<string, unknown> & {
  __meta: { version: string };
};

type Browser = 'firefox' | 'firefox_android';
interface Statement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  partial_implementation?: boolean;
  prefix?: string;
  alternative_name?: string;
  flags?: unknown[];
  notes?: string | string[];
}

const MIN: Record<Browser, number> = {
  firefox: parseFloat(FIREFOX_MIN_VERSION),
  firefox_android: parseFloat(FIREFOX_ANDROID_MIN_VERSION),
};

function compat(path: string): Record<string, Statement | Statement[]> {
  let node: unknown = bcd;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  const support = (node as { __compat?: { support: Record<string, Statement | Statement[]> } } | undefined)?.__compat?.support;
  if (!support) throw new Error(`browser-compat-data has no entry ${path}`);
  return support;
}

const versionOf = (value: string | boolean | null | undefined): number =>
  value === true ? 0 : typeof value === 'string' ? parseFloat(value.replace(/^≤/, '')) : Number.POSITIVE_INFINITY;

/** How `path` is supported in `browser` at `version`: not, partly (with the notes) or fully. */
function supportAt(path: string, browser: Browser, version: number): { level: 'none' | 'partial' | 'full'; notes: string[] } {
  const raw = compat(path)[browser];
  const statements = (Array.isArray(raw) ? raw : [raw]).filter(
    (s): s is Statement => !!s && !s.prefix && !s.alternative_name && !s.flags,
  );
  const current = statements.find(
    (s) => versionOf(s.version_added) <= version && (s.version_removed == null || s.version_removed === false || versionOf(s.version_removed) > version),
  );
  if (!current) return { level: 'none', notes: [] };
  const notes = current.notes === undefined ? [] : Array.isArray(current.notes) ? current.notes : [current.notes];
  return { level: current.partial_implementation ? 'partial' : 'full', notes };
}

/** The extension APIs our code calls: `browser.<namespace>.<member>` in entrypoints/, lib/ and components/. */
function extensionApisUsed(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const dir of ['entrypoints', 'lib', 'components']) {
    for (const file of readdirSync(join(process.cwd(), dir), { recursive: true }) as string[]) {
      if (!/\.(ts|tsx)$/.test(file)) continue;
      const source = readFileSync(join(process.cwd(), dir, file), 'utf8');
      for (const match of source.matchAll(/\bbrowser\.([a-zA-Z0-9]+)\??\.([a-zA-Z]+)/g)) {
        const api = `${match[1]}.${match[2]}`;
        used.set(api, [...(used.get(api) ?? []), `${dir}/${file}`]);
      }
    }
  }
  return used;
}

/**
 * What Firefox for Android lacks of what we call, and how the extension goes on without it. Each one is
 * called through optional chaining (`browser.commands?.`), which the test checks in the sources.
 */
const ANDROID_LACKS: Record<string, string> = {
  'commands.onCommand':
    'entrypoints/background.ts: no keyboard shortcuts on Android; the background skips the command (tests/unit/background-android.test.ts) and the card opens on a tap',
};

/** The Firefox build is Manifest V2: `browser.action` is undefined there and the code uses `browserAction` (entrypoints/background.ts). */
const MV2_EQUIVALENT: Record<string, string> = { action: 'browserAction' };

/** Web platform features the content script and the card use, with where (the regex must match there). */
const WEB_FEATURES: { bcd: string; file: string; uses: RegExp; partial?: string }[] = [
  { bcd: 'api.Highlight', file: 'lib/page/marks.ts', uses: /new Highlight\(/ },
  { bcd: 'api.HighlightRegistry', file: 'lib/page/marks.ts', uses: /CSS\.highlights/ },
  {
    bcd: 'css.selectors.highlight',
    file: 'assets/marks.css',
    uses: /::highlight\(/,
    partial:
      'text-decoration is not painted before 146 (bug 1845446): lib/page/highlight-support.ts draws the underline style as the soft background there; text-shadow (before 149) is not used',
  },
  { bcd: 'api.HTMLElement.showPopover', file: 'lib/card/layer.tsx', uses: /showPopover\(/ },
  { bcd: 'css.selectors.popover-open', file: 'lib/card/layer.tsx', uses: /:popover-open/ },
  { bcd: 'api.Document.caretPositionFromPoint', file: 'lib/page/hit-test.ts', uses: /caretPositionFromPoint/ },
  { bcd: 'api.Element.checkVisibility', file: 'lib/page/page-scanner.ts', uses: /checkVisibility/ },
  { bcd: 'api.AbortSignal.any_static', file: 'lib/content/marking-session.ts', uses: /AbortSignal\.any\(/ },
  { bcd: 'api.Window.requestIdleCallback', file: 'lib/page/idle-slices.ts', uses: /requestIdleCallback/ },
  { bcd: 'api.IntersectionObserver', file: 'lib/page/marks.ts', uses: /IntersectionObserver/ },
  { bcd: 'api.MutationObserver', file: 'lib/page/page-scanner.ts', uses: /MutationObserver/ },
  { bcd: 'api.Element.attachShadow', file: 'lib/card/layer.tsx', uses: /createShadowRootUi/ },
  { bcd: 'api.Event.composedPath', file: 'lib/card/layer.tsx', uses: /composedPath\(\)/ },
  { bcd: 'api.PointerEvent.pointerType', file: 'lib/page/hover-controller.ts', uses: /pointerType/ },
  { bcd: 'api.Element.pointerup_event', file: 'lib/page/hover-controller.ts', uses: /'pointerup'/ },
  { bcd: 'api.Document.fullscreenElement', file: 'lib/card/layer.tsx', uses: /fullscreenElement/ },
  { bcd: 'api.structuredClone', file: 'lib/knowledge/bundle-data.ts', uses: /structuredClone/ },
  { bcd: 'css.selectors.host', file: 'assets/card.css', uses: /:host/ },
  { bcd: 'css.properties.inset', file: 'assets/card.css', uses: /inset:/ },
  { bcd: 'css.properties.contain', file: 'assets/card.css', uses: /contain: strict/ },
  { bcd: 'css.properties.color-scheme', file: 'assets/card.css', uses: /color-scheme:/ },
  { bcd: 'css.properties.scrollbar-width', file: 'assets/card.css', uses: /scrollbar-width:/ },
  {
    bcd: 'css.properties.overscroll-behavior',
    file: 'assets/card.css',
    uses: /overscroll-behavior:/,
    partial: 'no effect on a box without scrollable overflow, where there is nothing to chain anyway',
  },
  { bcd: 'css.selectors.focus-visible', file: 'assets/card.css', uses: /:focus-visible/ },
  { bcd: 'css.at-rules.media.pointer', file: 'assets/card.css', uses: /\(pointer: coarse\)/ },
];

describe('Firefox for Android: the declared minimum against every API the extension uses', () => {
  it(`reads MDN's browser-compat-data (declared: Firefox ${FIREFOX_MIN_VERSION}, Firefox for Android ${FIREFOX_ANDROID_MIN_VERSION})`, () => {
    console.log(`@mdn/browser-compat-data ${bcd.__meta.version}`);
    expect(bcd.__meta.version).toMatch(/^\d+\.\d+/);
  });

  it('finds every extension API we call in Firefox for Android at 142, except what is listed as lacking', () => {
    const used = extensionApisUsed();
    expect(used.size).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const [api, files] of used) {
      const [namespace, member] = api.split('.') as [string, string];
      const path = `webextensions.api.${MV2_EQUIVALENT[namespace] ?? namespace}.${member}`;
      for (const browser of ['firefox', 'firefox_android'] as const) {
        const { level } = supportAt(path, browser, MIN[browser]);
        if (level === 'none' && !(browser === 'firefox_android' && api in ANDROID_LACKS)) missing.push(`${api} in ${browser} ${MIN[browser]} (${files[0]})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('calls what Android lacks only through optional chaining, and the list holds nothing Android has', () => {
    const used = extensionApisUsed();
    for (const [api, how] of Object.entries(ANDROID_LACKS)) {
      const [namespace] = api.split('.');
      expect(supportAt(`webextensions.api.${api}`, 'firefox_android', MIN.firefox_android).level, api).toBe('none');
      const files = used.get(api) ?? [];
      expect(files.length, `${api} is listed but no longer called; remove it from ANDROID_LACKS`).toBeGreaterThan(0);
      for (const file of files) {
        const source = readFileSync(join(process.cwd(), file), 'utf8');
        expect(source, `${file} must call browser.${namespace}?. (${how})`).not.toMatch(new RegExp(`browser\\.${namespace}\\.`));
      }
    }
  });

  it('has every web feature of the content script and the card at both minimums; partial ones say how they fail soft', () => {
    const problems: string[] = [];
    for (const feature of WEB_FEATURES) {
      expect(readFileSync(join(process.cwd(), feature.file), 'utf8'), `${feature.bcd} in ${feature.file}`).toMatch(feature.uses);
      for (const browser of ['firefox', 'firefox_android'] as const) {
        const { level } = supportAt(feature.bcd, browser, MIN[browser]);
        if (level === 'none') problems.push(`${feature.bcd}: not in ${browser} ${MIN[browser]}`);
        if (level === 'partial' && !feature.partial) problems.push(`${feature.bcd}: partial in ${browser} ${MIN[browser]}, with no fail-soft given`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('draws the underline style as the background where ::highlight() cannot paint text-decoration', () => {
    const { level, notes } = supportAt('css.selectors.highlight', 'firefox_android', MIN.firefox_android);
    expect(level).toBe('partial');
    expect(notes.join(' ')).toMatch(new RegExp(`Before Firefox for Android ${FIREFOX_HIGHLIGHT_DECORATION_VERSION}, cannot be used with <code>text-decoration</code>`));
    expect(supportAt('css.selectors.highlight', 'firefox', MIN.firefox).notes.join(' ')).toMatch(
      new RegExp(`Before Firefox ${FIREFOX_HIGHLIGHT_DECORATION_VERSION}, cannot be used with <code>text-decoration</code>`),
    );
    const android = (v: number) => `Mozilla/5.0 (Android 14; Mobile; rv:${v}.0) Gecko/${v}.0 Firefox/${v}.0`;
    const desktop = (v: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
    expect(drawableMarkStyle('underline', android(142))).toBe('background');
    expect(drawableMarkStyle('underline', desktop(145))).toBe('background');
    expect(drawableMarkStyle('underline', android(146))).toBe('underline');
    expect(drawableMarkStyle('underline', desktop(153))).toBe('underline');
    expect(drawableMarkStyle('quiet', android(142))).toBe('quiet');
    const chromium = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
    expect(drawableMarkStyle('underline', chromium)).toBe('underline');
    expect(readFileSync(join(process.cwd(), 'assets/marks.css'), 'utf8')).not.toMatch(/text-shadow/);
  });
});
