/** Runtime API of the knowledge layer (safe for the content script: no validator, no Node). */
export { ENTITY_IDS, isEntityId, type EntityId } from './entity-ids';
export {
  buildCardModel,
  getCardModel,
  getEntityName,
  type CardFact,
  type CardModel,
  type Knowledge,
  type Lang,
} from './card-model';
export type { EntityKind } from './types';
