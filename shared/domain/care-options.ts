/**
 * Care options at the intensity step: a catalogue the team keeps (shipped entries it may edit or hide,
 * its own entries), and the record of a session's weighing: the seed's three indications for a
 * relationship intervention, what the parent wants, the options considered and the ones chosen, each
 * with reasons. Nothing here matches, ranks or suggests: the catalogue is listed in its own order, the
 * team chooses.
 *
 * The programme facts are our summary of public programme descriptions (NCJ, Loket Gezond Leven / NJi
 * databank, Stichting Centering Nederland, VNG); every entry says to check what is offered locally.
 */
import { z } from 'zod';
import { FreeText } from './case';

const IsoTime = z.string().datetime({ offset: true });

/** A shipped entry's stable key ('voorzorg', …) or the uuid of a team's own. */
export const CareOptionId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9-]+$/);
export type CareOptionId = z.infer<typeof CareOptionId>;

/** The short texts of an entry (a name, who offers it) and the longer ones. */
const ShortText = z.object({ nl: z.string().max(200), en: z.string().max(200) });
const LongText = z.object({ nl: z.string().max(2000), en: z.string().max(2000) });

/** Where an entry usually sits on the continuum: the same three words as the session's judgment. */
export const CARE_LEVELS = ['ordinary', 'specific', 'treatment'] as const;
export const CareLevel = z.enum(CARE_LEVELS);
export type CareLevel = z.infer<typeof CareLevel>;

/** What an entry says. `level` is where it usually sits on the continuum, a description, never a match. */
export const CareOptionFields = z.object({
  name: ShortText,
  level: CareLevel,
  targetGroup: LongText,
  starts: LongText,
  ends: LongText,
  offeredBy: ShortText,
  checkLocally: LongText,
});
export type CareOptionFields = z.infer<typeof CareOptionFields>;

export const CareOption = CareOptionFields.extend({
  id: CareOptionId,
  builtIn: z.boolean(),
  /** A shipped entry the team changed (restore brings the shipped text back). */
  edited: z.boolean(),
  hidden: z.boolean(),
  updatedAt: IsoTime.nullable(),
});
export type CareOption = z.infer<typeof CareOption>;

function entry(id: string, fields: CareOptionFields): CareOption {
  return { id, builtIn: true, edited: false, hidden: false, updatedAt: null, ...fields };
}

const CHECK_LOCALLY_PROGRAMME: LongText = {
  nl: 'Niet overal beschikbaar en de toegang verschilt per gemeente en JGZ-organisatie. Vraag na of het hier wordt aangeboden, hoe je aanmeldt en of er een wachtlijst is.',
  en: 'Not available everywhere, and access differs per municipality and youth health care organisation. Ask whether it is offered here, how to refer and whether there is a waiting list.',
};
type LongText = z.infer<typeof LongText>;

/** The shipped catalogue, in the order shown: ordinary care first, then the programmes, then treatment. */
export const BUILT_IN_CARE_OPTIONS: readonly CareOption[] = [
  entry('extra-contactmoment', {
    name: { nl: 'Extra contactmoment', en: 'Extra appointment' },
    level: 'ordinary',
    targetGroup: {
      nl: 'Elk gezin waar de JGZ of het gezin zelf wat meer ruimte wil om iets te volgen of te bespreken.',
      en: 'Any family where youth health care or the family itself wants more room to follow something up or talk it through.',
    },
    starts: { nl: 'Op elk moment, in overleg met de ouder.', en: 'At any time, agreed with the parent.' },
    ends: { nl: 'Zodra de vraag beantwoord is; zo nodig nog een.', en: 'Once the question is answered; another one if needed.' },
    offeredBy: { nl: 'JGZ (consultatiebureau)', en: 'Youth health care (child health clinic)' },
    checkLocally: {
      nl: 'Ruimte in het eigen rooster en de afspraken van de organisatie over extra contacten.',
      en: 'Room in your own schedule and your organisation’s agreements on extra appointments.',
    },
  }),
  entry('huisbezoek', {
    name: { nl: 'Huisbezoek', en: 'Home visit' },
    level: 'ordinary',
    targetGroup: {
      nl: 'Gezinnen bij wie een gesprek thuis meer laat zien of makkelijker is dan een bezoek aan het consultatiebureau.',
      en: 'Families for whom a conversation at home shows more, or is easier, than a visit to the clinic.',
    },
    starts: {
      nl: 'Al in de zwangerschap (prenataal huisbezoek) of op elk moment daarna.',
      en: 'Already in pregnancy (prenatal home visit) or at any moment afterwards.',
    },
    ends: { nl: 'Eenmalig of een paar keer, naar behoefte.', en: 'Once or a few times, as needed.' },
    offeredBy: { nl: 'JGZ (jeugdverpleegkundige)', en: 'Youth health care (youth nurse)' },
    checkLocally: {
      nl: 'Of de gemeente een prenataal huisbezoek aanbiedt en voor wie.',
      en: 'Whether the municipality offers a prenatal home visit, and for whom.',
    },
  }),
  entry('opvoedondersteuning', {
    name: { nl: 'Gesprek of cursus opvoedondersteuning', en: 'Parenting support (talk or course)' },
    level: 'ordinary',
    targetGroup: {
      nl: 'Ouders met vragen over verzorging, slapen, huilen, voeding of opvoeden.',
      en: 'Parents with questions about care, sleep, crying, feeding or parenting.',
    },
    starts: { nl: 'Vanaf de geboorte, vaak ook al in de zwangerschap.', en: 'From birth, often already in pregnancy.' },
    ends: { nl: 'Een paar gesprekken of de duur van een cursus.', en: 'A few conversations or the length of a course.' },
    offeredBy: { nl: 'JGZ, wijkteam of Centrum voor Jeugd en Gezin', en: 'Youth health care, neighbourhood team or family centre' },
    checkLocally: { nl: 'Welke cursussen en spreekuren er in de buurt zijn.', en: 'Which courses and drop-in hours there are nearby.' },
  }),
  entry('vve', {
    name: { nl: 'Voor- en vroegschoolse educatie (VVE)', en: 'Early childhood education (VVE)' },
    level: 'ordinary',
    targetGroup: {
      nl: 'Peuters bij wie de JGZ of de gemeente extra steun voor de (taal)ontwikkeling ziet, vaak met een VVE-indicatie.',
      en: 'Toddlers for whom youth health care or the municipality sees a need for extra support of (language) development, often with a VVE referral.',
    },
    starts: { nl: 'Meestal vanaf ongeveer 2,5 jaar.', en: 'Usually from about 2½ years.' },
    ends: { nl: 'Loopt door tot in de eerste jaren van de basisschool.', en: 'Continues into the first years of primary school.' },
    offeredBy: {
      nl: 'Kinderopvang of peuteropvang met VVE; indicatie vaak via de JGZ',
      en: 'Childcare or playgroups with VVE; referral often via youth health care',
    },
    checkLocally: {
      nl: 'Wie de indicatie stelt, hoeveel uur de gemeente vergoedt en welke locaties VVE bieden.',
      en: 'Who makes the referral, how many hours the municipality pays for and which locations offer VVE.',
    },
  }),
  entry('centering-zwangerschap', {
    name: { nl: 'CenteringZwangerschap', en: 'CenteringPregnancy' },
    level: 'ordinary',
    targetGroup: {
      nl: 'Zwangeren die hun controles liever samen met anderen krijgen; bereikt ook zwangeren in een kwetsbare situatie.',
      en: 'Pregnant women who prefer their check-ups together with others; also reaches women in a vulnerable situation.',
    },
    starts: {
      nl: 'Na de eerste, individuele controle; de groep begint rond 12–16 weken zwangerschap.',
      en: 'After the first, individual check-up; the group starts at around 12–16 weeks of pregnancy.',
    },
    ends: {
      nl: 'Ongeveer tien bijeenkomsten van twee uur; de laatste na de bevalling, met de baby erbij.',
      en: 'About ten two-hour meetings; the last one after the birth, with the baby.',
    },
    offeredBy: { nl: 'Verloskundigenpraktijk (groepszorg)', en: 'Midwifery practice (group care)' },
    checkLocally: {
      nl: 'Niet elke verloskundigenpraktijk biedt het aan. Vraag de verloskundige of er een groep start die past bij de termijn.',
      en: 'Not every midwifery practice offers it. Ask the midwife whether a group is starting that fits the due date.',
    },
  }),
  entry('centering-ouderschap', {
    name: { nl: 'CenteringOuderschap', en: 'CenteringParenting' },
    level: 'ordinary',
    targetGroup: {
      nl: 'Ouders van een baby die de contacten met het consultatiebureau in een vaste groep willen; steunend voor wie een klein netwerk heeft.',
      en: 'Parents of a baby who want their clinic visits in a fixed group; supportive for parents with a small network.',
    },
    starts: { nl: 'Een paar weken na de geboorte.', en: 'A few weeks after the birth.' },
    ends: {
      nl: 'Het eerste levensjaar (ongeveer acht bijeenkomsten, soms tot ruim een jaar).',
      en: 'The first year of life (about eight meetings, sometimes until a little over a year).',
    },
    offeredBy: { nl: 'JGZ (groepsconsulten op het consultatiebureau)', en: 'Youth health care (group visits at the clinic)' },
    checkLocally: CHECK_LOCALLY_PROGRAMME,
  }),
  entry('stevig-ouderschap', {
    name: { nl: 'Stevig Ouderschap', en: 'Stevig Ouderschap (“Strong Parenthood”)' },
    level: 'specific',
    targetGroup: {
      nl: 'Ouders die een minder makkelijke start maken, bijvoorbeeld door een belastende voorgeschiedenis, persoonlijke problemen of weinig steun om zich heen.',
      en: 'Parents with a harder start, for instance because of a burdening history, personal problems or little support around them.',
    },
    starts: {
      nl: 'Na de geboorte (vaak via een vragenlijst van de JGZ); een prenatale variant vanaf ongeveer 16 weken zwangerschap.',
      en: 'After the birth (often through a youth health care questionnaire); a prenatal version from about 16 weeks of pregnancy.',
    },
    ends: {
      nl: 'Een beperkt aantal huisbezoeken tot het kind ongeveer 18 maanden is (sommige beschrijvingen noemen tot 2 jaar).',
      en: 'A limited number of home visits until the child is about 18 months old (some descriptions say until age 2).',
    },
    offeredBy: { nl: 'JGZ (opgeleide Stevig Ouderschap-verpleegkundige)', en: 'Youth health care (trained Stevig Ouderschap nurse)' },
    checkLocally: CHECK_LOCALLY_PROGRAMME,
  }),
  entry('voorzorg', {
    name: { nl: 'VoorZorg', en: 'VoorZorg (Nurse-Family Partnership)' },
    level: 'specific',
    targetGroup: {
      nl: 'Jonge vrouwen die zwanger zijn van hun eerste kind en te maken hebben met een opeenstapeling van problemen; deelname is vrijwillig.',
      en: 'Young women pregnant with their first child who face an accumulation of problems; taking part is voluntary.',
    },
    starts: {
      nl: 'In de zwangerschap, vóór ongeveer 28 weken (de huisbezoeken beginnen vaak rond 16 weken).',
      en: 'In pregnancy, before about 28 weeks (home visits often start at around 16 weeks).',
    },
    ends: {
      nl: 'Tot het kind 2 jaar is; in totaal enkele tientallen huisbezoeken.',
      en: 'Until the child is 2 years old; a few dozen home visits in all.',
    },
    offeredBy: { nl: 'JGZ (gespecialiseerde VoorZorg-verpleegkundige)', en: 'Youth health care (specialised VoorZorg nurse)' },
    checkLocally: CHECK_LOCALLY_PROGRAMME,
  }),
  entry('kansrijke-start', {
    name: { nl: 'Kansrijke Start (lokale coalitie)', en: 'Kansrijke Start (local coalition)' },
    level: 'specific',
    targetGroup: {
      nl: 'Geen programma voor één gezin: het landelijke actieprogramma voor de eerste 1000 dagen, uitgewerkt in lokale coalities van geboortezorg, JGZ en sociaal domein, met aandacht voor gezinnen in een kwetsbare situatie.',
      en: 'Not a programme for one family: the national action programme for the first 1000 days, worked out in local coalitions of maternity care, youth health care and the social domain, with attention for families in a vulnerable situation.',
    },
    starts: { nl: 'Vóór de zwangerschap, in de zwangerschap en na de geboorte.', en: 'Before pregnancy, in pregnancy and after birth.' },
    ends: { nl: 'De eerste 1000 dagen (tot ongeveer 2 jaar).', en: 'The first 1000 days (until about age 2).' },
    offeredBy: {
      nl: 'Gemeente met de lokale coalitie (o.a. verloskundige, kraamzorg, JGZ, wijkteam)',
      en: 'Municipality with the local coalition (midwife, maternity care, youth health care, neighbourhood team …)',
    },
    checkLocally: {
      nl: 'Welke afspraken de lokale coalitie heeft: een overleg voor zwangeren in een kwetsbare situatie, een aanspreekpunt, welk aanbod.',
      en: 'Which arrangements the local coalition has: a consultation for pregnant women in a vulnerable situation, a contact person, which offers.',
    },
  }),
  entry('wijkteam', {
    name: { nl: 'Wijkteam of sociaal team', en: 'Neighbourhood team' },
    level: 'specific',
    targetGroup: {
      nl: 'Gezinnen met vragen die verder gaan dan opvoeden: geld, wonen, werk, relatie, netwerk.',
      en: 'Families with questions beyond parenting: money, housing, work, relationship, network.',
    },
    starts: { nl: 'Op elk moment, ook in de zwangerschap.', en: 'At any time, also in pregnancy.' },
    ends: { nl: 'Zo lang als nodig, in overleg met het gezin.', en: 'As long as needed, agreed with the family.' },
    offeredBy: { nl: 'Gemeente (wijkteam, sociaal team, CJG)', en: 'Municipality (neighbourhood or social team, family centre)' },
    checkLocally: {
      nl: 'Hoe je aanmeldt en of er een vaste contactpersoon voor de JGZ is.',
      en: 'How to refer and whether there is a fixed contact for youth health care.',
    },
  }),
  entry('behandeling', {
    name: { nl: 'Behandeling (bijv. ouder-kindbehandeling, GGZ)', en: 'Treatment (e.g. parent–infant therapy, mental health care)' },
    level: 'treatment',
    targetGroup: {
      nl: 'Gezinnen bij wie meer nodig is dan preventie, bijvoorbeeld bij traumatische stress of psychische problemen van een ouder.',
      en: 'Families who need more than prevention, for instance with traumatic stress or a parent’s psychological problems.',
    },
    starts: { nl: 'Na verwijzing, in de zwangerschap of daarna.', en: 'After referral, in pregnancy or afterwards.' },
    ends: { nl: 'Volgens het behandelplan.', en: 'According to the treatment plan.' },
    offeredBy: {
      nl: 'Jeugd-GGZ, GGZ, infant mental health; verwijzing via huisarts of wijkteam',
      en: 'Youth or adult mental health care, infant mental health; referral via GP or neighbourhood team',
    },
    checkLocally: {
      nl: 'Wie in de regio ouder-kindbehandeling biedt, de verwijsroute en wachttijden.',
      en: 'Who offers parent–infant treatment in the region, the referral route and waiting times.',
    },
  }),
];

export function isBuiltInCareOption(id: string): boolean {
  return BUILT_IN_CARE_OPTIONS.some((option) => option.id === id);
}

export function builtInCareOption(id: string): CareOption | undefined {
  return BUILT_IN_CARE_OPTIONS.find((option) => option.id === id);
}

/** What the team stored about an entry: a shipped entry's changes or hiding, or an entry of its own. */
export interface CareOptionOverride {
  id: string;
  builtIn: boolean;
  /** Null for a shipped entry whose text was not changed. */
  fields: CareOptionFields | null;
  hidden: boolean;
  updatedAt: string;
}

/**
 * The catalogue as the team sees it: the shipped entries in their order with the team's changes, then
 * the team's own in the order they were added. The order is fixed: it never depends on a case.
 */
export function mergeCatalogue(overrides: readonly CareOptionOverride[]): CareOption[] {
  const byId = new Map(overrides.map((o) => [o.id, o]));
  const shipped = BUILT_IN_CARE_OPTIONS.map((option) => {
    const override = byId.get(option.id);
    if (!override) return option;
    return {
      ...option,
      ...(override.fields ?? {}),
      edited: override.fields !== null,
      hidden: override.hidden,
      updatedAt: override.updatedAt,
    };
  });
  const own = overrides
    .filter((o) => !o.builtIn && o.fields !== null && !isBuiltInCareOption(o.id))
    .map((o) => ({ ...o.fields!, id: o.id, builtIn: false, edited: false, hidden: o.hidden, updatedAt: o.updatedAt }));
  return [...shipped, ...own];
}

// ------------------------------------------------------------------------------------------------
// The session's record of the weighing
// ------------------------------------------------------------------------------------------------

/** The seed's three indications for an intervention on the parent–child relationship. */
export const INDICATIONS = ['riskFactors', 'disturbedRelationship', 'asksForHelp'] as const;
export type Indication = (typeof INDICATIONS)[number];
export const INDICATION_ANSWERS = ['yes', 'no', 'unknown'] as const;
export const IndicationAnswer = z.enum(INDICATION_ANSWERS);
export type IndicationAnswer = z.infer<typeof IndicationAnswer>;

export const Indications = z.object({
  riskFactors: IndicationAnswer.nullable().default(null),
  disturbedRelationship: IndicationAnswer.nullable().default(null),
  asksForHelp: IndicationAnswer.nullable().default(null),
});
export type Indications = z.infer<typeof Indications>;

export const CONSIDERED_OPTIONS_LIMIT = 40;

/** An option the team weighed; the name is kept as it was, so the record reads the same after edits or on another device. */
export const ConsideredOption = z.object({
  optionId: CareOptionId,
  name: z.string().trim().min(1).max(200),
  chosen: z.boolean(),
  reasons: FreeText,
});
export type ConsideredOption = z.infer<typeof ConsideredOption>;

export const CareRecord = z.object({
  indications: Indications.default({ riskFactors: null, disturbedRelationship: null, asksForHelp: null }),
  indicationNote: FreeText.default(''),
  /** "Wat wil de ouder zelf?" */
  parentWants: FreeText.default(''),
  options: z
    .array(ConsideredOption)
    .max(CONSIDERED_OPTIONS_LIMIT)
    .default([])
    .refine((options) => new Set(options.map((o) => o.optionId)).size === options.length, { message: 'Each option is weighed once.' }),
});
export type CareRecord = z.infer<typeof CareRecord>;

export const EMPTY_CARE_RECORD: CareRecord = {
  indications: { riskFactors: null, disturbedRelationship: null, asksForHelp: null },
  indicationNote: '',
  parentWants: '',
  options: [],
};

export function isEmptyCareRecord(record: CareRecord): boolean {
  return (
    INDICATIONS.every((key) => record.indications[key] === null) && !record.indicationNote.trim() && !record.parentWants.trim() && record.options.length === 0
  );
}

/** Put an option on the list of those weighed (once), or take it off. */
export function toggleConsidered(record: CareRecord, option: Pick<CareOption, 'id'> & { name: string }, on: boolean): CareRecord {
  const present = record.options.some((o) => o.optionId === option.id);
  if (on && !present) return { ...record, options: [...record.options, { optionId: option.id, name: option.name, chosen: false, reasons: '' }] };
  if (!on && present) return { ...record, options: record.options.filter((o) => o.optionId !== option.id) };
  return record;
}

export function updateConsidered(record: CareRecord, optionId: string, patch: Partial<Pick<ConsideredOption, 'chosen' | 'reasons'>>): CareRecord {
  return { ...record, options: record.options.map((o) => (o.optionId === optionId ? { ...o, ...patch } : o)) };
}

/** The options weighed, split into chosen and not chosen, each in the order they were added. */
export function splitConsidered(record: CareRecord): { chosen: ConsideredOption[]; notChosen: ConsideredOption[] } {
  return { chosen: record.options.filter((o) => o.chosen), notChosen: record.options.filter((o) => !o.chosen) };
}

/** A stored record text (a JSON column) as a record; an empty or old value reads as the empty record. */
export function parseCareRecord(text: string | null | undefined): CareRecord {
  if (!text) return EMPTY_CARE_RECORD;
  return CareRecord.parse(JSON.parse(text));
}
