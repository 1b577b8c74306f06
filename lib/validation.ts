/**
 * What every checker of untrusted data shares (the knowledge files, the matcher's lexicon, the stored
 * settings, messages): the type guards, and one way of saying where a problem is and what to do.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** One problem found in a data file: where it is (file, entity, fact, field) and what to do about it. */
export interface DataError {
  file: string;
  entity?: string;
  fact?: string;
  /** Path inside the record, e.g. `time.date`, `text.en`, `entities.conte.groups[1].forms`. */
  field: string;
  message: string;
}

/** One line per problem: `file: entity "x", fact "y", field "z": message`. */
export function formatDataError(error: DataError): string {
  const where = [
    error.entity !== undefined ? `entity "${error.entity}"` : undefined,
    error.fact !== undefined ? `fact "${error.fact}"` : undefined,
    `field "${error.field}"`,
  ].filter(Boolean);
  return `${error.file}: ${where.join(', ')}: ${error.message}`;
}
