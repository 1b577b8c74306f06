import { describe, expect, it } from 'vitest';
import { ENTITY_IDS, isEntityId } from '../../lib/knowledge/entity-ids';

describe('entity ids', () => {
  it('knows the nine entities of the article and nothing else', () => {
    expect(ENTITY_IDS).toHaveLength(9);
    expect(isEntityId('carrera')).toBe(true);
    expect(isEntityId('porsche')).toBe(false);
  });
});
