/**
 * The command-line tools piped into a reader that stops early (`npx tsx scripts/corpus.ts explain ID | head`):
 * they stop quietly with exit code 0, not with an EPIPE stack trace (scripts/quiet-pipe.ts).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

/** Runs a script, closes its output after the first chunk, and returns its exit code and stderr. */
async function readFirstChunkOnly(args: string[], input = ''): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), ...args], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.end(input);
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { status, stderr };
}

describe('a tool whose reader stops early', () => {
  it('corpus.ts explain stops quietly with exit code 0', async () => {
    const run = await readFirstChunkOnly(['scripts/corpus.ts', 'explain', 'it-0411']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
