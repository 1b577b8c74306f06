import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

/**
 * Clean failure at build time: `wxt build` on a copy of the project whose facts data is broken
 * stops before bundling, naming the file and the field to fix.
 */
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'docs']);

describe('a build with malformed facts data', () => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'carrera-lens-broken-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails, naming assets/knowledge/facts.json and the broken field', () => {
    cpSync(REPO_ROOT, copy, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== REPO_ROOT });
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const factsFile = path.join(copy, 'assets/knowledge/facts.json');
    const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as { facts: { id: string; subject: string }[] };
    const broken = facts.facts[0]!;
    broken.subject = 'karrera';
    writeFileSync(factsFile, JSON.stringify(facts, null, 2));

    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: copy, encoding: 'utf8' });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('Knowledge data is invalid');
    expect(output).toContain(`assets/knowledge/facts.json: entity "karrera", fact "${broken.id}", field "subject"`);
    expect(output).toContain('unknown entity id "karrera"');
  }, 120_000);
});
