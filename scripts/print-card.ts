/**
 * Prints the card model of one entity as JSON.
 * Usage: npx tsx scripts/print-card.ts <entity-id> [ru|en]   e.g. npx tsx scripts/print-card.ts carrera ru
 */
import { ENTITY_IDS, getCardModel, isEntityId, type Lang } from '../lib/knowledge';

const [id, lang = 'ru'] = process.argv.slice(2);
if (!isEntityId(id) || (lang !== 'ru' && lang !== 'en')) {
  console.error(`Usage: npx tsx scripts/print-card.ts <${ENTITY_IDS.join('|')}> [ru|en]`);
  process.exit(2);
}
console.log(JSON.stringify(getCardModel(id, lang as Lang), null, 2));
