import type { Policy } from '../../policy/schema';
import { analyze, type Analysis } from '../analysis';
import type { Candidate, DetectContext } from '../detector';
import { detectAddresses } from '../detectors/addresses';
import { detectAges } from '../detectors/ages';
import { detectDates } from '../detectors/dates';
import { detectHealth } from '../detectors/health';
import { detectNames, staffAppositive } from '../detectors/names';
import { addressedCare, detectPatientReferences, staffJoining, toldCare } from '../detectors/patient';
import { detectPhotoReferences } from '../detectors/photos';
import { stampedCandidates } from '../detectors/recordStamps';
import { detectAttributions, quotedSpans } from '../detectors/quotes';
import { detectRooms } from '../detectors/rooms';
import { isFirstPerson } from '../detectors/tokenTests';
import type { TextContext, TextDetector } from '../detectors/types';
import { detectVocativeNames, findVocatives } from '../detectors/vocatives';
import { detectIdentifiers } from '../ids';
import { detectLanguage } from '../language/detectLanguage';
import { WORD } from '../lexicon/lexicons';
import { HEALTH_TAGS, TAG } from '../lexicon/tags';
import { normalize } from '../normalize';
import { keepBestNonOverlapping } from '../overlaps';
import { DEFAULT_REPLY_TEMPLATES, fillReplyTemplate } from '../replyTemplates';
import { SEP, tokenize } from '../text/tokenize';
import type { Category, Checker, CheckOptions, CheckResult, Finding, Lang, Severity } from '../types';
import { compileAllowedTerms } from './allowedTerms';
import { overlapsAny } from './ranges';
import { compileOrganisationPattern, type CompiledPattern } from './customPatterns';
import { JURISDICTION_PRESETS } from '../../policy/jurisdictions';
import { propagateRepeats } from './repeats';
import { redact } from './redact';
import { ADDRESSEE_HANDLE, beyondStaff, isAnchored, nameBesideClinician, nameWithRoom, namesWithIdentifier, severityOf, verdictOf, type Situation } from './severity';

const TEXT_DETECTORS: ReadonlyArray<[TextDetector, readonly Category[]]> = [
  [detectNames, ['NAME']],
  [detectVocativeNames, ['NAME']],
  [detectAttributions, ['NAME']],
  [detectAddresses, ['ADDRESS']],
  [detectRooms, ['LOCATION']],
  [detectDates, ['DATE']],
  [detectAges, ['AGE']],
  [detectHealth, ['HEALTH']],
  [detectPatientReferences, ['PATIENT']],
  [detectPhotoReferences, ['PHOTO']],
];
const ID_CATEGORIES: readonly Category[] = ['ID', 'PHONE', 'EMAIL', 'URL', 'HANDLE', 'IP', 'LOCATION'];
const CONTEXT_CATEGORIES: ReadonlySet<Category> = new Set(['HEALTH', 'PATIENT', 'PHOTO']);
const MAX_GREETED_NAME = 3;
// The only handle, set off by a comma at the end of a sentence, is the one spoken to: "Sorry for the wait, @jdoe.", "Thanks, @maria_g!".
const HANDLE_VOCATIVE = /,[ \t]*@\w+[ \t]*(?:[.!?]|$)/;
export const LEADING_MENTIONS = /^(?:\s*@[\w.]+[\s,:]*)+/;

/** A compiled policy: everything that does not depend on the text, prepared once. */
export function compileChecker(policy: Policy): Checker {
  const problems: string[] = [];
  const enabled = (c: Category) => policy.detectors[c]?.enabled !== false;
  const override = (c: Category): Severity | undefined => policy.detectors[c]?.severity;
  const patterns: CompiledPattern[] = [];
  for (const p of policy.customPatterns) {
    const compiled = compileOrganisationPattern(p);
    if (compiled.ok) patterns.push(compiled.pattern);
    else problems.push(compiled.problem);
  }
  const org = policy.organization;
  // The organisation's own name and contact details are never a patient's.
  const allowed = compileAllowedTerms([...policy.allowedTerms, org.name, org.phone, org.email, org.secureLink].filter((term) => term.trim() !== ''));
  const preset = JURISDICTION_PRESETS[policy.jurisdiction];
  const detectContext = (lang: Lang): DetectContext => ({ lang, jurisdiction: policy.jurisdiction });

  /** `preferred`: the language to read the text in unless its own words clearly say another (see detectLanguage). */
  function prepare(text: string, lang: Lang | undefined, preferred?: Lang): Analysis & { toOriginal: (offset: number) => number } {
    const normalized = normalize(text);
    const tokens = tokenize(normalized.text);
    const language = lang ?? detectLanguage(tokens, normalized.text, preset.defaultLang, preferred);
    return Object.assign(analyze(normalized.text, tokens, language), { toOriginal: normalized.toOriginal });
  }

  function check(text: string, options: CheckOptions = {}): CheckResult {
    const a = prepare(text, options.lang);
    // A short message ("Me operaron de la rodilla") may say too little of its language: the reply's decides then.
    const answered = options.inReplyTo ? prepare(options.inReplyTo, undefined, a.lang) : undefined;
    const selfReport = isSelfReport(a);
    const context: TextContext = {
      isReply: !!answered || addressesOnePerson(a),
      clinical: !selfReport && isClinicalNote(a),
      selfReport,
      oldAge: preset.ageOver,
      yearAloneAllowed: preset.yearAloneAllowed,
    };
    const allowedRanges = allowed.ranges(a.tokens);
    let candidates: Candidate[] = [];
    if (ID_CATEGORIES.some(enabled)) candidates.push(...detectIdentifiers({ original: text, text: a.text, toOriginal: a.toOriginal }, detectContext(a.lang)));
    for (const [detect, categories] of TEXT_DETECTORS) if (categories.some(enabled)) candidates.push(...detect(a, context));
    for (const p of patterns) candidates.push(...p.find(a.text, a.tokens));
    // The @mentions a reply opens with are whom it answers, shown by the site itself: not a disclosure,
    // unless the reply speaks of that person's care ("@jdoe your appointment is on the 14th"): then the
    // handle names whom the care is about, as a name would.
    const mentions = LEADING_MENTIONS.exec(a.text)?.[0].length ?? 0;
    const leadingHandle = (c: Candidate) => c.category === 'HANDLE' && c.end <= mentions;
    const caresForAddressee = mentions > 0 && addressedCare(a).length > 0;
    candidates = candidates
      .filter((c) => enabled(c.category) && !overlapsAny(allowedRanges, c.start, c.end) && !(leadingHandle(c) && !caresForAddressee))
      .map((c) => (leadingHandle(c) ? { ...c, ruleId: ADDRESSEE_HANDLE } : c));
    candidates = propagateRepeats(a.text, candidates, allowedRanges);

    const facts = {
      hasHealth: healthBesidePatients(candidates),
      settingsOnly: candidates.every((c) => c.category !== 'HEALTH' || c.ruleId === 'health.setting'),
      hasPatient: candidates.some((c) => c.category === 'PATIENT'),
      isReply: context.isReply,
      clinical: context.clinical,
      careVoice: a.wordFlags.some((flags) => (flags & WORD.CARE_VOICE) !== 0),
      identified: namesWithIdentifier(candidates),
      // Not the birth of a birth date ("date of birth"): that is the record itself.
      // …or someone's treatment told as theirs ("made little Ethan smile during his chemo session").
      careEvent: a.tags.some((tags) => (tags & TAG.CARE_EVENT) !== 0 && (tags & TAG.PERSON_DATE) === 0) || toldCare(a),
      roomed: nameWithRoom(candidates),
      besideClinician: nameBesideClinician(candidates, a),
    };
    // Greeted on their occasion with no one's care told: a colleague, whatever ward the wish comes from.
    const celebration = !facts.hasPatient && !facts.careEvent && !facts.identified && !facts.roomed && candidates.some(isGreetedName) && wishesColleague(a);
    const situation: Situation = { ...facts, celebration, beyondStaff: beyondStaff(candidates, { ...facts, celebration }, a.text) };
    const anchored = isAnchored(candidates, situation);
    // A date, name or number in a record's stamp ("imprimé le …", "electronically signed by …") may be a patient's file pasted.
    const stamped = stampedCandidates(a, candidates);
    /** A candidate's severity and reason: the policy's severity where it sets one, else the situation's, raised by a stamp. */
    const judge = (c: Candidate): Pick<Finding, 'severity' | 'reason'> => {
      const set = override(c.category) ?? patterns.find((p) => c.ruleId === `custom.${p.name}`)?.severity;
      if (set) return { severity: set, reason: c.reason };
      const severity = severityOf(c, situation, anchored);
      return severity === 'info' && stamped.has(c) ? { severity: 'warn', reason: { key: 'reason_record_stamp' } } : { severity, reason: c.reason };
    };

    // Identifiers first: where a health word or a patient phrase overlaps one, the identifier is what is shown.
    const identifiers = keepBestNonOverlapping(candidates.filter((c) => !CONTEXT_CATEGORIES.has(c.category)));
    const identifierSpans = identifiers.map((c): [number, number] => [c.start, c.end]);
    const contextual = keepBestNonOverlapping(candidates.filter((c) => CONTEXT_CATEGORIES.has(c.category) && !overlapsAny(identifierSpans, c.start, c.end)));
    let findings: Finding[] = [...identifiers, ...contextual].map((c) => ({
      start: a.toOriginal(c.start),
      end: a.toOriginal(c.end),
      category: c.category,
      ruleId: c.ruleId,
      ...judge(c),
    }));
    if ((options.mediaCount ?? 0) > 0 && enabled('PHOTO')) {
      const photo: Severity = situation.hasPatient ? 'block' : situation.hasHealth ? 'warn' : 'info';
      findings.push({ start: 0, end: 0, category: 'PHOTO', severity: override('PHOTO') ?? photo, ruleId: 'photo.attachment', reason: { key: 'reason_attachment_photo', values: { count: options.mediaCount! } } });
    }
    const verdict = verdictOf(findings.map((f) => f.severity));
    // Health words alone are fine: they are shown only to explain a warning or a block.
    if (verdict === 'ok') findings = findings.filter((f) => f.category !== 'HEALTH');
    findings.sort((x, y) => x.start - y.start || x.end - y.end);

    const suggestPrivateChannel =
      (context.isReply && addressedCare(a).length > 0) || (!!answered && speaksOfOwnCare(answered));
    const replyLang = answered && answered.tokens.length >= 3 ? answered.lang : a.lang;
    const result: CheckResult = { verdict, findings, suggestPrivateChannel, redacted: redact(text, findings, a.lang), lang: a.lang };
    if (suggestPrivateChannel) {
      result.reply = fillReplyTemplate(policy.replyTemplates[replyLang] ?? DEFAULT_REPLY_TEMPLATES[replyLang], {
        handle: options.inReplyToAuthor,
        organization: org.name,
        phone: org.phone,
        secureLink: org.secureLink,
      });
    }
    return result;
  }

  return { check, problems };
}

const GREETED_NAMES: ReadonlySet<string> = new Set(['name.greeting', 'name.vocative', 'name.single']);
const isGreetedName = (c: Candidate) => GREETED_NAMES.has(c.ruleId);

/** A draft that opens on "@someone" or "Hi Maria,", or names its reader ("…, Mrs. Diaz."), speaks to one person, like a reply. */
function addressesOnePerson(a: Analysis): boolean {
  const first = a.tokens[0];
  if (!first) return false;
  if (first.sep & SEP.OTHER && a.text.slice(0, first.start).trimStart().startsWith('@')) return true;
  if (HANDLE_VOCATIVE.test(a.text) && a.text.indexOf('@') === a.text.lastIndexOf('@')) return true;
  // "Welcome Dr. Ahmed to our team", "Welcome Emily, our new nurse": a greeting to a clinician is no answer to a patient.
  if ((a.startTags[0]! & TAG.GREETING) !== 0 && !!a.tokens[1]?.cap && !(a.startTags[1]! & TAG.STAFF)) {
    let end = 2;
    while (end < a.tokens.length && end < MAX_GREETED_NAME + 1 && a.tokens[end]!.cap && a.tokens[end]!.sep === SEP.SPACE) end++;
    if (!staffAppositive(a, end) && !wishesColleague(a)) return true;
  }
  // "Petit rappel à M. Girard : votre IRM…", "Recordatorio para la Sra. Núñez: su cita…": a titled name and the reader's care.
  if (addressedCare(a).length > 0 && a.startTags.some((tags, i) => (tags & TAG.TITLE) !== 0 && !(tags & TAG.STAFF) && !!a.tokens[i + 1]?.cap)) return true;
  // "Welcome, Dr. Kim!": speaking to a colleague is no answer to a patient, unless it is about their care ("Dr. Kim, your results…").
  // "Good luck on your boards, Sarah!": a wish on a colleague's occasion is no answer to a patient either.
  const vocatives = findVocatives(a);
  return (vocatives.some((v) => !v.staff) && !wishesColleague(a)) || (vocatives.length > 0 && addressedCare(a).length > 0);
}

// Asked both to tell a reply from a broadcast and to weigh a greeted name: matched once per text.
const wishesOf = new WeakMap<Analysis, boolean>();

/**
 * A wish on someone's occasion, not on their care: "Happy birthday Sarah!", "Bonne chance pour ton concours, Julie",
 * "In bocca al lupo, Marco". "Good luck with your surgery, Sarah" speaks of the reader's care and is no such wish.
 */
function wishesColleague(a: Analysis): boolean {
  let wishes = wishesOf.get(a);
  if (wishes === undefined) wishesOf.set(a, (wishes = addressedCare(a).length === 0 && a.lexicon.celebrations.match(a.tokens).length > 0));
  return wishes;
}

/**
 * A clinical note about someone else: health terms together with a patient reference ("la paciente",
 * "my patient") or a described person ("varón de 37 años", "a 45-year-old woman"), or several care
 * events among several health terms, outside news ("ingresa … fue intervenido … carcinoma").
 */
function isClinicalNote(a: Analysis): boolean {
  let health = 0;
  let patient = 0;
  let events = 0;
  let news = 0;
  for (const hit of a.hits) {
    if (hit.tags & HEALTH_TAGS) health++;
    if (hit.tags & TAG.PATIENT_REF && !staffJoining(a, hit.first, hit.end)) patient++;
    if (hit.tags & TAG.CARE_EVENT) events++;
    if (hit.tags & TAG.NEWS) news++;
    if (hit.tags & TAG.PERSON_NOUN && describedByAge(a, hit.end)) patient++;
  }
  return health > 0 && (patient > 0 || (events >= 2 && health >= 2 && news === 0));
}

/** "varón de 37 años", "femme de 63 ans", "donna di 70 anni": an age follows the person word. */
function describedByAge(a: Analysis, from: number): boolean {
  for (let j = from; j < Math.min(a.tokens.length, from + 4); j++) {
    if (a.tokens[j]!.isNumber) return (a.startTags[j + 1] ?? 0) & TAG.AGE_UNIT ? true : false;
  }
  return false;
}

/** The writer tells of their own health: first-person words and no one else's care ("ateşim", "gittim", "my fever"). */
function isSelfReport(a: Analysis): boolean {
  let firstPerson = 0;
  // A testimonial quotes someone: the "I" in quotation marks is theirs, not the writer's.
  const quoted = quotedSpans(a);
  for (let i = 0; i < a.tokens.length; i++) {
    const tags = a.tags[i]!;
    if (tags & (TAG.PATIENT_REF | TAG.ADDRESSED_CARE)) return false;
    if (isFirstPerson(a, i) && !overlapsAny(quoted, a.tokens[i]!.start, a.tokens[i]!.end)) firstPerson++;
  }
  return firstPerson >= 2;
}

/**
 * The message speaks of the writer's own (or their family's) care: a phrase such as "my appointment", or a
 * sentence with the first person and a health or care word ("Why did my son's surgery get cancelled?",
 * "Llevo 3 horas esperando en urgencias con mi hija").
 */
function speaksOfOwnCare(a: Analysis): boolean {
  if (a.hits.some((h) => h.tags & TAG.OWN_CARE)) return true;
  // A place of care alone is where one parks or visits ("Posso parcheggiare vicino all'ospedale?"); it is one's care
  // with a relative there or a wait told ("Llevo 3 horas esperando en urgencias", "Annem 5 saattir acilde").
  const care = (sentence: number) => {
    const tags = a.sentenceTags[sentence]!;
    if (tags & ((HEALTH_TAGS & ~TAG.SETTING) | TAG.CARE_EVENT)) return true;
    return (tags & TAG.SETTING) !== 0 && (hasFamily(a, sentence) || toldWait(a, sentence));
  };
  if (a.sentenceTags.some((tags, sentence) => (tags & TAG.FIRST_PERSON) !== 0 && care(sentence))) return true;
  // Turkish says "I" in the verb's ending: "Randevu almak için 3 saattir arıyorum".
  return a.tokens.some((_, i) => (a.wordFlags[i]! & WORD.FIRST_PERSON_ENDING) !== 0 && care(a.sentence[i]!));
}

/** A relative in the sentence ("mi hija", "my dad", "annem"). */
function hasFamily(a: Analysis, sentence: number): boolean {
  for (let i = 0; i < a.tokens.length; i++) if (a.sentence[i] === sentence && a.wordFlags[i]! & WORD.FAMILY) return true;
  return false;
}

/** A length of time in the sentence ("3 horas", "for 10 hours", "5 saattir"): how long someone has waited. */
function toldWait(a: Analysis, sentence: number): boolean {
  for (let i = 1; i < a.tokens.length; i++) {
    if (a.sentence[i] === sentence && a.tokens[i - 1]!.isNumber && a.lexicon.timeUnits.has(a.tokens[i]!.key)) return true;
  }
  return false;
}

/**
 * Whether some health word stands outside the patients of the writer's stories: Turkish "hasta" is
 * both "patient" and "ill", and in "bir hasta bana…" it says no more than that someone is a patient.
 */
function healthBesidePatients(candidates: readonly Candidate[]): boolean {
  const patients = candidates.filter((c) => c.ruleId === 'patient.story');
  return candidates.some((c) => c.category === 'HEALTH' && !patients.some((p) => p.start <= c.start && c.end <= p.end));
}
