import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandForm } from '../../lib/matcher/forms';
import { validateLexicon } from '../../lib/matcher/lexicon';

const file = resolve(process.cwd(), 'assets/knowledge/lexicon.json');
const lexicon = JSON.parse(readFileSync(file, 'utf8'));

describe('lexicon data', () => {
  it('is valid', () => {
    expect(validateLexicon(lexicon)).toEqual([]);
  });

  it('derives the six cases from a stem and a paradigm, with full names declined in step', () => {
    expect(expandForm('Каррер[a]', lexicon.paradigms)).toEqual(['Каррера', 'Карреры', 'Каррере', 'Карреру', 'Каррерой', 'Каррерою']);
    expect(expandForm('Дмитри[ij] Аленичев[ov]', lexicon.paradigms)).toEqual([
      'Дмитрий Аленичев', 'Дмитрия Аленичева', 'Дмитрию Аленичеву', 'Дмитрием Аленичевым', 'Дмитрии Аленичеве',
    ]);
    expect(expandForm('{Тьяго|Тиаго} Мотт[a]', lexicon.paradigms)).toContain('Тиаго Моттой');
    expect(expandForm('Конте', lexicon.paradigms)).toEqual(['Конте']);
  });
});

describe('validateLexicon', () => {
  it('names the file, the entity and the field of each problem', () => {
    const broken = structuredClone(lexicon);
    broken.entities.carrera.groups[0].forms.push('Каррер[zz]');
    broken.entities.conte.groups[0].rejectNear.push('@nosuchset');
    broken.entities.motta.groups[0].quoted = 'yes';
    broken.entities.spartak.groups[0].colour = 'red';
    delete broken.entities.genoa;
    broken.entities.porsche = { groups: [{ forms: ['Porsche'] }] };
    const errors = validateLexicon(broken, 'lexicon.json');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^lexicon\.json: field "entities\.carrera\.groups\[0\]\.forms\[\d+\]": .*paradigm "zz" is not defined/),
        expect.stringMatching(/^lexicon\.json: field "entities\.conte\.groups\[0\]\.rejectNear": cue set "@nosuchset"/),
        expect.stringMatching(/^lexicon\.json: field "entities\.motta\.groups\[0\]\.quoted": must be true or false/),
        expect.stringMatching(/^lexicon\.json: field "entities\.spartak\.groups\[0\]\.colour": unknown field/),
        expect.stringMatching(/^lexicon\.json: field "entities\.genoa": is missing/),
        expect.stringMatching(/^lexicon\.json: field "entities\.porsche": unknown entity id/),
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('names an address namesake list of an unknown entity or an undefined cue set', () => {
    const broken = structuredClone(lexicon);
    broken.evidence.namesakeAddress = { spartak: ['@nosuchset'], porsche: ['porsche'] };
    expect(validateLexicon(broken, 'lexicon.json')).toEqual([
      'lexicon.json: field "evidence.namesakeAddress.spartak": cue set "@nosuchset" is not defined in cueSets',
      'lexicon.json: field "evidence.namesakeAddress.porsche": unknown entity id (known: carrera, spartak, genoa, juventus, chelsea, conte, alenichev, motta, italy)',
    ]);
  });

  it('names the new cue lists of a group (allowBefore, rejectNearBare, teamContext.ownedNot) when they name an undefined cue set', () => {
    const broken = structuredClone(lexicon);
    broken.entities.spartak.groups[0].allowBefore = ['@nosuchset'];
    broken.entities.spartak.groups[0].rejectNearBare = ['@nosuchset'];
    broken.entities.italy.groups[3].teamContext.ownedNot = ['@nosuchset'];
    expect(validateLexicon(broken, 'lexicon.json')).toEqual([
      'lexicon.json: field "entities.spartak.groups[0].allowBefore": cue set "@nosuchset" is not defined in cueSets',
      'lexicon.json: field "entities.spartak.groups[0].rejectNearBare": cue set "@nosuchset" is not defined in cueSets',
      'lexicon.json: field "entities.italy.groups[3].teamContext.ownedNot": cue set "@nosuchset" is not defined in cueSets',
    ]);
  });

  it('names a cue with a * inside it (a * stands only at a cue\'s ends), teamContext.hosting\'s undefined set and an unknown entity of entityInAddress', () => {
    const broken = structuredClone(lexicon);
    broken.cueSets.hosting.push('хозяйк* турнира');
    broken.entities.italy.groups[3].teamContext.hosting = ['@nosuchset'];
    broken.evidence.entityInAddress = ['spartak', 'porsche'];
    expect(validateLexicon(broken, 'lexicon.json')).toEqual([
      'lexicon.json: field "cueSets.hosting": cue "хозяйк* турнира" has a * inside it: a * stands only at a cue\'s start (*suffix) or end (prefix*); write the phrases out',
      'lexicon.json: field "evidence.entityInAddress": must be a list of entity ids (known: carrera, spartak, genoa, juventus, chelsea, conte, alenichev, motta, italy)',
      'lexicon.json: field "entities.italy.groups[3].teamContext.hosting": cue set "@nosuchset" is not defined in cueSets',
    ]);
  });

  it('names the ninth round\'s fields when they are wrong: an own-address list of an unknown entity, teamContext.roleBefore, sharedOnPage without sharedWith', () => {
    const broken = structuredClone(lexicon);
    broken.evidence.ownAddress = { porsche: ['porsche'] };
    broken.entities.chelsea.groups[1].teamContext = { roleBefore: ['@nosuchset'] };
    broken.entities.juventus.groups[0].sharedOnPage = true;
    expect(validateLexicon(broken, 'lexicon.json')).toEqual([
      'lexicon.json: field "evidence.ownAddress.porsche": unknown entity id (known: carrera, spartak, genoa, juventus, chelsea, conte, alenichev, motta, italy)',
      expect.stringMatching(/^lexicon\.json: field "entities\.juventus\.groups\[0\]\.sharedOnPage": needs sharedWith/),
      'lexicon.json: field "entities.chelsea.groups[1].teamContext.roleBefore": cue set "@nosuchset" is not defined in cueSets',
    ]);
  });

  it('rejects data that is not a lexicon at all', () => {
    expect(validateLexicon(null)).toEqual(['assets/knowledge/lexicon.json: field "(file)": the top level must be a JSON object']);
    expect(validateLexicon({ version: 2 }).length).toBeGreaterThan(3);
  });

  it('rejects a paradigm without exactly six endings', () => {
    const broken = structuredClone(lexicon);
    broken.paradigms.a = ['а', 'ы'];
    expect(validateLexicon(broken)).toEqual([
      'assets/knowledge/lexicon.json: field "paradigms.a": must list exactly six endings (nom, gen, dat, acc, ins, prep) as strings',
    ]);
  });
});
