/**
 * Checks real text with the matcher.
 *
 *   npm run --silent scan -- FILE...     (`-` reads standard input)
 *
 * Prints one JSON object per line per mention:
 *   {"file":"a.txt","entity":"carrera","start":10,"end":17,"text":"Каррера"}
 * - `.html`/`.htm`: the text of each block element is read the way the content script reads it
 *   (lib/page/text-blocks.ts in happy-dom, no scripts run); offsets are into the block's text and
 *   `"block": N` (0-based, document order) says which block.
 * - anything else (`.txt`, `-`): plain UTF-8 text; each line is matched as one block, like a
 *   paragraph on a page, and offsets are into the whole file's text.
 * An unreadable file or a bad argument gets a one-line error on stderr naming it; the other files
 * are still scanned, and the exit code is 2.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { getMatcher, type Mention } from '../lib/matcher';
import { collectTextBlocks } from '../lib/page/text-blocks';

const USAGE = 'usage: npm run --silent scan -- FILE... (FILE is .txt, .html or - for standard input)';

interface Output {
  file: string;
  block?: number;
  entity: string;
  start: number;
  end: number;
  text: string;
}

function print(out: Output): void {
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function scanPlainText(file: string, text: string): void {
  const matcher = getMatcher();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const m of matcher.find(line)) print({ file, ...shift(m, lineStart) });
    lineStart += line.length + 1;
  }
}

function shift(m: Mention, by: number): Omit<Output, 'file'> {
  return { entity: m.entity, start: m.start + by, end: m.end + by, text: m.text };
}

async function scanHtml(file: string, html: string): Promise<void> {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const matcher = getMatcher();
    collectTextBlocks(doc as unknown as Node).forEach((block, index) => {
      for (const m of matcher.find(block.text)) print({ file, block: index, ...shift(m, 0) });
    });
  } finally {
    await window.happyDOM.close();
  }
}

function readInput(arg: string): string {
  return readFileSync(arg === '-' ? 0 : arg, 'utf8');
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write(`scan: no file given; ${USAGE}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = false;
  let stdinUsed = false;
  for (const arg of args) {
    if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`scan: unknown option ${arg}; ${USAGE}\n`);
      failed = true;
      continue;
    }
    if (arg === '-' && stdinUsed) {
      process.stderr.write('scan: - given twice; standard input can be read only once\n');
      failed = true;
      continue;
    }
    stdinUsed ||= arg === '-';
    let content: string;
    try {
      content = readInput(arg);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      process.stderr.write(`scan: cannot read ${arg}: ${describeReadError(reason)}\n`);
      failed = true;
      continue;
    }
    if (/\.html?$/i.test(arg)) await scanHtml(arg, content);
    else scanPlainText(arg, content);
  }
  return failed ? 2 : 0;
}

function describeReadError(code: string): string {
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory, give a file';
    case 'EACCES': return 'permission denied';
    default: return code;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`scan: ${(error as Error).message}\n`);
    process.exit(2);
  },
);
