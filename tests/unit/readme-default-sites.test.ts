import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from '../../lib/sites';

const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
const section = readme.split(/^## Default sites$/m)[1]?.split(/^## /m)[0] ?? '';
const rows = section
  .split('\n')
  .filter((line) => /^\| [a-z0-9.-]+\.[a-z]+ \|/.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()).slice(1, 4));

describe('README "Default sites"', () => {
  it('lists exactly the sites of lib/sites.ts, with their sections and languages', () => {
    const expected = DEFAULT_SITES.map((site) => [site.host, site.path ?? 'all', site.language]);
    expect(rows).toEqual(expected);
  });
});
