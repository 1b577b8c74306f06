/**
 * Node-side entry of the checker: reads the knowledge files from disk and validates them.
 * Used by the build hook in wxt.config.ts and by scripts/validate-data.ts. Never bundled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateLexicon } from '../matcher/lexicon';
import {
  DEFAULT_KNOWLEDGE_FILES,
  formatKnowledgeError,
  validateKnowledge,
  type KnowledgeError,
} from './validate';

/** Reads and checks assets/article.ru.txt and assets/knowledge/*.json under `rootDir`. */
export function validateKnowledgeFiles(rootDir: string = process.cwd()): KnowledgeError[] {
  const files = DEFAULT_KNOWLEDGE_FILES;
  const errors: KnowledgeError[] = [];
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(join(rootDir, file), 'utf8');
    } catch (cause) {
      errors.push({ file, field: '(file)', message: `cannot read the file (${(cause as Error).message}); restore it` });
      return undefined;
    }
  };
  const readJson = (file: string): unknown => {
    const text = read(file);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch (cause) {
      errors.push({ file, field: '(file)', message: `is not valid JSON (${(cause as Error).message}); fix the syntax` });
      return undefined;
    }
  };

  const article = read(files.article);
  const entities = readJson(files.entities);
  const facts = readJson(files.facts);
  const lexicon = existsSync(join(rootDir, files.lexicon)) ? readJson(files.lexicon) : undefined;
  if (errors.length > 0 || article === undefined) return errors;
  return validateKnowledge({ article, entities, facts, lexicon });
}

/**
 * Every problem of the bundled data, one line each naming file, entity and field: the knowledge
 * checks above plus the matcher's own check of the lexicon's forms and rules.
 */
export function dataProblems(rootDir: string = process.cwd()): string[] {
  const problems = validateKnowledgeFiles(rootDir).map(formatKnowledgeError);
  const lexiconFile = DEFAULT_KNOWLEDGE_FILES.lexicon;
  const lexiconPath = join(rootDir, lexiconFile);
  if (existsSync(lexiconPath)) {
    try {
      problems.push(...validateLexicon(JSON.parse(readFileSync(lexiconPath, 'utf8')), lexiconFile));
    } catch {
      // Unreadable or not JSON: already reported by validateKnowledgeFiles.
    }
  }
  return problems;
}

/** Throws one Error listing every problem, one per line; used to fail the build. */
export function assertKnowledgeValid(rootDir: string = process.cwd()): void {
  const problems = dataProblems(rootDir);
  if (problems.length === 0) return;
  throw new Error(
    `Knowledge data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.join('\n'),
  );
}
