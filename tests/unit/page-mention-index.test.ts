import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../lib/knowledge';
import { MentionIndex, type PageMention } from '../../lib/page/mention-index';

/** One paragraph per mention, in document order. */
function indexOf(entities: EntityId[]): { index: MentionIndex; mentions: PageMention[] } {
  document.body.innerHTML = '';
  const index = new MentionIndex();
  const mentions = entities.map((entity) => {
    const block = document.createElement('p');
    block.textContent = entity;
    document.body.append(block);
    const range = document.createRange();
    range.selectNodeContents(block.firstChild!);
    const mention = { entity, text: entity, range, block };
    return mention;
  });
  // Added out of order: the index sorts by position in the document.
  for (const mention of [...mentions].reverse()) index.add(mention);
  return { index, mentions };
}

describe('mention index queries', () => {
  it("lists each entity once in order of first appearance with its count (the popup's list)", () => {
    const { index } = indexOf(['spartak', 'carrera', 'spartak', 'conte', 'carrera', 'spartak']);
    expect(index.entitiesInOrder()).toEqual([
      { entity: 'spartak', count: 3 },
      { entity: 'carrera', count: 2 },
      { entity: 'conte', count: 1 },
    ]);
  });

  it('finds the next mention after the open one, wrapping round, of one entity when asked', () => {
    const { index, mentions } = indexOf(['spartak', 'carrera', 'spartak', 'conte', 'carrera']);
    expect(index.nextAfter(mentions[0]!)).toBe(mentions[1]);
    expect(index.nextAfter(mentions[4]!)).toBe(mentions[0]);
    expect(index.nextAfter(mentions[1]!, { entity: 'carrera' })).toBe(mentions[4]);
    expect(index.nextAfter(mentions[4]!, { entity: 'carrera' })).toBe(mentions[1]);
    // The open card is of another entity: the entity's first mention.
    expect(index.nextAfter(mentions[3]!, { entity: 'carrera' })).toBe(mentions[1]);
  });

  it('without an open card starts at the first mention `start` accepts, skips removed text, and says when there is none', () => {
    const { index, mentions } = indexOf(['spartak', 'carrera', 'conte']);
    expect(index.nextAfter(null)).toBe(mentions[0]);
    expect(index.nextAfter(null, { start: (m) => m.entity === 'conte' })).toBe(mentions[2]);
    mentions[0]!.block.remove();
    expect(index.nextAfter(null)).toBe(mentions[1]);
    expect(index.nextAfter(null, { entity: 'spartak' })).toBeNull();
  });
});
