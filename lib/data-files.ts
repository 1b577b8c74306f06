/**
 * The bundled data checked as it is on disk: the article and the knowledge files (lib/knowledge/validate.ts)
 * and the matcher's lexicon (lib/matcher/lexicon.ts), each problem one line in the same format.
 * Used by the build hook in wxt.config.ts and by scripts/validate-data.ts. Node only; never bundled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_FILES, LEXICON_FILE, validateKnowledge } from './knowledge/validate';
import { validateLexicon } from './matcher/lexicon';
import { formatDataError, type DataError } from './validation';

/** Reads and checks assets/article.ru.txt and assets/knowledge/{entities,facts}.json under `rootDir`. */
export function validateKnowledgeFiles(rootDir: string = process.cwd()): DataError[] {
  const files = DEFAULT_KNOWLEDGE_FILES;
  const errors: DataError[] = [];
  const article = readText(rootDir, files.article, errors);
  const entities = readJson(rootDir, files.entities, errors);
  const facts = readJson(rootDir, files.facts, errors);
  if (errors.length > 0 || article === undefined) return errors;
  return validateKnowledge({ article, entities, facts });
}

/**
 * Every problem of the bundled data, one line each naming file, entity and field: the knowledge
 * checks and the matcher's check of the lexicon's forms and rules (when the lexicon exists).
 */
export function dataProblems(rootDir: string = process.cwd()): string[] {
  const problems = validateKnowledgeFiles(rootDir).map(formatDataError);
  if (existsSync(join(rootDir, LEXICON_FILE))) {
    const errors: DataError[] = [];
    const lexicon = readJson(rootDir, LEXICON_FILE, errors);
    problems.push(...errors.map(formatDataError));
    if (errors.length === 0) problems.push(...validateLexicon(lexicon, LEXICON_FILE));
  }
  return problems;
}

/** Throws one Error listing every problem, one per line; used to fail the build. */
export function assertDataValid(rootDir: string = process.cwd()): void {
  const problems = dataProblems(rootDir);
  if (problems.length === 0) return;
  throw new Error(
    `Knowledge data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.join('\n'),
  );
}

function readText(rootDir: string, file: string, errors: DataError[]): string | undefined {
  try {
    return readFileSync(join(rootDir, file), 'utf8');
  } catch (cause) {
    errors.push({ file, field: '(file)', message: `cannot read the file (${(cause as Error).message}); restore it` });
    return undefined;
  }
}

function readJson(rootDir: string, file: string, errors: DataError[]): unknown {
  const text = readText(rootDir, file, errors);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    errors.push({ file, field: '(file)', message: `is not valid JSON (${(cause as Error).message}); fix the syntax` });
    return undefined;
  }
}
