/** The stable ids of the article's entities. Data files and code refer to entities only by these. */
export const ENTITY_IDS = [
  'carrera',
  'spartak',
  'genoa',
  'juventus',
  'chelsea',
  'conte',
  'alenichev',
  'motta',
  'italy',
] as const;

export type EntityId = (typeof ENTITY_IDS)[number];

export function isEntityId(value: unknown): value is EntityId {
  return typeof value === 'string' && (ENTITY_IDS as readonly string[]).includes(value);
}
