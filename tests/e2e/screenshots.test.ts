import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, IN_CI, TEST_RESULTS_DIR } from './harness';
import { SHOTS, shotSize, takeShots } from './screenshots';

const missing = BROWSERS.filter((b) => !b.available && SHOTS.some((shot) => shot.browser === b.name));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe.skipIf(missing.length > 0 && !IN_CI)('README screenshots', () => {
  it('are taken by the same code as `npm run screenshots`, at the viewport size (the phone\'s for phone shots)', async () => {
    const files = await takeShots(path.join(TEST_RESULTS_DIR, 'screenshots'));
    // Taken grouped by browser (one launch each), so compare as sets.
    expect(files.map((file) => path.basename(file)).sort()).toEqual(SHOTS.map((shot) => shot.file).sort());
    for (const file of files) {
      const shot = SHOTS.find((candidate) => candidate.file === path.basename(file))!;
      expect(pngSize(file), shot.file).toEqual(shotSize(shot));
    }
  });
});
