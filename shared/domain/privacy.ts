/**
 * Privacy check: finds direct identifiers (citizen service numbers, phone numbers, e-mail addresses,
 * postcodes, dates of birth, street addresses, names after a form of address) in free text, so the
 * editor can underline them while typing and the export can list them before anything leaves the vault.
 *
 * Pure and synchronous: no Node, no DOM. Every pattern is anchored by a look-behind at a token start
 * and uses bounded repetition, so scanning stays linear in the text length (fast enough to rerun on
 * every keystroke). The detectors lean towards precision on ordinary case-note prose (times, ages,
 * amounts, scores, week numbers, visit dates) because a warning that fires on every sentence is ignored.
 */

export type IdentifierKind = 'bsn' | 'phone' | 'email' | 'postcode' | 'birthdate' | 'address' | 'name';

export interface PrivacyFinding {
  kind: IdentifierKind;
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last code unit (exclusive). */
  end: number;
  text: string;
}

export type PlaceholderLocale = 'nl' | 'en';

const PLACEHOLDERS: Record<PlaceholderLocale, Record<IdentifierKind, string>> = {
  nl: {
    bsn: '[BSN]',
    phone: '[telefoonnummer]',
    email: '[e-mail]',
    postcode: '[postcode]',
    birthdate: '[geboortedatum]',
    address: '[adres]',
    name: '[naam]',
  },
  en: {
    bsn: '[BSN]',
    phone: '[phone number]',
    email: '[e-mail]',
    postcode: '[postcode]',
    birthdate: '[date of birth]',
    address: '[address]',
    name: '[name]',
  },
};

export function placeholderFor(kind: IdentifierKind, locale: PlaceholderLocale): string {
  return PLACEHOLDERS[locale][kind];
}

/**
 * Replace one finding with a placeholder (Dutch by default, the app's main language). When the text
 * no longer holds the finding at its offsets (the user typed on since the scan), the text comes back
 * unchanged rather than overwriting whatever now sits there; callers can compare to notice.
 */
export function replaceFinding(text: string, finding: PrivacyFinding, placeholder?: string): string {
  if (text.slice(finding.start, finding.end) !== finding.text) return text;
  return text.slice(0, finding.start) + (placeholder ?? placeholderFor(finding.kind, 'nl')) + text.slice(finding.end);
}

/** The check before an export or print: only the fields that hold something are listed. */
export function scanFields(fields: Array<{ label: string; text: string }>): Array<{ label: string; findings: PrivacyFinding[] }> {
  return fields.map((field) => ({ label: field.label, findings: findIdentifiers(field.text) })).filter((field) => field.findings.length > 0);
}

/** All identifiers in the text, sorted by start and never overlapping. */
export function findIdentifiers(text: string): PrivacyFinding[] {
  const candidates: PrivacyFinding[] = [
    ...findEmails(text),
    ...findBsns(text),
    ...findPhones(text),
    ...findPostcodes(text),
    ...findBirthdates(text),
    ...findAddresses(text),
    ...findNames(text),
  ];
  return resolveOverlaps(candidates);
}

// When two candidates overlap, the longer one covers more of the identifier; on equal length the
// more specific kind (a validated format beats a heuristic) wins.
const SPECIFICITY: Record<IdentifierKind, number> = {
  email: 0,
  bsn: 1,
  phone: 2,
  birthdate: 3,
  postcode: 4,
  address: 5,
  name: 6,
};

function resolveOverlaps(candidates: PrivacyFinding[]): PrivacyFinding[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || SPECIFICITY[a.kind] - SPECIFICITY[b.kind] || a.start - b.start);
  const kept: PrivacyFinding[] = [];
  for (const candidate of ranked) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function finding(kind: IdentifierKind, text: string, start: number, end: number): PrivacyFinding {
  return { kind, start, end, text: text.slice(start, end) };
}

/** Case-insensitive spelling of one word inside a pattern that is otherwise case-sensitive. */
function anyCase(word: string): string {
  return [...word]
    .map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${ch.toLowerCase()}${ch.toUpperCase()}]`))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

// The look-behind makes each attempt start at the beginning of a run, so a long run without "@" is
// scanned once instead of once per position.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;

function findEmails(text: string): PrivacyFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => finding('email', text, m.index, m.index + m[0].length));
}

// ---------------------------------------------------------------------------------------------
// Citizen service numbers (BSN)

// Nine digits, contiguous or in the groupings people write (123.456.782, 1234 56 782, 12 345 6782).
// Not part of a longer number, and not an amount (a currency sign just before it).
const BSN =
  /(?<![\p{L}\p{N}_€$£]|[€$£]\s|\p{N}[.,\s-])(?:\d{9}|\d{3}([. -]?)\d{3}\1\d{3}|\d{4}([. ]?)\d{2}\2\d{3}|\d{2}([. ])\d{3}\3\d{4})(?![\p{L}\p{N}]|[.,-]\p{N})/gu;

/** The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11; nine zeros are not a number. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function findBsns(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const m of text.matchAll(BSN)) {
    if (passesElevenTest(m[0].replace(/\D/g, ''))) found.push(finding('bsn', text, m.index, m.index + m[0].length));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

// A run that starts like a phone number (+cc, 00cc, (0xx), 0…) followed by up to seven digit groups
// joined by one separator. Colons and commas never join groups, which keeps times (06:30) and
// amounts (0,50) out. Whether the run is a number is decided by counting digits in `phoneLength`.
const PHONE = /(?<![\p{L}\p{N}_@+]|\p{N}[.,/:-])(?:\+\d{1,15}|\(0\d{1,4}\)|0\d{0,14})(?:(?: ?\(0\) ?| ?- ?|[ .]|\) ?)\d{1,10}){0,7}/gu;
// A date with or without a time reads like a grouped number (05-04-2024 10.30) but is not one;
// a fourth group with the same separator (06.12.34.56.78) makes it a number again.
const DATE_START = /^\d{1,2}([-./])\d{1,2}\1\d{2,4}(?!\1?\d)/;

/** The valid length of a phone-number candidate (dropping trailing groups that belong to the prose), or 0. */
function phoneLength(candidate: string): number {
  if (DATE_START.test(candidate)) return 0;
  // Where each digit group ends, with the digits up to there; one pass over the (short) candidate.
  const prefixes: Array<{ end: number; digits: number }> = [];
  let digits = 0;
  for (let i = 0; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    digits++;
    const next = candidate.charCodeAt(i + 1);
    if (!(next >= 48 && next <= 57)) prefixes.push({ end: i + 1, digits });
  }
  // Longest first; prefixes with fewer than 8 digits are no phone number anywhere.
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const prefix = prefixes[i];
    if (!prefix || prefix.digits < 8) break;
    if (isPhoneNumber(candidate.slice(0, prefix.end))) return prefix.end;
  }
  return 0;
}

function isPhoneNumber(run: string): boolean {
  const digits = run.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (run.startsWith('+') || digits.startsWith('00')) {
    const international = run.startsWith('+') ? digits : digits.slice(2);
    // The Netherlands: the national number without its trunk 0 has nine digits.
    if (international.startsWith('31')) return international.length === 11;
    // Elsewhere: E.164 allows at most 15 digits; fewer than 8 is not a full number.
    return international.length >= 8 && international.length <= 15;
  }
  if (!digits.startsWith('0') || digits.length !== 10) return false;
  // An area code has 2–4 digits (06, 010, 0513); a run of all ten digits is written without groups.
  const firstGroup = /^\(?(\d+)/.exec(run)?.[1] ?? '';
  return firstGroup.length === 10 || (firstGroup.length >= 2 && firstGroup.length <= 4);
}

function findPhones(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  const pattern = new RegExp(PHONE.source, PHONE.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const length = phoneLength(m[0]);
    if (length > 0) found.push(finding('phone', text, m.index, m.index + length));
    // Resume right after what was kept, so a number that follows a rejected run ("01-02-2024 0612345678")
    // or the groups trimmed off a number are scanned again. Runs are short, so this stays linear.
    pattern.lastIndex = length > 0 ? m.index + length : m.index + 1;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Postcodes

// Four digits not starting with 0, an optional space, two capitals. SA, SD and SS are never issued.
// Lower-case letters are left out: "1234 aa" does not occur in practice and lower case would catch prose.
const POSTCODE = /(?<![\p{L}\p{N}_]|\p{N}[.,]|[€$£]\s?)[1-9]\d{3} ?(?!S[ADS])[A-Z]{2}(?![\p{L}\p{N}])/gu;

function findPostcodes(text: string): PrivacyFinding[] {
  return [...text.matchAll(POSTCODE)].map((m) => finding('postcode', text, m.index, m.index + m[0].length));
}

// ---------------------------------------------------------------------------------------------
// Dates of birth

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  maart: 3,
  march: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augustus: 8,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

// Numeric (12-03-2019, 12/3/2019, 12.03.19), ISO (2019-03-12), day-month-year in words
// (12 maart 2019, 3rd of March 2019) and month-day-year (March 3, 2019).
const FULL_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|\p{N}[-/.])(?:` +
    [
      String.raw`(?<day>\d{1,2})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})`,
      String.raw`(?<isoYear>\d{4})-(?<isoMonth>\d{1,2})-(?<isoDay>\d{1,2})`,
      String.raw`(?<wDay>\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(?<wMonth>${MONTH})\.?,?\s{1,3}(?<wYear>\d{4})`,
      String.raw`(?<eMonth>${MONTH})\.?\s{1,3}(?<eDay>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?<eYear>\d{4})`,
    ]
      .map((alternative) => `(?:${alternative})`)
      .join('|') +
    String.raw`)(?![\p{L}\p{N}]|[-/.]\p{N})`,
  'giu',
);

const BIRTH_WORD = /(?<![\p{L}\p{N}])(?:geboortedatum|geb\.\s?datum|geboren|geb\.|date of birth|birth date|birthdate|born|d\.o\.b\.|dob)(?![\p{L}\p{N}])/giu;
// How far back to look for a birth word: three intervening words need no more than this.
const BIRTH_WINDOW = 80;
const MAX_WORDS_BETWEEN = 3;

function isValidDate(day: number, month: number, year: string): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year.length === 4) return Number(year) >= 1880 && Number(year) <= 2100;
  return year.length === 2;
}

function dateIsValid(groups: Record<string, string | undefined>): boolean {
  if (groups.day && groups.month && groups.year) return isValidDate(Number(groups.day), Number(groups.month), groups.year);
  if (groups.isoYear && groups.isoMonth && groups.isoDay) return isValidDate(Number(groups.isoDay), Number(groups.isoMonth), groups.isoYear);
  if (groups.wDay && groups.wMonth && groups.wYear) return isValidDate(Number(groups.wDay), MONTHS[groups.wMonth.toLowerCase()] ?? 0, groups.wYear);
  if (groups.eDay && groups.eMonth && groups.eYear) return isValidDate(Number(groups.eDay), MONTHS[groups.eMonth.toLowerCase()] ?? 0, groups.eYear);
  return false;
}

/** True when a birth word stands at most three words before `start`, within the same sentence. */
function followsBirthWord(text: string, start: number): boolean {
  const windowStart = Math.max(0, start - BIRTH_WINDOW);
  const window = text.slice(windowStart, start);
  let gapStart = -1;
  for (const m of window.matchAll(BIRTH_WORD)) gapStart = m.index + m[0].length;
  if (gapStart < 0) return false;
  const gap = window.slice(gapStart);
  // A sentence end, or a year in between ("geboren in 2019 en op …"), means the birth word is about something else.
  if (/[.!?;]\s|\n\s*\n/.test(gap) || /(?<!\d)\d{4}(?!\d)/.test(gap)) return false;
  const words = gap.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length <= MAX_WORDS_BETWEEN;
}

// Only full dates with a birth word shortly before them are flagged: case notes are full of visit and
// appointment dates ("Op 12 maart 2024 huisbezoek"), and flagging every date would bury the real findings.
function findBirthdates(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    if (m.groups && dateIsValid(m.groups) && followsBirthWord(text, m.index)) {
      found.push(finding('birthdate', text, m.index, m.index + m[0].length));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Street addresses

const DUTCH_STREET_SUFFIXES = [
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'dreef',
  'hof',
  'pad',
  'steeg',
  'park',
  'plantsoen',
  'baan',
  'ring',
  'markt',
  'veld',
  'erf',
  'wal',
  'haven',
  'allee',
  'boulevard',
  'straatje',
  'laantje',
  'pleintje',
];
// English streets take the number before the name in practice, but notes also write it after.
const ENGLISH_STREET = String.raw`(?:Street|Road|Lane|Avenue|Close|Crescent|Drive|Gardens|Grove|Terrace|Square|Way|St\.|Rd\.|Ave\.)`;
// A house number with an optional addition: 12, 12a, 3B, 12 A, 12-II, 12-2, 12 bis, 12 hs (not "2x", a count).
const HOUSE_NUMBER = String.raw`[1-9]\d{0,4}(?:[a-wyzA-WYZ]|\s[A-Z])?(?:\s?-\s?(?:[IVX]{1,4}|\d{1,3}|[a-zA-Z]{1,2})|\s(?:bis|hs|huis|boven|beneden|bg|I{1,3}))?`;
// A number followed by a count or a unit is not a house number ("Vondelpark 2 keer per week").
const NOT_A_COUNT = String.raw`(?!\s{0,2}(?:keer|x|maal|dag|dagen|week|weken|weekjes|maand|maanden|jaar|jaren|uur|min|minuten|kinderen|km|m|kg|%|procent|euro|times|days|weeks|months|years|hours|minutes|children)(?![\p{L}]))`;
const NUMBER_END = String.raw`(?![\p{L}\p{N}]|[.,:/]\p{N})`;

const DUTCH_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<street>\p{Lu}[\p{L}'’-]{0,40}?(?:${DUTCH_STREET_SUFFIXES.join('|')}))\s{1,2}(?<number>${HOUSE_NUMBER})${NUMBER_END}${NOT_A_COUNT}`,
  'gu',
);
const ENGLISH_ADDRESS_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<street>(?:\p{Lu}[\p{L}'’-]{1,30}\s){1,3}${ENGLISH_STREET})\s{1,2}(?<number>${HOUSE_NUMBER})${NUMBER_END}${NOT_A_COUNT}`,
  'gu',
);
const ENGLISH_ADDRESS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:-])[1-9]\d{0,4}[A-Za-z]?,?\s(?:\p{Lu}[\p{L}'’-]{1,30}\s){1,3}${ENGLISH_STREET}(?![\p{L}\p{N}])`,
  'gu',
);

// Words that end like a street but are not one ("Aflevering 2", "Onderweg 3").
const NOT_STREETS =
  /^(?:.*(?<!r)ering|onderweg|halfweg|loopbaan|werkveld|arbeidsmarkt|speelveld|voetbalveld|gezichtsveld|aandachtsveld|hof|pad|ring|erf|veld|baan|park|weg|markt|wal|haven)$/i;
const STREET_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ten', 'ter', 'te', 'la', 'le', 'von']);
// Capitalised words that start a sentence or a phrase rather than a street name.
const NOT_STREET_WORDS = new Set([
  'in',
  'op',
  'aan',
  'naar',
  'bij',
  'te',
  'uit',
  'via',
  'vanaf',
  'tot',
  'woont',
  'adres',
  'at',
  'on',
  'to',
  'from',
  'lives',
  'address',
  'the',
  'de',
  'het',
  'een',
  'a',
]);

/** Extend a street name backwards over the words that belong to it ("2e Jan Steen", "Van Gogh", "Jan van Galen"). */
function streetStart(text: string, start: number): number {
  let begin = start;
  let cursor = start;
  for (let taken = 0; taken < 4; taken++) {
    // One space or tab, then a word; anything else (a colon, a line break, two spaces) ends the name.
    if (cursor < 2 || (text[cursor - 1] !== ' ' && text[cursor - 1] !== '\t')) break;
    let wordStart = cursor - 1;
    while (wordStart > 0 && cursor - 1 - wordStart < 30 && /[\p{L}\p{N}'’]/u.test(text[wordStart - 1] ?? '')) wordStart--;
    const word = text.slice(wordStart, cursor - 1);
    if (!word) break;
    const isOrdinal = /^\d{1,2}(?:e|ste|de)$/.test(word);
    const isParticle = STREET_PARTICLES.has(word.toLowerCase());
    const isCapitalised = /^\p{Lu}/u.test(word) && !NOT_STREET_WORDS.has(word.toLowerCase());
    if (!isOrdinal && !isParticle && !isCapitalised) break;
    cursor = wordStart;
    // Keep lower-case particles only when a capitalised word comes before them ("Jan van Galen").
    if (!isParticle || /^\p{Lu}/u.test(word)) begin = wordStart;
    if (isOrdinal) break;
  }
  return begin;
}

function findAddresses(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const m of text.matchAll(DUTCH_ADDRESS)) {
    const street = m.groups?.street ?? '';
    if (NOT_STREETS.test(street)) continue;
    found.push(finding('address', text, streetStart(text, m.index), m.index + m[0].length));
  }
  for (const m of text.matchAll(ENGLISH_ADDRESS_AFTER)) found.push(finding('address', text, m.index, m.index + m[0].length));
  for (const m of text.matchAll(ENGLISH_ADDRESS_BEFORE)) found.push(finding('address', text, m.index, m.index + m[0].length));
  return found;
}

// ---------------------------------------------------------------------------------------------
// Names after a form of address

// The title is case-insensitive, except "Miss" (in lower case it is the verb: "they miss Grandma")
// and all-caps "MS" (the illness: "heeft MS. Vader …").
const TITLES = [
  ...['mevrouw', 'mevr.', 'mevr', 'mw.', 'mw', 'mej.', 'meneer', 'mnr.', 'dhr.', 'dhr', 'de heer', 'mrs.', 'mrs', 'mr.', 'mr', 'dr.', 'dr'].map(anyCase),
  'Miss',
  '(?!MS)' + anyCase('ms.'),
  '(?!MS)' + anyCase('ms'),
];
const NAME_PARTICLES = `(?:${['van der', 'van den', 'van de', "van 't", 'van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'op de', "in 't", "'t"].map(anyCase).join('|')})`;
// A capitalised word with at least one lower-case letter (not an acronym), or an initial.
const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’-]{0,30}\p{Ll}[\p{L}'’-]{0,30}|\p{Lu}\.`;
const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${TITLES.join('|')})\s{1,2}(?<name>(?:${NAME_PARTICLES}\s)?(?:${NAME_WORD})(?:\s(?:${NAME_PARTICLES}\s)?(?:${NAME_WORD}))?)(?![\p{L}\p{N}])`,
  'gu',
);
// Capitalised words that follow an abbreviated title at a sentence start, not a name ("met mw. Ze vertelde").
const NOT_NAMES = new Set([
  'ze',
  'zij',
  'hij',
  'het',
  'de',
  'die',
  'dit',
  'dat',
  'er',
  'en',
  'maar',
  'ook',
  'ik',
  'wij',
  'we',
  'jij',
  'u',
  'haar',
  'hem',
  'moeder',
  'vader',
  'ouders',
  'kind',
  'daarna',
  'toen',
  'nu',
  'wel',
  'niet',
  'geen',
  'in',
  'op',
  'met',
  'bij',
  'over',
  'she',
  'he',
  'they',
  'the',
  'and',
  'but',
  'then',
  'mother',
  'father',
  'parents',
  'child',
  'it',
  'this',
  'that',
  'we',
  'i',
]);

function findNames(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const m of text.matchAll(NAME)) {
    const name = m.groups?.name ?? '';
    const words = name.split(/\s/);
    // A particle alone, or a first word that is a sentence starter, means no name follows.
    const firstReal = words.find((word) => !/^(?:van|de|der|den|ter|ten|te|op|in|'t)$/i.test(word));
    if (!firstReal || NOT_NAMES.has(firstReal.toLowerCase())) continue;
    // A second word that starts a clause is not part of the name ("dhr. Bakker En mevrouw …").
    let kept = name;
    const last = words.at(-1) ?? '';
    if (words.length > 1 && NOT_NAMES.has(last.toLowerCase())) kept = words.slice(0, -1).join(' ');
    const start = m.index + m[0].length - name.length;
    found.push(finding('name', text, start, start + kept.length));
  }
  return found;
}
