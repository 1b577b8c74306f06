/**
 * Node-side entry of the checker: reads the knowledge files from disk and validates them.
 * Used by the build hook in wxt.config.ts and by scripts/validate-data.ts. Never bundled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Throws one Error listing every problem, one per line; used to fail the build. */
export function assertKnowledgeValid(rootDir: string = process.cwd()): void {
  const errors = validateKnowledgeFiles(rootDir);
  if (errors.length === 0) return;
  throw new Error(
    `Knowledge data is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
      errors.map(formatKnowledgeError).join('\n'),
  );
}
