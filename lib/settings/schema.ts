import { isEntityId, type EntityId } from '../knowledge/entity-ids';
import { isRecord } from '../validation';

/**
 * The reader's settings (stored in `sync:settings`, see storage.ts). Pure: no extension API here, so
 * the parsing and the migration are unit-tested as plain functions.
 */
export interface Settings {
  /** The global switch: off means no marks anywhere (a page marked on demand still is). */
  enabled: boolean;
  /** Hosts the reader turned off: default sites and added sites alike. */
  disabledSites: string[];
  /** Hosts the reader added ("Always on this site"); each has its optional host permission. */
  addedSites: string[];
  /** Entities not to mark. Stored as the hidden ones, so an entity added later is marked by default. */
  hiddenEntities: EntityId[];
  /** The card's language: the page's own, or always Russian, English or Italian. */
  cardLanguage: CardLanguage;
  /** How long the pointer rests on a name before its card opens, in milliseconds. */
  showDelayMs: number;
  highlightStyle: HighlightStyle;
}

export const CARD_LANGUAGES = ['page', 'ru', 'en', 'it'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

/** `quiet`: nothing is drawn until the pointer rests on a name (the hovered one still shows). */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'quiet'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** How long the pointer rests on a name before its card opens, unless the reader chose otherwise. */
export const DEFAULT_SHOW_DELAY_MS = 300;
export const SHOW_DELAY_MIN_MS = 0;
export const SHOW_DELAY_MAX_MS = 2000;

/** Version of the stored shape; bump it and add a step to MIGRATIONS when the shape changes. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  addedSites: [],
  hiddenEntities: [],
  cardLanguage: 'page',
  showDelayMs: DEFAULT_SHOW_DELAY_MS,
  highlightStyle: 'underline',
});

type FieldParser<K extends keyof Settings> = (value: unknown) => Settings[K] | undefined;

/** Lower-case host names, valid ones only, each once (order kept). */
function parseHosts(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const hosts = value.filter((host): host is string => typeof host === 'string').map(normaliseHost).filter((host): host is string => host !== null);
  return [...new Set(hosts)];
}

const PARSERS: { [K in keyof Settings]: FieldParser<K> } = {
  enabled: (value) => (typeof value === 'boolean' ? value : undefined),
  disabledSites: parseHosts,
  addedSites: parseHosts,
  hiddenEntities: (value) => (Array.isArray(value) ? [...new Set(value.filter(isEntityId))] : undefined),
  cardLanguage: (value) => ((CARD_LANGUAGES as readonly unknown[]).includes(value) ? (value as CardLanguage) : undefined),
  showDelayMs: (value) =>
    typeof value === 'number' && Number.isFinite(value)
      ? Math.round(Math.min(SHOW_DELAY_MAX_MS, Math.max(SHOW_DELAY_MIN_MS, value)))
      : undefined,
  highlightStyle: (value) => ((HIGHLIGHT_STYLES as readonly unknown[]).includes(value) ? (value as HighlightStyle) : undefined),
};

/**
 * Reads a stored value field by field: a field that is missing or not valid takes its default, the
 * others are kept. A value that is not an object at all (corrupted, or never written) gives the defaults.
 * Invalid entries of a list (a number among host names) are dropped and the valid ones kept.
 */
export function parseSettings(raw: unknown): Settings {
  const source = isRecord(raw) ? raw : {};
  const result = {} as Record<keyof Settings, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const parsed = (PARSERS[key] as FieldParser<typeof key>)(source[key]);
    const fallback = DEFAULT_SETTINGS[key];
    result[key] = parsed === undefined ? (Array.isArray(fallback) ? [...fallback] : fallback) : parsed;
  }
  return result as Settings;
}

/**
 * Version 1: the first stored shape, used by the settings draft before added sites existed:
 * `{ on, offHosts, hiddenEntities, lang: 'auto' | 'ru' | 'en', delaySeconds, style: 'underline' | 'background' | 'hover' }`.
 * Never throws: whatever is unreadable is left out and falls back to its default when parsed.
 */
export function migrateV1toV2(old: unknown): Partial<Record<keyof Settings, unknown>> {
  if (!isRecord(old)) return {};
  const next: Partial<Record<keyof Settings, unknown>> = {};
  if ('on' in old) next.enabled = old.on;
  if ('offHosts' in old) next.disabledSites = old.offHosts;
  if ('hiddenEntities' in old) next.hiddenEntities = old.hiddenEntities;
  if ('lang' in old) next.cardLanguage = old.lang === 'auto' ? 'page' : old.lang;
  if (typeof old.delaySeconds === 'number') next.showDelayMs = old.delaySeconds * 1000;
  if ('style' in old) next.highlightStyle = old.style === 'hover' ? 'quiet' : old.style;
  return next;
}

/** Migration steps by the version they produce (WXT's `migrations` option). */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
};

/** Runs the steps from `fromVersion` up to SETTINGS_VERSION, then parses with per-field fallback. */
export function migrateSettings(raw: unknown, fromVersion: number): Settings {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) value = MIGRATIONS[version]?.(value) ?? value;
  return parseSettings(value);
}

/** A host as the settings store it: lower case, no port, no trailing dot; null when it is not a host name. */
export function normaliseHost(input: string): string | null {
  const host = input.trim().toLowerCase().replace(/\.$/, '');
  if (!/^(?=.{1,253}$)([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)(\.[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)*$/.test(host)) return null;
  return host;
}
