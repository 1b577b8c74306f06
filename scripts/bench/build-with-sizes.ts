/**
 * `wxt build` for Chrome (into .output/chrome-mv3, as `npm run build` does) with one extra Rollup
 * hook that records, for each chunk, what every source module adds to it: its rendered code
 * (after tree-shaking), minified on its own with esbuild, raw and gzipped. Minifying modules one by
 * one is close to the bundle's own minification; gzip per module overstates (no shared dictionary),
 * so the totals are shown next to the real file's gzip size. Writes bench-results/modules.json.
 * Run by scripts/bench/index.ts in a child process (a build per process keeps Vite's state clean).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build } from 'wxt';

export interface ModuleSize {
  module: string;
  minified: number;
  gzipped: number;
}

const root = process.cwd();
const chunks: Record<string, ModuleSize[]> = {};

function label(id: string): string {
  const inModules = id.lastIndexOf('node_modules/');
  const path = inModules >= 0 ? id.slice(inModules + 'node_modules/'.length) : id.replace(`${root}/`, '');
  return path.replace(/\0/g, '');
}

await build({
  root,
  vite: () => ({
    plugins: [
      {
        name: 'carrera-lens-bench-module-sizes',
        async generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; modules?: Record<string, { code: string | null }> }>) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk' || !chunk.modules) continue;
            const rows: ModuleSize[] = [];
            for (const [id, module] of Object.entries(chunk.modules)) {
              if (!module.code) continue;
              const minified = (await transform(module.code, { minify: true, loader: 'js', charset: 'utf8' })).code;
              rows.push({ module: label(id), minified: Buffer.byteLength(minified), gzipped: gzipSync(minified, { level: 9 }).length });
            }
            chunks[chunk.fileName] = rows.sort((a, b) => b.minified - a.minified);
          }
        },
      },
    ],
  }),
});

mkdirSync(resolve(root, 'bench-results'), { recursive: true });
writeFileSync(resolve(root, 'bench-results/modules.json'), `${JSON.stringify(chunks, null, 2)}\n`);
