/**
 * Maintains the real-text corpus (tests/fixtures/real-corpus/, rules in its GUIDELINES.md).
 *
 *   npx tsx scripts/corpus.ts add < snippets.jsonl
 *       Each input line: {"source":"https://…","lang":"ru","hard":false,"marked":"… [[carrera|Каррера]] …","note":"…"}
 *       Appends to <lang>.jsonl with the next id; a text already in the corpus is skipped.
 *   npx tsx scripts/corpus.ts show [ID …] [--lang ru] [--hard] [--dev]
 *       Prints id, source and the marked text of the snippets named, or of each snippet (--dev: the
 *       dev split only).
 *   npx tsx scripts/corpus.ts relabel ID '<marked text>' [--note '…']
 *       Replaces a snippet's gold mentions; the text without marks must stay the same.
 *   npx tsx scripts/corpus.ts stats
 *       Counts by language, split, hard negatives and entity.
 *   npx tsx scripts/corpus.ts explain ID
 *       Every candidate of one snippet (read as a page at its source address) with its decision and reasons.
 *   npx tsx scripts/corpus.ts score [--split dev|test|all] [--lang ru]
 *       Precision and recall of the matcher with every miss (default: the dev split, the one to tune
 *       on; the test split is the number we quote and is read only by `npm test`).
 * Errors name the input line or id and what to do; the exit code is then 2.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { explainPage, getMatcher } from '../lib/matcher';
import { findInSnippet } from '../tests/fixtures/real-corpus/find';
import { describeScore, scoreSnippets } from '../tests/fixtures/real-corpus/score';
import {
  corpusFile, type Lang, LANGS, loadRealCorpus, markedText, parseMarked, type Snippet, splitOf,
} from '../tests/fixtures/real-corpus/load';
import { stopQuietlyWhenOutputCloses } from './quiet-pipe';

stopQuietlyWhenOutputCloses();

function die(message: string): never {
  process.stderr.write(`corpus: ${message}\n`);
  process.exit(2);
}

function serialise(s: Snippet): string {
  const { id, source, lang, hard, text, mentions, note } = s;
  return JSON.stringify({ id, source, lang, hard, text, mentions, ...(note ? { note } : {}) });
}

function add(): void {
  const corpus = loadRealCorpus();
  const texts = new Set(corpus.map((s) => s.text));
  const next: Record<string, number> = {};
  for (const lang of LANGS) {
    next[lang] = 1 + Math.max(0, ...corpus.filter((s) => s.lang === lang).map((s) => Number(s.id.slice(3))));
  }
  const input = readFileSync(0, 'utf8').split('\n');
  let added = 0;
  input.forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      die(`input line ${i + 1}: not JSON (${(error as Error).message}); nothing after it was added`);
    }
    const lang = raw.lang as Lang;
    if (!LANGS.includes(lang)) die(`input line ${i + 1}: "lang" must be one of ${LANGS.join(', ')}`);
    if (typeof raw.source !== 'string' || !/^https?:\/\//.test(raw.source)) die(`input line ${i + 1}: "source" must be the page address`);
    if (typeof raw.marked !== 'string') die(`input line ${i + 1}: "marked" must be the text with [[entity|surface]] marks`);
    let parsed: ReturnType<typeof parseMarked>;
    try {
      parsed = parseMarked(raw.marked);
    } catch (error) {
      die(`input line ${i + 1}: ${(error as Error).message}`);
    }
    if (texts.has(parsed.text)) {
      process.stderr.write(`corpus: input line ${i + 1}: already in the corpus, skipped\n`);
      return;
    }
    texts.add(parsed.text);
    const snippet: Snippet = {
      id: `${lang}-${String(next[lang]!++).padStart(4, '0')}`,
      source: raw.source,
      lang,
      hard: raw.hard === true,
      ...parsed,
      ...(typeof raw.note === 'string' && raw.note ? { note: raw.note } : {}),
    };
    appendFileSync(corpusFile(lang), `${serialise(snippet)}\n`);
    added++;
  });
  loadRealCorpus(); // the whole corpus still loads
  process.stdout.write(`added ${added} snippet(s)\n`);
}

function show(args: string[]): void {
  const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
  const ids = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
  const unknown = args.filter((a) => a.startsWith('--') && !['--lang', '--hard', '--dev'].includes(a));
  if (unknown.length) die(`show: unknown option ${unknown.join(', ')}; use [ID …] [--lang ru] [--hard] [--dev]`);
  const corpus = loadRealCorpus();
  const missing = ids.filter((id) => !corpus.some((s) => s.id === id));
  if (missing.length) die(`show: no snippet ${missing.join(', ')} (ids look like ru-0001, en-0001, it-0001)`);
  for (const s of corpus) {
    if (ids.length && !ids.includes(s.id)) continue;
    if (lang && s.lang !== lang) continue;
    if (args.includes('--hard') && !s.hard) continue;
    if (args.includes('--dev') && splitOf(s.source) !== 'dev') continue;
    process.stdout.write(`${s.id}${s.hard ? ' hard' : ''} ${s.source}\n${markedText(s)}\n${s.note ? `# ${s.note}\n` : ''}\n`);
  }
}

function relabel(args: string[]): void {
  const [id, marked] = args;
  if (!id || marked === undefined) die('usage: relabel ID \'<marked text>\' [--note \'…\']');
  const note = args.includes('--note') ? args[args.indexOf('--note') + 1] : undefined;
  const lang = id.slice(0, 2) as Lang;
  if (!LANGS.includes(lang)) die(`"${id}" is not a snippet id (ru-0001, en-0001, it-0001)`);
  const file = corpusFile(lang);
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(`"id":"${id}"`));
  if (index < 0) die(`no snippet ${id} in ${file}`);
  const old = JSON.parse(lines[index]!) as Snippet;
  const parsed = parseMarked(marked);
  if (parsed.text !== old.text) die(`${id}: the text without marks differs from the snippet's; change only the marks`);
  lines[index] = serialise({ ...old, mentions: parsed.mentions, ...(note !== undefined ? { note } : {}) });
  writeFileSync(file, lines.join('\n'));
  loadRealCorpus();
  process.stdout.write(`${id}: ${markedText({ text: old.text, mentions: parsed.mentions })}\n`);
}

function stats(): void {
  const corpus = loadRealCorpus();
  const rows: Record<string, number> = {};
  const bump = (k: string) => (rows[k] = (rows[k] ?? 0) + 1);
  for (const s of corpus) {
    bump(`snippets ${s.lang}`);
    bump(`snippets ${splitOf(s.source)}`);
    if (s.hard) bump(`hard negatives ${s.lang}`);
    for (const m of s.mentions) bump(`mentions ${s.lang} ${m.entity}`);
  }
  process.stdout.write(`${corpus.length} snippets, ${new Set(corpus.map((s) => s.source)).size} sources\n`);
  for (const [k, v] of Object.entries(rows).sort()) process.stdout.write(`${k}: ${v}\n`);
}

function score(args: string[]): void {
  const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
  const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
  if (!['dev', 'test', 'all'].includes(split ?? '')) die('--split takes dev, test or all');
  const chosen = loadRealCorpus().filter((s) => (split === 'all' || splitOf(s.source) === split) && (!lang || s.lang === lang));
  process.stdout.write(`${describeScore(`${split} split${lang ? ` (${lang})` : ''}`, scoreSnippets(chosen, findInSnippet))}\n`);
}

function explain(args: string[]): void {
  const snippet = loadRealCorpus().find((s) => s.id === args[0]);
  if (!snippet) die(`no snippet ${JSON.stringify(args[0])}; give an id such as ru-0001`);
  process.stdout.write(`${snippet.id} ${snippet.source}\n${markedText(snippet)}\n\n`);
  explainPage(getMatcher(), snippet.text.split('\n'), { url: snippet.source }).forEach((list, line) => {
    for (const e of list) {
      process.stdout.write(`line ${line + 1} ${e.start}-${e.end} ${e.entity} «${e.text}» ${e.marked ? 'marked' : 'not marked'} (group ${e.group})\n`);
      for (const r of e.reasons) process.stdout.write(`  ${r}\n`);
    }
  });
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'add': add(); break;
  case 'show': show(rest); break;
  case 'relabel': relabel(rest); break;
  case 'stats': stats(); break;
  case 'score': score(rest); break;
  case 'explain': explain(rest); break;
  default: die(`unknown command ${JSON.stringify(command)}; use add, show, relabel, stats, score or explain (see the top of scripts/corpus.ts)`);
}
