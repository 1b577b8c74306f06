/**
 * Prints the card model of one entity as JSON.
 * Usage: npx tsx scripts/print-card.ts <entity-id> [ru|en|it]   e.g. npx tsx scripts/print-card.ts carrera it
 */
import { ENTITY_IDS, getCardModel, isEntityId, type Lang } from '../lib/knowledge';
import { LANGS } from '../lib/knowledge/types';

const [id, lang = 'ru'] = process.argv.slice(2);
if (!isEntityId(id) || !LANGS.includes(lang as Lang)) {
  console.error(`Usage: npx tsx scripts/print-card.ts <${ENTITY_IDS.join('|')}> [${LANGS.join('|')}]`);
  process.exit(2);
}
console.log(JSON.stringify(getCardModel(id, lang as Lang), null, 2));
