/**
 * Checks the knowledge data (assets/knowledge/*.json against assets/article.ru.txt).
 * Usage: npx tsx scripts/validate-data.ts   — prints one line per problem and exits 1, or exits 0.
 */
import { formatKnowledgeError } from '../lib/knowledge/validate';
import { validateKnowledgeFiles } from '../lib/knowledge/validate-files';

const errors = validateKnowledgeFiles(process.cwd());
if (errors.length > 0) {
  for (const error of errors) console.error(formatKnowledgeError(error));
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in the knowledge data.`);
  process.exit(1);
}
console.log('Knowledge data is valid.');
