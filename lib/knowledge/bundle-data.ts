/**
 * What of assets/knowledge/*.json goes into the extension bundle: the data as written, minus the
 * fields no runtime code reads. The files keep them (they document the data and the validator and
 * the tests check them); the bundle does not pay for them. Applied by the `carrera-lens-bundle-data`
 * plugin in wxt.config.ts to production builds only. Pure function; never bundled itself.
 *
 * Dropped:
 *  - lexicon.json: `note` of each form group (for maintainers; the matcher never reads it);
 *  - facts.json: `value` of each fact (the validator checks it against the relation; cards show `text`);
 *  - entities.json: `role` and `nationality` (quoted values the cards do not show; facts carry them).
 * A unit test checks that cards and matches are the same with the full and the slim data.
 */
export function slimKnowledgeFile(file: string, data: unknown): unknown {
  const name = file.replace(/\\/g, '/').split('/').pop();
  const copy = structuredClone(data) as Record<string, unknown>;
  if (name === 'lexicon.json') {
    for (const entity of Object.values(copy.entities as Record<string, { groups: Record<string, unknown>[] }>)) {
      for (const group of entity.groups) delete group.note;
    }
  } else if (name === 'facts.json') {
    for (const fact of copy.facts as Record<string, unknown>[]) delete fact.value;
  } else if (name === 'entities.json') {
    for (const entity of copy.entities as Record<string, unknown>[]) {
      delete entity.role;
      delete entity.nationality;
    }
  }
  return copy;
}

/** True for the knowledge files the plugin slims (by path). */
export function isKnowledgeDataFile(id: string): boolean {
  return /[\\/]assets[\\/]knowledge[\\/](lexicon|facts|entities)\.json$/.test(id);
}
