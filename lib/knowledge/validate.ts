/**
 * The checker for the knowledge data (hand-written, no dependency). The build (wxt.config.ts hook,
 * through lib/data-files.ts), `scripts/validate-data.ts` and the unit tests run it. Not part of the
 * content-script bundle. The matcher's lexicon is checked by lib/matcher/lexicon.ts.
 *
 * Every error names the file, the entity (and fact) and the field, and says what to do.
 */
import { isRecord as isObj, type DataError } from '../validation';
import { ENTITY_IDS, isEntityId } from './entity-ids';
import { DATE_FORMS, parseFactDate, type DayRange } from './time';
import { ENTITY_KINDS, LANGS, RELATIONS, TIME_PRECISIONS, type Relation } from './types';

export interface KnowledgeFileNames {
  article: string;
  entities: string;
  facts: string;
}

export const DEFAULT_KNOWLEDGE_FILES: KnowledgeFileNames = {
  article: 'assets/article.ru.txt',
  entities: 'assets/knowledge/entities.json',
  facts: 'assets/knowledge/facts.json',
};

/** The matcher's data, which names the entities' forms (checked by lib/matcher/lexicon.ts). */
export const LEXICON_FILE = 'assets/knowledge/lexicon.json';

export interface KnowledgeInput {
  /** The article text, verbatim. */
  article: string;
  /** Parsed entities.json. */
  entities: unknown;
  /** Parsed facts.json. */
  facts: unknown;
  /** File names used in messages; defaults to the assets paths. */
  files?: Partial<KnowledgeFileNames>;
}

type Obj = Record<string, unknown>;
const CYRILLIC = /[\u0400-\u04FF]/;
const FACT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KNOWN_IDS = ENTITY_IDS.join(', ');
const LANG_NAME = { ru: 'Russian', en: 'English', it: 'Italian' } as const;
const LANG_HINT = {
  ru: '',
  en: ' (plain sports-journalism English)',
  it: ' (Italian of the sports press, translated fact by fact from the Russian: nothing added, nothing left out)',
} as const;
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Reports errors against one place (file + entity + fact). */
type Report = (field: string, message: string) => void;

/** Checks every file; returns all errors found (empty when the data is good). */
export function validateKnowledge(input: KnowledgeInput): DataError[] {
  const files = { ...DEFAULT_KNOWLEDGE_FILES, ...input.files };
  const errors: DataError[] = [];
  const reporter =
    (file: string, entity?: string, fact?: string): Report =>
    (field, message) =>
      errors.push({ file, entity, fact, field, message });

  checkEntitiesFile(input.entities, input.article, files, reporter);
  const involved = checkFactsFile(input.facts, input.article, files, reporter);
  for (const id of ENTITY_IDS) {
    if (!involved.has(id)) {
      reporter(files.facts, id)(
        'facts',
        `no fact is about this entity, so its card would be empty; add a fact with "${id}" as subject or in objects`,
      );
    }
  }
  return errors;
}

// ---------------------------------------------------------------- shared field checks

interface TextRules {
  /** Italian may equal English (names: "Juventus", "Massimo Carrera"); elsewhere a copy is a translation left undone. */
  italianMayEqualEnglish?: boolean;
}

function checkText(value: unknown, field: string, report: Report, required = true, rules: TextRules = {}): void {
  if (value === undefined && !required) return;
  if (!isObj(value)) {
    report(field, `must be an object { "ru": "...", "en": "...", "it": "..." } with the text in every card language`);
    return;
  }
  for (const lang of LANGS) {
    const text = value[lang];
    if (typeof text !== 'string' || text.trim() === '') {
      report(`${field}.${lang}`, `missing ${LANG_NAME[lang]} text; write it${LANG_HINT[lang]}`);
    }
  }
  const { ru, en, it } = value;
  if (typeof en === 'string' && CYRILLIC.test(en)) {
    report(`${field}.en`, `English text contains Cyrillic ("${short(en)}"); translate it into English`);
  } else if (typeof en === 'string' && en.trim() !== '' && en === ru) {
    report(`${field}.en`, `English text is a copy of the Russian; translate it`);
  }
  if (typeof it === 'string' && CYRILLIC.test(it)) {
    report(`${field}.it`, `Italian text contains Cyrillic ("${short(it)}"); translate it into Italian`);
  } else if (typeof it === 'string' && it.trim() !== '' && it === en && !rules.italianMayEqualEnglish) {
    report(`${field}.it`, `Italian text is a copy of the English; translate it from the Russian`);
  }
}

function checkQuote(quote: unknown, field: string, article: string, articleFile: string, report: Report): void {
  if (typeof quote !== 'string' || quote.trim() === '') {
    report(field, `missing quote; copy the sentence the fact rests on from ${articleFile}, verbatim`);
  } else if (!article.includes(quote)) {
    report(
      field,
      `quote "${short(quote)}" is not in ${articleFile}; copy it exactly as the article has it, typos included (e.g. "хот я", "мсотик")`,
    );
  }
}

function checkEntityRef(value: unknown, field: string, report: Report): value is string {
  if (isEntityId(value)) return true;
  report(
    field,
    `unknown entity id ${JSON.stringify(value)}; use one of: ${KNOWN_IDS} (new ids go into lib/knowledge/entity-ids.ts first)`,
  );
  return false;
}

// ---------------------------------------------------------------- entities.json

function checkEntitiesFile(
  data: unknown,
  article: string,
  files: KnowledgeFileNames,
  reporter: (file: string, entity?: string) => Report,
): void {
  const fileReport = reporter(files.entities);
  if (!isObj(data) || !Array.isArray(data.entities)) {
    fileReport('entities', 'the file must be an object with "source" and an "entities" array');
    return;
  }
  checkSource(data.source, article, files, fileReport);

  const seen = new Set<string>();
  data.entities.forEach((raw, index) => {
    const label = isObj(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const report = reporter(files.entities, label);
    if (!isObj(raw)) {
      report(`entities[${index}]`, 'must be an object describing one entity');
      return;
    }
    if (checkEntityRef(raw.id, 'id', report)) {
      if (seen.has(raw.id)) report('id', `entity is described twice; keep one record per id`);
      seen.add(raw.id);
    }
    if (!ENTITY_KINDS.includes(raw.kind as never)) {
      report('kind', `kind ${JSON.stringify(raw.kind)} is not one of: ${ENTITY_KINDS.join(', ')}`);
    }
    checkText(raw.name, 'name', report, true, { italianMayEqualEnglish: true });
    checkInferredName(raw.name, report);
    checkText(raw.shortName, 'shortName', report, false, { italianMayEqualEnglish: true });
    checkText(raw.summary, 'summary', report);
    for (const field of ['role', 'nationality'] as const) {
      if (raw[field] === undefined) {
        if (field === 'role' && raw.kind === 'person') {
          report('role', 'a person needs a role { ru, en, it, quote } saying what the article says they do');
        }
        continue;
      }
      if (raw.kind !== 'person') {
        report(field, `only persons have a ${field}; remove it or set kind to "person"`);
        continue;
      }
      checkText(raw[field], field, report);
      if (isObj(raw[field])) checkQuote((raw[field] as Obj).quote, `${field}.quote`, article, files.article, report);
    }
    if ('forms' in raw || 'aliases' in raw) {
      report('forms', `name forms and aliases live in ${LEXICON_FILE} (owned by the matcher); remove them here`);
    }
  });
  for (const id of ENTITY_IDS) {
    if (!seen.has(id)) reporter(files.entities, id)('id', 'entity is missing; add a record with this id');
  }
}

/** `name.inferred` / `name.reason`: the same rule as an inferred time's. */
function checkInferredName(name: unknown, report: Report): void {
  if (!isObj(name)) return;
  if (name.inferred !== undefined && name.inferred !== true) {
    report('name.inferred', 'must be true (or left out when the article writes the name)');
  }
  checkInferredReason(name, 'name', report);
}

/** `<field>.reason`: required when `<field>.inferred` is true, and only then. */
function checkInferredReason(item: Record<string, unknown>, field: 'name' | 'time', report: Report): void {
  if (item.inferred === true) {
    if (item.reason === undefined) {
      report(`${field}.reason`, `an inferred ${field} needs a reason { ru, en, it } saying how it was worked out from the article`);
    } else checkText(item.reason, `${field}.reason`, report);
  } else if (item.reason !== undefined) {
    report(`${field}.reason`, `a reason is only for inferred ${field}s; set "inferred": true or remove the reason`);
  }
}

function checkSource(source: unknown, article: string, files: KnowledgeFileNames, report: Report): void {
  if (!isObj(source)) {
    report('source', 'must be an object { title: { ru, en, it }, note: { ru, en, it } }');
    return;
  }
  checkText(source.title, 'source.title', report);
  checkText(source.note, 'source.note', report);
  const headline = article.split('\n', 1)[0]!.trim();
  if (isObj(source.title) && typeof source.title.ru === 'string' && source.title.ru !== headline) {
    report('source.title.ru', `must be the article's first line, "${headline}"`);
  }
}

// ---------------------------------------------------------------- facts.json

/** Returns the ids of the entities the facts are about (subject or object). */
function checkFactsFile(
  data: unknown,
  article: string,
  files: KnowledgeFileNames,
  reporter: (file: string, entity?: string, fact?: string) => Report,
): Set<string> {
  const involved = new Set<string>();
  if (!isObj(data) || !Array.isArray(data.facts)) {
    reporter(files.facts)('facts', 'the file must be an object with a "facts" array');
    return involved;
  }
  const seenIds = new Set<string>();
  let previousDated: { id: string; date: string; range: DayRange } | undefined;

  data.facts.forEach((raw, index) => {
    const factLabel = isObj(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const entityLabel = isObj(raw) && typeof raw.subject === 'string' ? raw.subject : undefined;
    const report = reporter(files.facts, entityLabel, factLabel);
    if (!isObj(raw)) {
      report(`facts[${index}]`, 'must be an object describing one fact');
      return;
    }

    if (typeof raw.id !== 'string' || !FACT_ID.test(raw.id)) {
      report('id', 'needs a kebab-case id such as "carrera-dismissed"');
    } else if (seenIds.has(raw.id)) {
      report('id', 'fact id is used twice; give each fact its own id');
    } else seenIds.add(raw.id);

    if (checkEntityRef(raw.subject, 'subject', report)) involved.add(raw.subject);

    const rule =
      typeof raw.relation === 'string' && Object.prototype.hasOwnProperty.call(RELATIONS, raw.relation)
        ? RELATIONS[raw.relation as Relation]
        : undefined;
    if (!rule) {
      report('relation', `unknown relation ${JSON.stringify(raw.relation)}; use one of: ${Object.keys(RELATIONS).join(', ')}`);
    }

    if (!Array.isArray(raw.objects)) {
      report('objects', 'must be an array of entity ids (empty when the fact has no object)');
    } else {
      const objects: unknown[] = raw.objects;
      objects.forEach((object, i) => {
        if (!checkEntityRef(object, `objects[${i}]`, report)) return;
        if (object === raw.subject) report(`objects[${i}]`, 'the subject cannot also be an object; remove it');
        if (objects.indexOf(object) !== i) report(`objects[${i}]`, `"${object}" is listed twice; remove one`);
        involved.add(object);
      });
      if (rule?.needsObject && objects.length === 0) {
        report('objects', `relation "${raw.relation}" needs its object entity (e.g. the club); add its id`);
      }
    }

    if (rule?.needsValue && raw.value === undefined) {
      report('value', `relation "${raw.relation}" needs a value { ru, en, it } (the role, title or position itself)`);
    } else checkText(raw.value, 'value', report, false);

    if (raw.time !== undefined) {
      const range = checkTime(raw.time, report);
      if (range) {
        if (previousDated && range.end < previousDated.range.start) {
          report(
            'time.date',
            `"${(raw.time as Obj).date}" is earlier than "${previousDated.date}" of fact "${previousDated.id}" above it; facts.json is in reading order, so move this fact up`,
          );
        }
        previousDated = { id: factLabel, date: String((raw.time as Obj).date), range };
      }
    }

    checkText(raw.text, 'text', report);
    checkQuote(raw.quote, 'quote', article, files.article, report);
  });
  return involved;
}

function checkTime(time: unknown, report: Report): DayRange | undefined {
  if (!isObj(time)) {
    report('time', 'must be an object { date, precision } (leave it out when the article gives no time)');
    return undefined;
  }
  let range: DayRange | undefined;
  const precision = time.precision;
  if (!TIME_PRECISIONS.includes(precision as never)) {
    report('time.precision', `precision ${JSON.stringify(precision)} is not one of: ${TIME_PRECISIONS.join(', ')}`);
  } else if (typeof time.date !== 'string' || !(range = parseFactDate(time.date, precision as never))) {
    const form = DATE_FORMS[precision as keyof typeof DATE_FORMS];
    report('time.date', `${JSON.stringify(time.date)} is not a valid ${precision} date; write it as ${form}`);
  }
  if (time.inferred !== undefined && typeof time.inferred !== 'boolean') {
    report('time.inferred', 'must be true (or left out when the article states the time)');
  }
  checkInferredReason(time, 'time', report);
  return range;
}
