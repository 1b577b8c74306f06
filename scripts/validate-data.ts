/**
 * Checks the knowledge data (assets/knowledge/*.json against assets/article.ru.txt, and the lexicon's forms and rules).
 * Usage: npx tsx scripts/validate-data.ts   — prints one line per problem and exits 1, or exits 0.
 */
import { dataProblems } from '../lib/data-files';

const errors = dataProblems(process.cwd());
if (errors.length > 0) {
  for (const error of errors) console.error(error);
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in the knowledge data.`);
  process.exit(1);
}
console.log('Knowledge data is valid.');
