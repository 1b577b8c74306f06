import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import entitiesJson from '../../assets/knowledge/entities.json';
import factsJson from '../../assets/knowledge/facts.json';
import type { EntitiesFile, FactsFile } from '../../lib/knowledge/types';
import { assertDataValid, validateKnowledgeFiles } from '../../lib/data-files';
import { validateKnowledge } from '../../lib/knowledge/validate';
import { formatDataError } from '../../lib/validation';

const root = process.cwd();
const article = readFileSync(resolve(root, 'assets/article.ru.txt'), 'utf8');
const FACTS = 'assets/knowledge/facts.json';
const ENTITIES = 'assets/knowledge/entities.json';
const LEXICON = 'assets/knowledge/lexicon.json';

/** A deep copy of the good data, to break one thing in. */
function copies() {
  return {
    entities: structuredClone(entitiesJson) as EntitiesFile,
    facts: structuredClone(factsJson) as FactsFile,
  };
}
const fact = (data: FactsFile, id: string) => {
  const found = data.facts.find((f) => f.id === id);
  if (!found) throw new Error(`test data has no fact ${id}`);
  return found as unknown as Record<string, unknown> & FactsFile['facts'][number];
};
const entity = (data: EntitiesFile, id: string) => data.entities.find((e) => e.id === id)! as unknown as Record<string, unknown>;
const validate = (data: { entities: unknown; facts: unknown }) => validateKnowledge({ article, ...data });

describe('validateKnowledge on broken copies of the data', () => {
  it('accepts the good data', () => {
    expect(validate(copies())).toEqual([]);
  });

  it('rejects an unknown entity id as a subject, naming file, entity, fact and field', () => {
    const data = copies();
    (fact(data.facts, 'carrera-dismissed') as { subject: string }).subject = 'carera';
    const errors = validate(data);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: FACTS, entity: 'carera', fact: 'carrera-dismissed', field: 'subject' }),
    );
    expect(errors.map(formatDataError)).toContain(
      'assets/knowledge/facts.json: entity "carera", fact "carrera-dismissed", field "subject": unknown entity id "carera"; ' +
        'use one of: carrera, spartak, genoa, juventus, chelsea, conte, alenichev, motta, italy (new ids go into lib/knowledge/entity-ids.ts first)',
    );
  });

  it('rejects an unknown entity id as a relation object', () => {
    const data = copies();
    fact(data.facts, 'conte-left-for-chelsea').objects = ['chelsea', 'barcelona' as never];
    expect(validate(data)).toEqual([
      expect.objectContaining({
        file: FACTS,
        entity: 'conte',
        fact: 'conte-left-for-chelsea',
        field: 'objects[1]',
        message: expect.stringMatching(/^unknown entity id "barcelona"; use one of: carrera/),
      }),
    ]);
  });

  it('rejects an unknown entity id in entities.json and reports the entity it replaced as missing', () => {
    const data = copies();
    entity(data.entities, 'motta').id = 'mota';
    const lines = validate(data).map(formatDataError);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^assets\/knowledge\/entities\.json: entity "mota", field "id": unknown entity id "mota"/),
      ]),
    );
    expect(lines).toContain(
      'assets/knowledge/entities.json: entity "motta", field "id": entity is missing; add a record with this id',
    );
  });

  it('rejects a quote that is not in the article, e.g. with its typo "corrected"', () => {
    const data = copies();
    const motta = fact(data.facts, 'motta-appointed-genoa');
    motta.quote = motta.quote.replace('хот я', 'хотя');
    const errors = validate(data);
    expect(errors).toHaveLength(1);
    expect(formatDataError(errors[0]!)).toMatch(
      /^assets\/knowledge\/facts\.json: entity "motta", fact "motta-appointed-genoa", field "quote": quote "Во вторник, 22-го октября.*" is not in assets\/article\.ru\.txt; copy it exactly as the article has it, typos included/,
    );
  });

  it('rejects an entity role whose quote is not in the article', () => {
    const data = copies();
    (entity(data.entities, 'alenichev').role as { quote: string }).quote = 'Аленичев — главный тренер';
    expect(validate(data)).toEqual([
      expect.objectContaining({ file: ENTITIES, entity: 'alenichev', field: 'role.quote' }),
    ]);
  });

  it('rejects a missing English text on a fact', () => {
    const data = copies();
    delete (fact(data.facts, 'spartak-super-cup').text as { en?: string }).en;
    const [error, ...rest] = validate(data);
    expect(rest).toEqual([]);
    expect(formatDataError(error!)).toBe(
      'assets/knowledge/facts.json: entity "spartak", fact "spartak-super-cup", field "text.en": ' +
        'missing English text; write it (plain sports-journalism English)',
    );
  });

  it('rejects a missing Russian summary and an English name left in Russian', () => {
    const data = copies();
    delete (entity(data.entities, 'genoa').summary as { ru?: string }).ru;
    (entity(data.entities, 'chelsea').name as { en: string }).en = '«Челси»';
    expect(validate(data)).toEqual([
      expect.objectContaining({ file: ENTITIES, entity: 'genoa', field: 'summary.ru', message: 'missing Russian text; write it' }),
      expect.objectContaining({
        file: ENTITIES,
        entity: 'chelsea',
        field: 'name.en',
        message: expect.stringMatching(/contains Cyrillic.*translate it into English/),
      }),
    ]);
  });

  it('rejects a missing Italian text on a fact, naming file, entity, fact and field', () => {
    const data = copies();
    delete (fact(data.facts, 'carrera-dismissed').text as { it?: string }).it;
    expect(validate(data).map(formatDataError)).toEqual([
      'assets/knowledge/facts.json: entity "carrera", fact "carrera-dismissed", field "text.it": missing Italian text; ' +
        'write it (Italian of the sports press, translated fact by fact from the Russian: nothing added, nothing left out)',
    ]);
  });

  it('rejects a missing Italian summary, role, value and name, each with its entity and field', () => {
    const data = copies();
    delete (entity(data.entities, 'genoa').summary as { it?: string }).it;
    delete (entity(data.entities, 'motta').role as { it?: string }).it;
    delete (entity(data.entities, 'spartak').name as { it?: string }).it;
    delete (fact(data.facts, 'spartak-super-cup').value as { it?: string }).it;
    expect(validate(data).map((e) => `${e.file} ${e.entity}/${e.fact ?? ''} ${e.field}`)).toEqual([
      `${ENTITIES} spartak/ name.it`,
      `${ENTITIES} genoa/ summary.it`,
      `${ENTITIES} motta/ role.it`,
      `${FACTS} spartak/spartak-super-cup value.it`,
    ]);
  });

  it('rejects Italian text left in Russian or copied from the English, but lets a name be the same', () => {
    const data = copies();
    fact(data.facts, 'spartak-super-cup').text.it = fact(data.facts, 'spartak-super-cup').text.en;
    fact(data.facts, 'carrera-dismissed').text.it = 'Каррера è stato esonerato.';
    expect(validate(data)).toEqual([
      expect.objectContaining({ fact: 'spartak-super-cup', field: 'text.it', message: expect.stringContaining('copy of the English') }),
      expect.objectContaining({ fact: 'carrera-dismissed', field: 'text.it', message: expect.stringContaining('contains Cyrillic') }),
    ]);
    expect((entity(copies().entities, 'genoa').name as { en: string; it: string }).it).toBe('Genoa');
  });

  it('rejects an inferred name without a reason, a reason in one language short, and a reason on a stated name', () => {
    const data = copies();
    delete (entity(data.entities, 'italy').name as { reason?: unknown }).reason;
    (entity(data.entities, 'conte').name as Record<string, unknown>).reason = { ru: 'так', en: 'so', it: 'così' };
    expect(validate(data)).toEqual([
      expect.objectContaining({ entity: 'conte', field: 'name.reason', message: expect.stringContaining('only for inferred names') }),
      expect.objectContaining({ entity: 'italy', field: 'name.reason', message: expect.stringContaining('needs a reason') }),
    ]);
    const short = copies();
    delete ((entity(short.entities, 'italy').name as { reason: { it?: string } }).reason).it;
    expect(validate(short).map(formatDataError)).toEqual([
      expect.stringMatching(/^assets\/knowledge\/entities\.json: entity "italy", field "name\.reason\.it": missing Italian text/),
    ]);
  });

  it('rejects a missing reason in one language on an inferred time', () => {
    const data = copies();
    delete (fact(data.facts, 'motta-appointed-genoa').time!.reason as { en?: string }).en;
    expect(validate(data)).toEqual([
      expect.objectContaining({ fact: 'motta-appointed-genoa', field: 'time.reason.en' }),
    ]);
  });

  it.each([
    ['22.10.2018', 'day', 'YYYY-MM-DD (e.g. 2018-10-22)'],
    ['2018-02-30', 'day', 'YYYY-MM-DD (e.g. 2018-10-22)'],
    ['2018-10', 'day', 'YYYY-MM-DD (e.g. 2018-10-22)'],
    ['2018-13', 'month', 'YYYY-MM (e.g. 2019-10)'],
    ['18', 'year', 'YYYY (e.g. 2009)'],
    ['2016/18', 'season', 'YYYY/YY (e.g. 2016/17)'],
  ])('rejects the malformed date %s for precision %s', (date, precision, form) => {
    const data = copies();
    fact(data.facts, 'carrera-dismissed').time = { date, precision: precision as never };
    expect(validate(data).map(formatDataError)).toEqual([
      `assets/knowledge/facts.json: entity "carrera", fact "carrera-dismissed", field "time.date": ` +
        `"${date}" is not a valid ${precision} date; write it as ${form}`,
    ]);
  });

  it('rejects an unknown time precision', () => {
    const data = copies();
    fact(data.facts, 'carrera-dismissed').time = { date: '2018-10-22', precision: 'week' as never };
    expect(validate(data)).toEqual([
      expect.objectContaining({ fact: 'carrera-dismissed', field: 'time.precision', message: expect.stringContaining('year, month, day, season') }),
    ]);
  });

  it('rejects an inferred time without a reason, and a reason on a stated time', () => {
    const data = copies();
    delete fact(data.facts, 'motta-appointed-genoa').time!.reason;
    fact(data.facts, 'carrera-dismissed').time!.reason = { ru: 'потому что', en: 'because', it: 'perché' };
    expect(validate(data)).toEqual([
      expect.objectContaining({ fact: 'carrera-dismissed', field: 'time.reason', message: expect.stringContaining('only for inferred times') }),
      expect.objectContaining({ fact: 'motta-appointed-genoa', field: 'time.reason', message: expect.stringContaining('needs a reason') }),
    ]);
  });

  it('rejects dated facts that go back in time in reading order', () => {
    const data = copies();
    fact(data.facts, 'carrera-dismissed').time = { date: '2008-10-22', precision: 'day' };
    expect(validate(data)).toEqual([
      expect.objectContaining({
        fact: 'carrera-dismissed',
        field: 'time.date',
        message: expect.stringContaining('is earlier than "2009" of fact "carrera-juventus-youth-coordinator"'),
      }),
    ]);
  });

  it('rejects an unknown relation, a relation without its object, and a duplicate fact id', () => {
    const data = copies();
    fact(data.facts, 'carrera-visited-russia').relation = 'travelled' as never;
    fact(data.facts, 'carrera-dismissed').objects = [];
    fact(data.facts, 'carrera-warm-memories').id = 'carrera-ready-to-return';
    const fields = validate(data).map((e) => `${e.fact}:${e.field}`);
    expect(fields).toEqual([
      'carrera-dismissed:objects',
      'carrera-visited-russia:relation',
      'carrera-ready-to-return:id',
    ]);
  });

  it('rejects an entity that no fact is about', () => {
    const data = copies();
    data.facts.facts = data.facts.facts.filter((f) => f.subject !== 'motta');
    expect(validate(data)).toEqual([
      expect.objectContaining({ file: FACTS, entity: 'motta', field: 'facts', message: expect.stringContaining('card would be empty') }),
    ]);
  });

  it('rejects a headline that is not the article first line', () => {
    const data = copies();
    data.entities.source.title.ru = 'Каррера готов вернуться';
    expect(validate(data)).toEqual([
      expect.objectContaining({ file: ENTITIES, field: 'source.title.ru', message: expect.stringContaining('first line') }),
    ]);
  });

  it('rejects surface-form lists in entities.json: they belong to the lexicon', () => {
    const data = copies();
    entity(data.entities, 'carrera').forms = ['Каррера', 'Карреры'];
    expect(validate(data)).toEqual([
      expect.objectContaining({ entity: 'carrera', field: 'forms', message: expect.stringContaining('lexicon.json') }),
    ]);
  });
});

describe('validating the files on disk', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  /** A temporary copy of the project's data files. */
  function copyProject(): string {
    dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(resolve(root, 'assets/article.ru.txt'), join(dir, 'assets/article.ru.txt'), { recursive: true });
    for (const file of [ENTITIES, FACTS, LEXICON]) {
      try {
        cpSync(resolve(root, file), join(dir, file), { recursive: true });
      } catch {
        // lexicon.json is optional
      }
    }
    return dir;
  }

  it('finds the project data valid', () => {
    expect(validateKnowledgeFiles(root)).toEqual([]);
    expect(() => assertDataValid(root)).not.toThrow();
  });

  it('fails the build on a broken lexicon too, naming its file and field', () => {
    const project = copyProject();
    const lexicon = JSON.parse(readFileSync(join(project, LEXICON), 'utf8')) as { paradigms: Record<string, unknown> };
    lexicon.paradigms.a = ['а', 'ы'];
    writeFileSync(join(project, LEXICON), JSON.stringify(lexicon));
    expect(() => assertDataValid(project)).toThrow(/assets\/knowledge\/lexicon\.json: field "paradigms\.a"/);
  });

  it('fails the build on a lexicon rule that requires an unknown entity, in the same format as the knowledge files', () => {
    const project = copyProject();
    const lexicon = JSON.parse(readFileSync(join(project, LEXICON), 'utf8')) as { entities: Record<string, { groups: Record<string, unknown>[] }> };
    lexicon.entities.conte!.groups[0]!.requireEntity = 'karrera';
    writeFileSync(join(project, LEXICON), JSON.stringify(lexicon));
    expect(() => assertDataValid(project)).toThrow(
      /\nassets\/knowledge\/lexicon\.json: field "entities\.conte\.groups\[0\]\.requireEntity": must be an entity id, found "karrera"/,
    );
  });

  it('reports a file that is not JSON', () => {
    const project = copyProject();
    writeFileSync(join(project, FACTS), '{ "facts": [ }');
    expect(validateKnowledgeFiles(project)).toEqual([
      expect.objectContaining({ file: FACTS, field: '(file)', message: expect.stringContaining('is not valid JSON') }),
    ]);
  });

  it('fails with every problem listed, one per line, and the CLI exits 1', () => {
    const project = copyProject();
    const facts = JSON.parse(readFileSync(join(project, FACTS), 'utf8')) as FactsFile;
    facts.facts[0]!.quote = 'Каррера — бразилец';
    facts.facts[1]!.time = { date: '2018/10/22', precision: 'day' };
    writeFileSync(join(project, FACTS), JSON.stringify(facts));
    expect(() => assertDataValid(project)).toThrow(
      /Knowledge data is invalid \(2 problems\):\nassets\/knowledge\/facts\.json: entity "carrera", fact "carrera-nationality", field "quote".*\nassets\/knowledge\/facts\.json: entity "carrera", fact "carrera-playing-position", field "time\.date"/,
    );
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/validate-data.ts')], {
        cwd: project,
        stdio: 'pipe',
      });
    } catch (failure) {
      status = (failure as { status: number }).status;
      stderr = String((failure as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toContain('fact "carrera-nationality", field "quote"');
    expect(stderr).toContain('2 problems in the knowledge data.');
  });
});
