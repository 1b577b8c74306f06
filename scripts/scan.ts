/**
 * Checks real text with the matcher.
 *
 *   npm run --silent scan -- [--explain] [--url=ADDRESS] FILE...     (`-` reads standard input)
 *
 * Each file is one page: its blocks are decided with what the whole file says, as the content
 * script decides a page's blocks (lib/matcher/find-in-page.ts). Prints one JSON object per line per
 * mention:
 *   {"file":"a.txt","entity":"carrera","start":10,"end":17,"text":"Каррера"}
 * --url gives the page's address (the decision reads it: …/football/…, a sports site), as the
 * extension would see it; without it the page has none.
 * With --explain, every candidate instead, marked or not, with the rule or the evidence that decided
 * it, one block of lines per candidate:
 *   a.txt 10-17 carrera «Каррера» marked (group carrera#0)
 *     +2 footballInSentence: «тренер»
 *     …
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
import { explainPage, type Explanation, findInPage, getMatcher, type Mention } from '../lib/matcher';
import { collectTextBlocks } from '../lib/page/text-blocks';
import { stopQuietlyWhenOutputCloses } from './quiet-pipe';

stopQuietlyWhenOutputCloses();

const USAGE = 'usage: npm run --silent scan -- [--explain] [--url=ADDRESS] FILE... (FILE is .txt, .html or - for standard input)';

interface Page {
  /** The texts of the page's blocks, and where each starts in the file's offsets (null: offsets are per block). */
  blocks: string[];
  starts: number[] | null;
  title?: string;
}

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

function plainTextPage(text: string): Page {
  const blocks = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of blocks) {
    starts.push(at);
    at += line.length + 1;
  }
  return { blocks, starts };
}

function shift(m: Mention, by: number): Omit<Output, 'file'> {
  return { entity: m.entity, start: m.start + by, end: m.end + by, text: m.text };
}

async function htmlPage(html: string): Promise<Page> {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const blocks = collectTextBlocks(doc as unknown as Node).map((block) => block.text);
    return { blocks, starts: null, title: doc.title || undefined };
  } finally {
    await window.happyDOM.close();
  }
}

function printMentions(file: string, page: Page, url: string | undefined): void {
  findInPage(getMatcher(), page.blocks, { url, title: page.title }).forEach((mentions, index) => {
    for (const m of mentions) {
      if (page.starts) print({ file, ...shift(m, page.starts[index]!) });
      else print({ file, block: index, ...shift(m, 0) });
    }
  });
}

function printExplanations(file: string, page: Page, url: string | undefined): void {
  explainPage(getMatcher(), page.blocks, { url, title: page.title }).forEach((explanations, index) => {
    for (const e of explanations) process.stdout.write(describe(file, page, index, e));
  });
}

function describe(file: string, page: Page, index: number, e: Explanation): string {
  const where = page.starts ? `${e.start + page.starts[index]!}-${e.end + page.starts[index]!}` : `block ${index} ${e.start}-${e.end}`;
  const head = `${file} ${where} ${e.entity} «${e.text}» ${e.marked ? 'marked' : 'not marked'} (group ${e.group})`;
  return `${[head, ...e.reasons.map((r) => `  ${r}`)].join('\n')}\n`;
}

function readInput(arg: string): string {
  return readFileSync(arg === '-' ? 0 : arg, 'utf8');
}

async function main(args: string[]): Promise<number> {
  if (args.filter((a) => a !== '--explain' && !a.startsWith('--url=')).length === 0) {
    process.stderr.write(`scan: no file given; ${USAGE}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = false;
  let stdinUsed = false;
  const explain = args.includes('--explain');
  const urlArg = args.find((a) => a.startsWith('--url='));
  const url = urlArg?.slice('--url='.length);
  if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url)) {
    process.stderr.write(`scan: --url takes a page address such as https://www.sports.ru/football/1.html, not ${JSON.stringify(url)}\n`);
    return 2;
  }
  for (const arg of args) {
    if (arg === '--explain' || arg === urlArg) continue;
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
    const page = /\.html?$/i.test(arg) ? await htmlPage(content) : plainTextPage(content);
    if (explain) printExplanations(arg, page, url);
    else printMentions(arg, page, url);
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
