import { tokenAt, type Analysis } from '../analysis';
import type { Candidate } from '../detector';
import type { Category, Severity, Verdict } from '../types';

/**
 * How findings combine into severities and a verdict (README "How verdicts combine"):
 * - block: an identifier of a person or a patient reference together with health information; a
 *   checksum-valid health or national ID; a patient's photo; an identifier next to "my patient".
 * - warn: it may — an identifier without health context (in a reply, or one that points at a person by
 *   itself: a name with a title, a phone number, an ID); a patient reference without identifiers; a date
 *   tied to a visit; contact details next to health words when no person is in view (they may be the
 *   organisation's own).
 * - ok otherwise: health words alone, a bare date, a name in the news, a link. Findings of severity
 *   "info" are shown but do not change the verdict.
 */

/** What a finding says about a person, which decides what it combines with. */
type Weight =
  /** points at one person by itself: a name with a title or label, an ID number, a birth date, a bed */
  | 'personal'
  /** contact details and places: the person's, or the organisation's own (phone, email, link, address) */
  | 'contact'
  /** a clinician's name ("Dr Martin"): not the patient's */
  | 'staff'
  /** ambiguous alone: a capitalised word that may be a name, a date near a care event, a patient's age */
  | 'weak';

export interface Situation {
  hasHealth: boolean;
  /** The only health words are places of care ("our clinic", "el hospital"): where someone works as much as where they are treated. */
  settingsOnly: boolean;
  hasPatient: boolean;
  isReply: boolean;
  /** The text is a clinical note: its dates, ages and contact details are the patient's. */
  clinical: boolean;
  /** The text speaks as a care team ("we", "our", "you"): a name next to health words there is a patient's, not the news. */
  careVoice: boolean;
  /** A person's name stands with another of their identifiers (an ID number, a birth date, a phone): a record of someone. */
  identified: boolean;
  /** A care event is told (admitted, discharged, seen, delivered): with a record of someone, it is their care. */
  careEvent: boolean;
  /** A person's name with a room or bed number beside it: someone staying in the building. */
  roomed: boolean;
  /** A clinician named in the same sentence as someone else ("Dr. Kim pulled 3 wisdom teeth from Jake Wilson"): whom they treat. */
  besideClinician: boolean;
  /** Something besides clinicians' names points at a person or a moment (a patient, a reply, a note, a date, a number): a case, not a welcome. */
  beyondStaff: boolean;
  /** A wish on someone's occasion ("Happy birthday Sarah!", "Bonne chance Julie") and no one's care, record or room: the name is a colleague's. */
  celebration: boolean;
}

const CONTACT: ReadonlySet<Category> = new Set(['PHONE', 'EMAIL', 'URL', 'HANDLE', 'ADDRESS', 'LOCATION', 'IP']);
// Links and @handles are everywhere in public posts (news, partners, colleagues): they point at a person
// only in a reply, a clinical note or next to a patient reference.
const POINTERS: ReadonlySet<Category> = new Set(['URL', 'HANDLE']);
// Names found by the lists alone, without a title or label: in the news unless the text speaks as a care team or tells a care event ("came in Tuesday").
const LIST_NAMES = new Set(['name.full', 'name.partial', 'name.single', 'name.lowercase']);
// Personal identifiers that need context to matter: a full name in running text could be anyone's in the
// news; a child named alone ("Happy birthday little Noah!") could be the writer's own; a very old age alone is a birthday wish.
const QUIET_ALONE = new Set(['name.full', 'name.child', 'age.over89', 'age.person', 'age.field']);
// Checksums that validate money, not a person's health or national identity: serious, but not PHI by themselves.
const FINANCIAL_IDS = new Set(['id.payment-card', 'id.iban']);
// A service's line ("Info: 06 …", a toll-free number) and the address of "our clinic" are the organisation's, whoever else is named.
const ORGANISATION_CONTACTS: ReadonlySet<string> = new Set(['phone.service', 'address.ours']);
const isOrganisations = (c: Candidate) => ORGANISATION_CONTACTS.has(c.ruleId);
/** The handle a reply opens with, kept because the reply speaks of that person's care: it names them, as a name would. */
export const ADDRESSEE_HANDLE = 'handle.addressee';

function weightOf(c: Candidate, s: Situation): Weight {
  if (c.ruleId === 'name.staff') return 'staff';
  if (c.ruleId === 'location.bed' || c.ruleId === ADDRESSEE_HANDLE) return 'personal';
  if (isOrganisations(c)) return 'weak';
  if (POINTERS.has(c.category) && c.ruleId !== 'url.profile') return 'weak';
  if (CONTACT.has(c.category)) return c.strength === 'weak' && !s.clinical ? 'weak' : 'contact';
  if (c.strength !== 'weak') return 'personal';
  return s.clinical && (c.category === 'DATE' || c.category === 'AGE') ? 'personal' : 'weak';
}

/** The severity of one candidate in its situation. `anchored`: a person is in view (a personal identifier, a patient reference, a reply, a clinical note). */
export function severityOf(c: Candidate, s: Situation, anchored: boolean): Severity {
  switch (c.category) {
    case 'HEALTH':
      return 'info';
    case 'PATIENT':
      return s.hasHealth ? 'block' : 'warn';
    case 'PHOTO':
      return 'block';
    default:
      break;
  }
  if (c.strength === 'checksum' && !FINANCIAL_IDS.has(c.ruleId)) return 'block';
  // A record of someone (a name and their birth date, number or phone) and a care event: "Mrs. Robinson (DOB …) is asking for her discharge papers";
  // a name with their room beside it ("El Sr. Martínez de la habitación 305").
  const context = s.hasHealth || s.hasPatient || (s.identified && s.careEvent) || s.roomed;
  switch (weightOf(c, s)) {
    case 'personal':
      // A quotation's signer is a patient only when the quotation tells of care, not of the place ("the staff on the ward were lovely").
      if (c.ruleId === 'name.attribution') return (s.hasHealth && !s.settingsOnly) || s.hasPatient ? 'block' : 'info';
      // With health details or a patient reference it is PHI; alone it may be (a name, a birth date).
      // Thanked or greeted by name with only a place of care in view ("Thank you Linda for her 30 years at our clinic"): may be anyone's.
      if (c.ruleId === 'name.greeting' && s.celebration) return 'info';
      // So is a titled name thanked ("Thank you Mrs. Jones for your donation to our pediatric ward"): a donor as often as a patient.
      if ((c.ruleId === 'name.greeting' || c.ruleId === 'name.thanked') && s.settingsOnly && !s.hasPatient && !s.careEvent && !s.identified && !s.roomed) return 'warn';
      if (context) return LIST_NAMES.has(c.ruleId) && !(s.hasPatient || s.careVoice || s.isReply || s.clinical || s.identified || s.careEvent || s.besideClinician) ? 'info' : 'block';
      return QUIET_ALONE.has(c.ruleId) && !s.isReply && !s.identified ? 'info' : 'warn';
    case 'contact':
      // A phone number in a health post is often the organisation's own: PHI only when a person is in view.
      return context && anchored ? 'block' : 'warn';
    case 'staff':
      // A clinician's name never identifies a patient by itself ("Congrats to Dr. Lee on her award"), but with a
      // person in view (a patient, a reply, a clinical note, someone else's name or number) it may say who treated them.
      return s.beyondStaff ? 'warn' : 'info';
    case 'weak':
      if (s.hasPatient) return s.hasHealth ? 'block' : 'warn';
      // A date near a care event ("admitted on 3 May") is tied to a visit; a bare date is not PHI.
      if (c.category === 'DATE' && c.ruleId !== 'date.bare') return 'warn';
      // Someone's age next to health details ("a los 31 años consultó por…") may point to them.
      if (c.category === 'AGE' && s.hasHealth) return 'warn';
      // A name with the person's age or number next to health details is a record of their care ("Jean-Pierre, 78 ans, hospitalisé").
      if (s.identified && (c.category === 'NAME' || c.category === 'ID')) return s.hasHealth ? 'block' : 'warn';
      // A named person's care told, by the care team or not: "¡Bienvenida, Valentina! Nació ayer en nuestro paritorio", "Happy discharge day to Maria!".
      if (c.category === 'NAME' && s.hasHealth && s.careEvent) return 'block';
      return s.isReply && (c.category === 'NAME' || c.category === 'HANDLE') ? 'warn' : 'info';
  }
}

// Identifiers that, next to a person's name, make the text a record of that person.
const COMPANIONS: ReadonlySet<Category> = new Set(['ID', 'PHONE', 'EMAIL', 'ADDRESS']);
// An age or a room describes the name it stands by ("Jean-Pierre, 78 ans, hospitalisé", "Emily from room 5"),
// not one a sentence away ("Aunt of Angelina Jolie … dies of breast cancer at age 61"): at most this many characters apart.
const NEARBY_REACH = 24;
const NEARBY: ReadonlySet<string> = new Set(['AGE', 'location.room', 'location.bed']);

const ROOMS: ReadonlySet<string> = new Set(['location.room', 'location.bed']);
// Other rules may read a clinician's name too ("Luca Bianchi" as a listed full name after "Dr."): that is still the clinician.
const coversStaff = (candidates: readonly Candidate[]) => {
  const staff = candidates.filter((c) => c.ruleId === 'name.staff');
  return (c: Candidate) => staff.some((x) => x.start < c.end && c.start < x.end);
};
const patientNames = (candidates: readonly Candidate[]) => {
  const isStaffName = coversStaff(candidates);
  return candidates.filter((c) => c.category === 'NAME' && !isStaffName(c));
};
const nearAny = (names: readonly Candidate[], c: Candidate) => names.some((n) => Math.max(n.start - c.end, c.start - n.end) <= NEARBY_REACH);

/** A patient's name (not a clinician's) and another identifier of theirs in one text: "Marina Louverse, née le …, N° 2 7 9 9 …". */
export function namesWithIdentifier(candidates: readonly Candidate[]): boolean {
  const names = patientNames(candidates);
  if (!names.length) return false;
  return candidates.some((c) => {
    if (NEARBY.has(c.category) || NEARBY.has(c.ruleId)) return nearAny(names, c);
    return (COMPANIONS.has(c.category) && !isOrganisations(c)) || c.ruleId === 'date.person';
  });
}

/** Situation.besideClinician: a name the lists found in the same sentence as a clinician's name (sentences as the analysis reads them, "Dr." included). */
export function nameBesideClinician(candidates: readonly Candidate[], a: Analysis): boolean {
  const staff = candidates.filter((c) => c.ruleId === 'name.staff');
  if (!staff.length) return false;
  const isStaffName = coversStaff(candidates);
  const sentenceOf = (c: Candidate) => a.sentence[tokenAt(a, c.start)];
  const staffSentences = new Set(staff.map(sentenceOf));
  return candidates.some((c) => LIST_NAMES.has(c.ruleId) && !isStaffName(c) && staffSentences.has(sentenceOf(c)));
}

/** Situation.roomed: a patient's name with a room or bed number beside it ("Emily from room 5"). */
export function nameWithRoom(candidates: readonly Candidate[]): boolean {
  const names = patientNames(candidates);
  return names.length > 0 && candidates.some((c) => ROOMS.has(c.ruleId) && nearAny(names, c));
}

const RECORD_SURNAME = /\p{Lu}{3,}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Nothing but the name and its title on the name's line. */
function aloneOnLine(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  const newline = text.indexOf('\n', c.end);
  const rest = text.slice(lineStart, c.start) + ' ' + text.slice(c.end, newline < 0 ? text.length : newline);
  return (rest.match(WORD)?.length ?? 0) <= 1;
}

/** Situation.beyondStaff: a patient, a reply or a note, or an identifier that is not a clinician's name nor a link. */
export function beyondStaff(candidates: readonly Candidate[], s: Omit<Situation, 'beyondStaff'>, text: string): boolean {
  if (s.hasPatient || s.isReply || s.clinical) return true;
  const staff = candidates.filter((c) => c.ruleId === 'name.staff');
  // A note's signature writes the surname in capitals ("Dr. ETIENNE Dominique") or puts the name on a line of its
  // own ("Interne Vinson J."); a post welcoming a colleague does neither.
  if (staff.some((c) => RECORD_SURNAME.test(text.slice(c.start, c.end)) || aloneOnLine(text, c))) return true;
  const isStaffName = coversStaff(candidates);
  // The clinician named again by first name only ("nurse Betty Howard … Rest in peace, Betty") is the same person.
  const staffWords = new Set(staff.flatMap((c) => text.slice(c.start, c.end).split(/\s+/)));
  const sameStaff = (c: Candidate) => c.category === 'NAME' && staffWords.has(text.slice(c.start, c.end));
  return candidates.some((c) => c.category !== 'HEALTH' && !POINTERS.has(c.category) && !isOrganisations(c) && !isStaffName(c) && !sameStaff(c));
}

/** True when something in the text points at one person, so that contact details may be theirs. */
export function isAnchored(candidates: readonly Candidate[], s: Situation): boolean {
  if (s.hasPatient || s.isReply || s.clinical) return true;
  const isStaffName = coversStaff(candidates);
  return candidates.some((c) => c.category !== 'HEALTH' && !CONTACT.has(c.category) && weightOf(c, s) === 'personal' && !isStaffName(c));
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function verdictOf(severities: readonly Severity[]): Verdict {
  let worst = 0;
  for (const s of severities) worst = Math.max(worst, RANK[s]);
  return worst === 2 ? 'block' : worst === 1 ? 'warn' : 'ok';
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}
