/**
 * Sizes of the built extension: every script, style and page of each build, raw and gzipped, and
 * what each source module adds to the content script (from scripts/bench/build-with-sizes.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ModuleSize } from './build-with-sizes';

export interface FileSize {
  file: string;
  raw: number;
  gzipped: number;
}

export interface ModuleGroup {
  group: string;
  minified: number;
  gzipped: number;
  modules: string[];
}

export function builtFileSizes(buildDir: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(js|css|html)$/.test(name)) {
        const data = readFileSync(file);
        out.push({ file: path.relative(buildDir, file), raw: data.length, gzipped: gzipSync(data, { level: 9 }).length });
      }
    }
  };
  walk(buildDir);
  return out.sort((a, b) => b.raw - a.raw);
}

/** Groups of the content script's modules a reader can act on: data, UI library, polyfill, WXT, ours. */
const GROUPS: [string, RegExp][] = [
  ['data: assets/knowledge/*.json', /^assets\/knowledge\//],
  ['card styles (assets/card.css)', /^assets\/card\.css/],
  ['preact', /^preact\//],
  ['webextension-polyfill', /webextension-polyfill/],
  ['WXT content-script context', /^wxt\/dist\/utils\/(content-script-context|internal\/|define-content-script)/],
  ['WXT shadow-root UI + its dependencies', /^(wxt\/dist\/utils\/(content-script-ui|split-shadow-root-css)|@webext-core|@1natsu|many-keys-map|defu|is-potential-custom-element-name)/],
  ['lib/matcher', /^lib\/matcher\//],
  ['lib/page', /^lib\/page\//],
  ['lib/knowledge', /^lib\/knowledge\//],
  ['settings: lib/settings + WXT storage (@wxt-dev/storage, superlock)', /^(lib\/settings\/|@wxt-dev\/storage|superlock\/)/],
  ['components (card UI)', /^components\//],
  ['entrypoint, lib/sites, messages', /^(entrypoints\/|lib\/sites|lib\/messages|virtual:)/],
];

export function groupModules(modules: ModuleSize[]): ModuleGroup[] {
  const groups = new Map<string, ModuleGroup>();
  for (const module of modules) {
    const name = GROUPS.find(([, pattern]) => pattern.test(module.module.trim()))?.[0] ?? 'other (bundler helpers)';
    const group = groups.get(name) ?? { group: name, minified: 0, gzipped: 0, modules: [] };
    group.minified += module.minified;
    group.gzipped += module.gzipped;
    group.modules.push(module.module.trim());
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => b.minified - a.minified);
}
