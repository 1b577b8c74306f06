import { ENTITY_IDS, type EntityId } from '../knowledge/entity-ids';
import { formatDataError, isRecord, isStringList } from '../validation';

/**
 * The shape of assets/knowledge/lexicon.json: how each entity is written, and the context
 * rules that keep ambiguous forms precise. Data only; the semantics live in lib/matcher.
 *
 * Forms ("patterns") are phrases of space-separated tokens. A token is
 *  - a literal word: `Конте`, `Chelsea`, `красно-белые`;
 *  - a stem with a paradigm: `Каррер[a]` = stem + each ending of paradigm `a` (six Russian
 *    cases, nom gen dat acc ins prep). All paradigm tokens of one phrase take the same case,
 *    so `Дмитри[ij] Аленичев[ov]` gives `Дмитрия Аленичева`, never `Дмитрий Аленичеву`;
 *  - `{Тьяго|Тиаго}`: alternatives.
 * A token written with an upper-case first letter must start with an upper-case letter in the
 * text (so `Conte` never matches the Italian word `conte`, and `КОНТЕ` in a headline does);
 * a lower-case token matches in any case.
 *
 * A cue (in rejectBefore/rejectAfter/rejectNear/requireInBlock/allowAfter and the word lists)
 * is `word` (whole word), `prefix*` (a word that starts so) or `*suffix` (a word that ends so;
 * only for adjacent-word checks); it may span words (`prime minister`). `@name` refers to a
 * shared cue set in `cueSets`. Cues are compared lower-case with ё read as е.
 */
export interface Lexicon {
  version: 1;
  /** Six endings per paradigm (nom, gen, dat, acc, ins, prep); `ой|ою` lists alternatives. */
  paradigms: Record<string, string[]>;
  /** Shared cue lists, referred to as `@name`. */
  cueSets: Record<string, string[]>;
  /**
   * Capitalised words that may stand right before a surname without being a first name
   * (prepositions at the start of a sentence, job titles): used by `prevCapital`.
   */
  notFirstNames: string[];
  /** First names of the entities' namesakes (Джузеппе Конте, Тиа Каррере, Marco Motta): always reject. */
  namesakeFirstNames: string[];
  /** Words after which a capitalised word is a place or a club, not a first name (в России Каррера). */
  prepositions: string[];
  /** How the evidence for a candidate of a group that `needsEvidence` is weighed (lib/matcher/decide.ts). */
  evidence: {
    weights: EvidenceWeights;
    /** Words that name football or another topic in a page's address or title (the page's prior). */
    pageFootball: string[];
    /** Words of every sport (sport, спорт, a sports site's name): football's prior only when no other topic is named. */
    pageSport: string[];
    pageOtherTopic: string[];
    /** Words of other sports and topics in a sentence, which speak against a bare name. */
    otherTopic: string[];
    /**
     * Per entity, words of the page's address or title that name another of the name
     * (…/kostromskoy-spartak-…: Spartak of Kostroma): the page counts one namesake for it, so a bare
     * name is ours only where the page names ours in full (page-context.ts).
     */
    namesakeAddress?: Partial<Record<EntityId, string[]>>;
    /**
     * Per entity, words of the address or title that name it (…/genoa-cagliari-…): a nickname it shares
     * with other clubs (a group's `sharedWith` with `sharedOnPage`) is theirs on a page whose address
     * names one of them and not it.
     */
    ownAddress?: Partial<Record<EntityId, string[]>>;
    /**
     * The entities whose bare name a football page about them makes theirs (the `entityInAddress`
     * feature): not those whose name is as often a place (Genoa the city, Chelsea the district).
     */
    entityInAddress?: EntityId[];
  };
  entities: Record<EntityId, EntityLexicon>;
}

/** The weight of each feature of the evidence; a candidate is marked when their sum reaches its group's `needsEvidence`. */
export interface EvidenceWeights {
  /** A @football or @footballNames cue in the candidate's sentence. */
  footballInSentence: number;
  /** Such a cue elsewhere in the block (counted only when the sentence has none). */
  footballInBlock: number;
  /**
   * Such a cue on a page whose address or title names another sport (…/hockey/…), with no word only
   * football uses and none of ours beside it: it speaks for that sport. Listed at weight 0 (it says why
   * no football counted).
   */
  footballOnOtherSportPage: number;
  /** An `otherTopic` cue in the sentence (negative). */
  otherTopicInSentence: number;
  /** … or elsewhere in the block, when the sentence has no football cue either (negative). */
  otherTopicInBlock: number;
  /** The words around a country's name make it the team (the group's `teamContext`). */
  teamContext: number;
  /**
   * No such words, but the page names the team without doubt and the sentence speaks of football
   * (the group's `teamContext.page`): «сборная Италии» above, «Италия может выступить на Евро» here.
   */
  teamOnPage: number;
  /** The form stands between quotes: a name, not a common word. */
  quoted: number;
  /** A nickname in a sentence that speaks of names (nickname, known as, прозвище, soprannome: @nicknameWords). */
  nicknameInSentence: number;
  /** Another entity's candidate, passed by its rules, in the sentence. */
  entityInSentence: number;
  /** … or elsewhere in the block. */
  entityInBlock: number;
  /**
   * Short of its need with football around it, the same entity marked by its own text in the block
   * (a full name, or its own evidence): the block goes on speaking of it.
   */
  sameEntityInBlock: number;
  /** The same entity named on the page in a form that needs no evidence (a full name, «Ювентус»). */
  sameEntityOnPage: number;
  /** Not so named, but a candidate elsewhere on the page reached its need by its own text (for one short of its need). */
  sameEntitySeenOnPage: number;
  /** Another entity so named on the page (counted only without the former). */
  otherEntityOnPage: number;
  /** The page's address or title names football. */
  footballPage: number;
  /**
   * The address or title names football (a word of `pageFootball`, not only a sports site's name such as
   * «championat»), its path or title names the entity (`ownAddress`: …/football/live/…/rangers-v-spartak-moscow…;
   * not the host, football-italia.net), the entity is one of `evidence.entityInAddress`, and no namesake of it
   * is on the page: a football page about it, where its bare name is its own.
   */
  entityInAddress: number;
  /** … or names another topic (negative). */
  otherTopicPage: number;
  /** A rule saw someone or something else of this name on the page (negative). */
  namesakeOnPage: number;
}

export const EVIDENCE_FEATURES = [
  'footballInSentence', 'footballInBlock', 'footballOnOtherSportPage', 'otherTopicInSentence', 'otherTopicInBlock', 'teamContext', 'teamOnPage', 'quoted', 'nicknameInSentence', 'entityInSentence', 'entityInBlock', 'sameEntityInBlock',
  'sameEntityOnPage', 'sameEntitySeenOnPage', 'otherEntityOnPage', 'footballPage', 'entityInAddress', 'otherTopicPage', 'namesakeOnPage',
] as const satisfies readonly (keyof EvidenceWeights)[];

export interface EntityLexicon {
  groups: FormGroup[];
}

/** Forms that share the same context rules. Every rule is optional. */
export interface FormGroup {
  /** Why these forms and these rules; shown to maintainers only. */
  note?: string;
  forms: string[];
  /** The form counts only between quotes or as a hashtag: «синие», "старая синьора", #синие (plain words stay plain). */
  quoted?: boolean;
  /**
   * Person names: a capitalised word right before the surname (spaces only between) may be
   * someone else's first name (Джузеппе Конте, Тиа Каррере, Marco Motta); see someoneElse in
   * lib/matcher/context.ts for the exact rule.
   */
  prevCapital?: boolean;
  /**
   * A capitalised word right after the form (spaces only between, form not in quotes) that is
   * not another mention and not in `allowAfter` makes it something else: a first name
   * (Chelsea Clinton, Спартак Гогниев) or a qualified team (сборную России).
   * `always`, or `outsideFootball` = only when the sentence has no @football cue.
   */
  nextCapital?: 'always' | 'outsideFootball';
  allowAfter?: string[];
  /**
   * Words right before the name that say it is ours (московский «Спартак», столичного «Спартака»):
   * like a qualifier after it (`allowAfter`), they outweigh `rejectNear` («…против столичного
   * "Спартака"» in a sentence that also names Nalchik's).
   */
  allowBefore?: string[];
  /** Reject when the word right before (quotes, brackets and spaces skipped) is one of these. */
  rejectBefore?: string[];
  /**
   * Reject when the words right after (quotes, brackets and spaces skipped) start with one of
   * these; cues may span words (`из нальчик*`), suffix cues are not used here.
   */
  rejectAfter?: string[];
  /**
   * Reject when the sentence holding the form contains one of these.
   * rejectBefore, rejectAfter and rejectNear do not apply to a person's full name (prevCapital groups).
   */
  rejectNear?: string[];
  /**
   * The same, only for a form not between quotes: Spartacus the gladiator is written bare, the club
   * beside his image is «Спартак» («изображение гладиатора, эмблемы "Спартака"»).
   */
  rejectNearBare?: string[];
  /**
   * Reject a form in the nominative (the first paradigm slot, or a form that does not decline) when
   * the word right before is one of these: the name of a place or an organisation, in apposition
   * (стадион «Спартак», на станции «Спартак»), where the club would be in the genitive
   * (стадион «Спартака»).
   */
  apposition?: string[];
  /**
   * An adjective used as a team's nickname (красно-белые, синие): not when a lower-case noun follows
   * it (красно-белых футболистов, синие полосы), nor as the end of a compound colour joined by a
   * hyphen (красно-синие). See nounAfter and the `compound` rule in lib/matcher/context.ts.
   */
  substantive?: boolean;
  /**
   * The name is also a place that news items start with (a dateline): a city at the very start of a
   * block, before a dash and an English sentence ("Genoa – The fans…"); a country after a wire service's
   * upper-case city ("BOLOGNA, Italy (AP)"), the only dateline a country (a group with teamContext) takes.
   * See `isDateline` in lib/matcher/context.ts.
   */
  dateline?: boolean;
  /** The group's forms are a nickname (красно-белые, the Blues): another team of that nickname is not a namesake of the entity. */
  nickname?: boolean;
  /**
   * A country's name that is the national team only in a team's context: a word before it
   * (`before`: ct dell'Italia, against Italy), words after it (`after`: Italy manager, Italy
   * international; not when a word of `ownedNot` comes first after a possessive: "Italy's oldest
   * football team", "Italy's most successful club" are the country's), a score beside it (`score`), or another country's team named in the same
   * sentence as a match (`opponents` with `matchWords`: Italy's victory over Spain at the Euro). It
   * adds the `teamContext` evidence feature;
   * with `required` a candidate without it is turned down, unless `page` is set, the page names
   * the team without doubt and the candidate's sentence has football words (then it adds the
   * `teamOnPage` feature instead). `roleBefore`: a word of a team's people or matches right before a
   * form not in the nominative (хавбек «синих», матч красно-белых: the team's, in the genitive).
   * `hosting`: words of hosting a tournament (co-host, Paese ospitante, заявка на проведение): in their
   * sentence the country is the host, a place, unless the words around it make it the team (before it,
   * a score, after it; not its opponent) or the hosting word is another country's (see hostingCue).
   */
  teamContext?: { before?: string[]; after?: string[]; roleBefore?: string[]; ownedNot?: string[]; hosting?: string[]; score?: boolean; opponents?: string[]; matchWords?: string[]; required?: boolean; page?: boolean };
  /** Count only when the whole text block contains at least one of these. */
  requireInBlock?: string[];
  /**
   * Never on a page whose address or title has one of these: the page is about another team of the
   * name (…/italia-femminile-u17/…: its «Nazionale azzurra» is the women's under-17 side).
   */
  rejectPage?: string[];
  /**
   * Never in a block that has one of these and no word only football uses (@footballSpecific): the
   * paragraph is about another sport, so «la nazionale azzurra» in it is that sport's team.
   */
  rejectInBlock?: string[];
  /**
   * Words right before or after the name that say what kind of thing it is (футбольный клуб
   * «Спартак», FC Spartak, Chelsea football club): beside one of them the name speaks for itself,
   * like a full name.
   */
  introducedBy?: string[];
  /**
   * Other teams called by the same nickname (rossoblù: Bologna, Cagliari): when one of them is named
   * before the nickname in its block and the entity is not, the nickname is theirs («Il Cagliari va
   * avanti 2-0… poi i rossoblù sprofondano»).
   */
  sharedWith?: string[];
  /**
   * The Italian press's local nickname (i rossoblù, i bianconeri, gli azzurri in lower case): on a page
   * whose address or title names one of `sharedWith` and not the entity (`evidence.ownAddress`), it is
   * theirs on the whole page (…/ranieri-per-il-cagliari…: «ai rossoblù» beside a Genoa they beat). Not
   * for "the Azzurri" of English writers, who mean Italy whatever club the page is on.
   */
  sharedOnPage?: boolean;
  /**
   * The evidence score (see `evidence` at the top level) a candidate of this group needs to be
   * marked: for forms that are as often something else. Full names and proper names of several
   * capitalised words need none.
   */
  needsEvidence?: number;
  /** Count only when this entity is also mentioned in the same sentence. */
  requireEntity?: EntityId;
}

/** teamContext's cue lists and its flags, as the data writes them. */
const TEAM_CONTEXT_LISTS = ['before', 'after', 'roleBefore', 'ownedNot', 'hosting', 'opponents', 'matchWords'] as const;
const TEAM_CONTEXT_FLAGS = ['score', 'required', 'page'] as const;
const GROUP_KEYS = new Set([
  'note', 'forms', 'quoted', 'prevCapital', 'nextCapital', 'allowAfter', 'allowBefore', 'rejectBefore',
  'rejectAfter', 'rejectNear', 'rejectNearBare', 'apposition', 'substantive', 'dateline', 'nickname', 'teamContext', 'requireInBlock', 'sharedWith', 'sharedOnPage', 'rejectPage', 'rejectInBlock', 'introducedBy', 'requireEntity', 'needsEvidence',
]);
const CUE_LIST_KEYS = ['allowAfter', 'allowBefore', 'rejectBefore', 'rejectAfter', 'rejectNear', 'rejectNearBare', 'apposition', 'requireInBlock', 'sharedWith', 'rejectPage', 'rejectInBlock', 'introducedBy'] as const;
const TOKEN = /^(?:\{[^{}|\s]+(?:\|[^{}|\s]+)+\}|[^\s[\]{}|]+)(?:\[([A-Za-z0-9_]+)\])?$/u;

/**
 * Checks lexicon data by hand (no schema library, so nothing extra ships in the bundle).
 * Returns one message per problem, each naming the file, the entity and the field; an empty
 * list means the data is usable. The build calls this and fails on any message.
 */
export function validateLexicon(data: unknown, file = 'assets/knowledge/lexicon.json'): string[] {
  const errors: string[] = [];
  const fail = (field: string, message: string) => errors.push(formatDataError({ file, field, message }));
  if (!isRecord(data)) return [formatDataError({ file, field: '(file)', message: 'the top level must be a JSON object' })];

  if (data.version !== 1) fail('version', `must be 1, found ${JSON.stringify(data.version)}`);

  const paradigms = data.paradigms;
  if (!isRecord(paradigms)) fail('paradigms', 'must be an object of name → six endings');
  else {
    for (const [name, endings] of Object.entries(paradigms)) {
      if (!Array.isArray(endings) || endings.length !== 6 || !endings.every((e) => typeof e === 'string')) {
        fail(`paradigms.${name}`, 'must list exactly six endings (nom, gen, dat, acc, ins, prep) as strings');
      }
    }
  }

  const cueSets = data.cueSets;
  if (!isRecord(cueSets)) fail('cueSets', 'must be an object of name → list of cues');
  else {
    for (const [name, cues] of Object.entries(cueSets)) checkCueList(cues, `cueSets.${name}`, fail, cueSets);
  }

  if (!isStringList(data.notFirstNames)) fail('notFirstNames', 'must be a list of words');
  if (!isStringList(data.namesakeFirstNames)) fail('namesakeFirstNames', 'must be a list of words');
  if (!isStringList(data.prepositions)) fail('prepositions', 'must be a list of words');
  checkEvidence(data.evidence, fail, isRecord(cueSets) ? cueSets : {});

  const entities = data.entities;
  if (!isRecord(entities)) {
    fail('entities', 'must be an object keyed by entity id');
    return errors;
  }
  for (const id of ENTITY_IDS) {
    if (!(id in entities)) fail(`entities.${id}`, 'is missing: every entity needs at least one form');
  }
  for (const [id, entity] of Object.entries(entities)) {
    const at = `entities.${id}`;
    if (!(ENTITY_IDS as readonly string[]).includes(id)) {
      fail(at, `unknown entity id (known: ${ENTITY_IDS.join(', ')})`);
    }
    if (!isRecord(entity) || !Array.isArray(entity.groups) || entity.groups.length === 0) {
      fail(`${at}.groups`, 'must be a non-empty list of form groups');
      continue;
    }
    entity.groups.forEach((group, g) => {
      const gat = `${at}.groups[${g}]`;
      if (!isRecord(group)) return fail(gat, 'must be an object');
      for (const key of Object.keys(group)) {
        if (!GROUP_KEYS.has(key)) fail(`${gat}.${key}`, `unknown field (known: ${[...GROUP_KEYS].join(', ')})`);
      }
      if (!isStringList(group.forms) || group.forms.length === 0) {
        fail(`${gat}.forms`, 'must be a non-empty list of form patterns');
      } else {
        group.forms.forEach((form, f) => checkForm(form, `${gat}.forms[${f}]`, fail, isRecord(paradigms) ? paradigms : {}));
      }
      if ('teamContext' in group) {
        const t = group.teamContext;
        if (!isRecord(t)) fail(`${gat}.teamContext`, `must be an object with ${TEAM_CONTEXT_LISTS.join(', ')} (cue lists), ${TEAM_CONTEXT_FLAGS.join(', ')} (true or false)`);
        else {
          const known: readonly string[] = [...TEAM_CONTEXT_LISTS, ...TEAM_CONTEXT_FLAGS];
          for (const key of Object.keys(t)) if (!known.includes(key)) fail(`${gat}.teamContext.${key}`, `unknown field (known: ${known.join(', ')})`);
          if (('opponents' in t) !== ('matchWords' in t)) fail(`${gat}.teamContext`, 'opponents and matchWords go together: another team counts only in a sentence of a match');
          for (const key of TEAM_CONTEXT_LISTS) if (key in t) checkCueList(t[key], `${gat}.teamContext.${key}`, fail, isRecord(cueSets) ? cueSets : {});
          for (const key of TEAM_CONTEXT_FLAGS) {
            if (key in t && typeof t[key] !== 'boolean') fail(`${gat}.teamContext.${key}`, 'must be true or false');
          }
        }
      }
      if (group.sharedOnPage !== undefined && !('sharedWith' in group)) fail(`${gat}.sharedOnPage`, 'needs sharedWith: the clubs whose pages take the nickname');
      for (const key of ['quoted', 'prevCapital', 'substantive', 'dateline', 'nickname', 'sharedOnPage'] as const) {
        if (key in group && typeof group[key] !== 'boolean') fail(`${gat}.${key}`, 'must be true or false');
      }
      if ('nextCapital' in group && group.nextCapital !== 'always' && group.nextCapital !== 'outsideFootball') {
        fail(`${gat}.nextCapital`, 'must be "always" or "outsideFootball"');
      }
      if ('note' in group && typeof group.note !== 'string') fail(`${gat}.note`, 'must be a string');
      if ('needsEvidence' in group && (typeof group.needsEvidence !== 'number' || !Number.isFinite(group.needsEvidence))) {
        fail(`${gat}.needsEvidence`, 'must be a number (the evidence score the form needs)');
      }
      if ('requireEntity' in group && !(ENTITY_IDS as readonly string[]).includes(group.requireEntity as string)) {
        fail(`${gat}.requireEntity`, `must be an entity id, found ${JSON.stringify(group.requireEntity)}`);
      }
      for (const key of CUE_LIST_KEYS) {
        if (key in group) checkCueList(group[key], `${gat}.${key}`, fail, isRecord(cueSets) ? cueSets : {});
      }
    });
  }
  return errors;
}

function checkEvidence(value: unknown, fail: (w: string, p: string) => void, cueSets: Record<string, unknown>) {
  if (!isRecord(value)) return fail('evidence', 'must be an object with weights, pageFootball, pageSport, pageOtherTopic and otherTopic');
  const weights = value.weights;
  if (!isRecord(weights)) fail('evidence.weights', `must give a number for each of ${EVIDENCE_FEATURES.join(', ')}`);
  else {
    for (const feature of EVIDENCE_FEATURES) {
      if (typeof weights[feature] !== 'number') fail(`evidence.weights.${feature}`, 'must be a number');
    }
    for (const key of Object.keys(weights)) {
      if (!(EVIDENCE_FEATURES as readonly string[]).includes(key)) fail(`evidence.weights.${key}`, `unknown feature (known: ${EVIDENCE_FEATURES.join(', ')})`);
    }
  }
  for (const key of ['pageFootball', 'pageSport', 'pageOtherTopic', 'otherTopic'] as const) checkCueList(value[key], `evidence.${key}`, fail, cueSets);
  const about = value.entityInAddress;
  if (about !== undefined && !(isStringList(about) && about.every((id) => (ENTITY_IDS as readonly string[]).includes(id)))) {
    fail('evidence.entityInAddress', `must be a list of entity ids (known: ${ENTITY_IDS.join(', ')})`);
  }
  for (const key of ['namesakeAddress', 'ownAddress'] as const) {
    const byEntity = value[key];
    if (byEntity === undefined) continue;
    if (!isRecord(byEntity)) {
      fail(`evidence.${key}`, 'must be an object of entity id → cue list');
      continue;
    }
    for (const [id, list] of Object.entries(byEntity)) {
      const at = `evidence.${key}.${id}`;
      if (!(ENTITY_IDS as readonly string[]).includes(id)) fail(at, `unknown entity id (known: ${ENTITY_IDS.join(', ')})`);
      else checkCueList(list, at, fail, cueSets);
    }
  }
}

function checkForm(form: string, at: string, fail: (w: string, p: string) => void, paradigms: Record<string, unknown>) {
  if (form.trim() !== form || form.includes('  ') || form === '') {
    return fail(at, `"${form}" must be words separated by single spaces`);
  }
  for (const token of form.split(' ')) {
    const m = TOKEN.exec(token);
    if (!m) fail(at, `"${form}": token "${token}" is not word, stem[paradigm] or {a|b}`);
    else if (m[1] && !(m[1] in paradigms)) fail(at, `"${form}": paradigm "${m[1]}" is not defined in paradigms`);
  }
}

function checkCueList(value: unknown, at: string, fail: (w: string, p: string) => void, cueSets: Record<string, unknown>) {
  if (!isStringList(value)) return fail(at, 'must be a list of cue strings');
  for (const cue of value) {
    if (cue.startsWith('@')) {
      if (!(cue.slice(1) in cueSets)) fail(at, `cue set "${cue}" is not defined in cueSets`);
    } else if (cue.trim() === '' || cue.trim() !== cue || cue === '*') {
      fail(at, `cue "${cue}" is empty or has outer spaces`);
    } else if (cue.slice(1, -1).includes('*')) {
      fail(at, `cue "${cue}" has a * inside it: a * stands only at a cue's start (*suffix) or end (prefix*); write the phrases out`);
    }
  }
}
