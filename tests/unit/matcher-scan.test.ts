import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function scan(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/scan.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  const lines = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

/** The same run, its output as lines of text (for --explain). */
function scanRaw(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/scan.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean), stderr: result.stderr };
}

describe('npm run scan', () => {
  it('prints one JSON line per mention of the article with offsets into the file', () => {
    const { status, lines, stderr } = scan(['assets/article.ru.txt']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines).toHaveLength(43);
    const text = readFileSync(resolve(root, 'assets/article.ru.txt'), 'utf8');
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'entity', 'start', 'end', 'text']);
      expect(line.file).toBe('assets/article.ru.txt');
      expect(text.slice(line.start as number, line.end as number)).toBe(line.text);
    }
    expect(lines[0]).toEqual({ file: 'assets/article.ru.txt', entity: 'carrera', start: 0, end: 7, text: 'Каррера' });
  }, 60_000);

  it('reads block elements of an .html file like the content script, with the block number', () => {
    const { status, lines } = scan(['tests/fixtures/corpus/scan-sample.html']);
    expect(status).toBe(0);
    // The page names Massimo Carrera in full as often as a Porsche 911 Carrera (block 3): the
    // headline's bare «Каррера» is his.
    expect(lines.map((l) => `${l.block}:${l.entity}:${l.text}`)).toEqual([
      '0:carrera:Каррера',
      '1:spartak:Спартака',
      '1:carrera:Массимо\u00A0Каррера',
      '2:motta:Тьяго Мотта',
      '2:genoa:Дженоа',
      '4:carrera:Кар\u00ADрера',
      '4:conte:Конте',
      '4:chelsea:Челси',
      '4:chelsea:синих',
    ]);
  }, 60_000);

  it('reads standard input for -, reports unreadable files and bad options on stderr, scans the rest, exits 2', () => {
    const { status, lines, stderr } = scan(['no-such-file.txt', '-', '--colour', 'tests'], 'Тьяго Мотта и Конте\n');
    expect(lines).toEqual([
      { file: '-', entity: 'motta', start: 0, end: 11, text: 'Тьяго Мотта' },
      { file: '-', entity: 'conte', start: 14, end: 19, text: 'Конте' },
    ]);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^scan: cannot read no-such-file\.txt: no such file$/);
    expect(errors[1]).toMatch(/^scan: unknown option --colour/);
    expect(errors[2]).toMatch(/^scan: cannot read tests: it is a directory/);
    expect(status).toBe(2);
  }, 60_000);

  it('--explain prints every candidate of the file read as one page, marked or not, with its rule or its evidence', () => {
    const { status, stderr, lines } = scanRaw(['--explain', '-'], 'Тренер Конте доволен.\nДжузеппе Конте выступил в парламенте.\n');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines).toEqual([
      '- 7-12 conte «Конте» not marked (group conte#0)',
      '  +2 footballInSentence: «тренер»',
      '  -4 namesakeOnPage: someone or something else called so outweighs it on the page',
      '  evidence -2 < 2 needed',
      '- 31-36 conte «Конте» not marked (group conte#0)',
      '  rule prevCapital: «джузеппе» is a namesake\'s first name',
    ]);
  }, 60_000);

  it('--explain keeps the clear errors: an unknown flag or an unreadable file is named, and the exit code is 2', () => {
    const { status, stderr } = scanRaw(['--explain', '--colour', 'no-such-file.txt']);
    expect(stderr).toMatch(/^scan: unknown option --colour/m);
    expect(stderr).toMatch(/^scan: cannot read no-such-file\.txt: no such file$/m);
    expect(status).toBe(2);
  }, 60_000);

  it('--url says where the page is: the same text is a coach on a football page and a car on a car page', () => {
    const text = 'Carrera is back for a new season.\n';
    expect(scan(['-'], text).lines.map((l) => l.text)).toEqual(['Carrera']);
    expect(scan(['--url=https://www.autocar.co.uk/car-review/porsche/911', '-'], text).lines).toEqual([]);
    const bad = scan(['--url=nonsense', '-'], text);
    expect(bad.stderr).toMatch(/^scan: --url takes a page address/);
    expect(bad.status).toBe(2);
  }, 60_000);
});

