/**
 * Cases and the relational map: what stands between this parent and this child.
 * Catalogs come from the seed (see docs/domain.md); every label lives in shared/i18n.
 * Nothing here scores a family: counts and stress kinds describe the stress, never the people.
 */
import { z } from 'zod';
import { Id } from './ids';
import { CASE_PHASES, IsoWeek } from './thousand-days';

export const TEXT_LIMIT = 20_000;
export const PSEUDONYM_LIMIT = 80;

const IsoTime = z.string().datetime({ offset: true });
/** A calendar date (YYYY-MM-DD), e.g. a due date or a last contact; never a date of birth. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
export const Pseudonym = z.string().trim().min(1).max(PSEUDONYM_LIMIT);
export const FreeText = z.string().max(TEXT_LIMIT);

// ------------------------------------------------------------------------------------------------
// Cases
// ------------------------------------------------------------------------------------------------

export { CASE_PHASES };
export const CasePhase = z.enum(CASE_PHASES);
export type CasePhase = z.infer<typeof CasePhase>;

export const CASE_STATUSES = ['open', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const PregnancyWeek = z.number().int().min(1).max(44);

export const RELATIONSHIP_FORMS = ['dyad', 'triad'] as const;
export const RelationshipForm = z.enum(RELATIONSHIP_FORMS);

/** The centre of the map: how the parent–child relationship looks now, in words. No number, no score. */
export const Relationship = z.object({
  form: RelationshipForm,
  now: FreeText,
  goesWell: FreeText,
  worries: FreeText,
});
export type Relationship = z.infer<typeof Relationship>;

/**
 * The parent's own voice: what she herself worries about, thinks goes well, and asks for, in her
 * words (apart from the professional's view of the relationship above).
 */
export const ParentVoice = z.object({
  worries: FreeText,
  goesWell: FreeText,
  asks: FreeText,
});
export type ParentVoice = z.infer<typeof ParentVoice>;

export const Case = z.object({
  id: Id,
  pseudonym: Pseudonym,
  /** Today's phase: it follows the due week when there is one (thousand-days.ts), else it is set by hand. */
  phase: CasePhase,
  /** The expected due week as an ISO week ("2027-W12"); null when there is none (e.g. a child of four). */
  dueWeek: IsoWeek.nullable(),
  /** Today's week of pregnancy, computed from the due week; null outside the pregnancy. */
  pregnancyWeek: PregnancyWeek.nullable(),
  status: CaseStatus,
  holderId: Id.nullable(),
  contextNote: FreeText,
  relationship: Relationship,
  parentVoice: ParentVoice,
  createdAt: IsoTime,
  updatedAt: IsoTime,
  closedAt: IsoTime.nullable(),
  lastActivityAt: IsoTime,
});
export type Case = z.infer<typeof Case>;

export const CaseSummary = Case.pick({
  id: true,
  pseudonym: true,
  phase: true,
  dueWeek: true,
  pregnancyWeek: true,
  status: true,
  holderId: true,
  lastActivityAt: true,
}).extend({ holderName: z.string().nullable(), factorCount: z.number().int() });
export type CaseSummary = z.infer<typeof CaseSummary>;

// ------------------------------------------------------------------------------------------------
// People: pseudonyms and roles only. No full names, dates of birth or citizen service numbers.
// ------------------------------------------------------------------------------------------------

/** 'partner': the parent's partner, the third in a triad ("Triade (met partner)") whether or not a parent of the child. */
export const PERSON_ROLES = ['child', 'parent', 'partner', 'caregiver', 'household'] as const;
export const PersonRole = z.enum(PERSON_ROLES);
export const AGE_BANDS = ['unborn', '0-6m', '6-12m', '1-2y', '2-4y', '4-12y', '12-18y', '18-25y', 'adult'] as const;
export const AgeBand = z.enum(AGE_BANDS);

export const Person = z.object({
  id: Id,
  caseId: Id,
  role: PersonRole,
  pseudonym: Pseudonym,
  ageBand: AgeBand.nullable(),
  note: FreeText,
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Person = z.infer<typeof Person>;

// ------------------------------------------------------------------------------------------------
// Factors on the map
// ------------------------------------------------------------------------------------------------

/** The four sectors around the relationship, and the ring of buffers close to the centre. */
export const SECTORS = ['external', 'child', 'parent', 'professional', 'buffer'] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;
export const STRESS_SECTORS = ['external', 'child', 'parent', 'professional'] as const satisfies readonly Sector[];

/** Categories per sector, from the seed; 'other' carries a free label. */
export const CATEGORY_CATALOG = {
  external: ['isolation', 'finances', 'housing', 'migration', 'single-parenthood', 'domestic-violence', 'other'],
  child: ['medical-complications', 'emotion-regulation', 'temperament', 'autism-development', 'other'],
  parent: ['mild-intellectual-disability', 'psychological-problems', 'unprocessed-trauma-loss', 'other'],
  professional: ['trust', 'continuity', 'transparency', 'other'],
  buffer: ['partner', 'family', 'network', 'professional-support', 'parent-strength', 'child-strength', 'other'],
} as const satisfies Record<Sector, readonly string[]>;
export const ALL_CATEGORIES = [...new Set(Object.values(CATEGORY_CATALOG).flat())] as [string, ...string[]];
export const FactorCategory = z.enum(ALL_CATEGORIES as [string, ...string[]]);

/** What was seen apart from what was thought: drawn differently on the map. */
export const FACTOR_KINDS = ['observation', 'parent-words', 'interpretation', 'hypothesis'] as const;
export const FactorKind = z.enum(FACTOR_KINDS);
export type FactorKind = z.infer<typeof FactorKind>;

export const VOICES = ['parent', 'child', 'professional', 'chain'] as const;
export const Voice = z.enum(VOICES);

export const PRESSURES = ['light', 'moderate', 'heavy'] as const;
export const Pressure = z.enum(PRESSURES);
export type Pressure = z.infer<typeof Pressure>;

export const DURATIONS = ['brief', 'temporary', 'prolonged'] as const;
export const Duration = z.enum(DURATIONS);
export type Duration = z.infer<typeof Duration>;

export const BUFFERINGS = ['yes', 'partly', 'no'] as const;
export const Buffering = z.enum(BUFFERINGS);
export type Buffering = z.infer<typeof Buffering>;

/** Adverse Childhood Experiences (Felitti 1998) and the wider Early Life Stress list (Shonkoff 2017). */
export const ACE_TAGS = [
  'ace-psychological-abuse',
  'ace-physical-abuse',
  'ace-sexual-abuse',
  'ace-violence-against-mother',
  'ace-household-addiction',
  'ace-parent-mental-illness',
  'ace-abandonment-divorce',
  'ace-household-prison',
] as const;
export const ELS_TAGS = [
  'els-bullying',
  'els-poverty',
  'els-unsafe-neighbourhood',
  'els-nuisance',
  'els-school-stress',
  'els-peer-pressure',
  'els-pressure-to-perform',
] as const;
export const STRESS_TAGS = [...ACE_TAGS, ...ELS_TAGS] as const;
export const StressTag = z.enum(STRESS_TAGS);

/**
 * Whose experience an ACE / ELS tag describes: the parent's own childhood (the link between
 * generations) or the child now. Asked beside the tags; null while nobody said.
 */
export const EXPERIENCE_OF = ['parent-childhood', 'child-now'] as const;
export const ExperienceOf = z.enum(EXPERIENCE_OF);
export type ExperienceOf = z.infer<typeof ExperienceOf>;

/**
 * The professionals' sector is no family stress: its factors describe the working relationship with
 * the professionals in its own words (werkt / onder druk / verbroken), never a stress kind.
 */
export const WORKING_RELATIONS = ['working', 'strained', 'broken'] as const;
export const WorkingRelation = z.enum(WORKING_RELATIONS);
export type WorkingRelation = z.infer<typeof WorkingRelation>;

export const FACTOR_STATUSES = ['current', 'resolved'] as const;
export const FactorStatus = z.enum(FACTOR_STATUSES);

/** Where a factor sits inside its sector, both 0..1: distance from the inner edge and position along the arc. */
export const Placement = z.object({ radial: z.number().min(0).max(1), along: z.number().min(0).max(1) });
export type Placement = z.infer<typeof Placement>;

export const Factor = z.object({
  id: Id,
  caseId: Id,
  sector: Sector,
  category: FactorCategory,
  /** The free label when category is 'other'. */
  otherLabel: z.string().max(120).nullable(),
  text: FreeText,
  kind: FactorKind,
  voice: Voice,
  /** The chain partner speaking, when voice is 'chain'. */
  chainPartnerId: Id.nullable(),
  /** Pressure, duration and buffering describe stressors; buffers leave them null. */
  pressure: Pressure.nullable(),
  duration: Duration.nullable(),
  buffered: Buffering.nullable(),
  tags: z.array(StressTag).max(STRESS_TAGS.length),
  /** Whose experience the tags describe (only with tags); optional, so older snapshots and inputs still read. */
  experienceOf: ExperienceOf.nullable().optional(),
  /** The team marked this stressor as traumatic stress (the continuum's third column); never set for a buffer. */
  traumatic: z.boolean().optional(),
  /** How the relationship with the professionals works (only in the professionals' sector); optional, so older snapshots and inputs still read. */
  workingRelation: WorkingRelation.nullable().optional(),
  status: FactorStatus,
  placement: Placement.nullable(),
  /** The intervision session in which it was added, when it was. */
  sessionId: Id.nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Factor = z.infer<typeof Factor>;

export const FactorFields = Factor.omit({ id: true, caseId: true, createdAt: true, updatedAt: true, sessionId: true });
export type FactorFields = z.infer<typeof FactorFields>;

// ------------------------------------------------------------------------------------------------
// The care chain (shown in the professionals' sector)
// ------------------------------------------------------------------------------------------------

export const CHAIN_TYPES = [
  'midwife',
  'maternity-care',
  'youth-health-care',
  'gp',
  'hospital',
  'neighbourhood-team',
  'youth-care',
  'youth-mental-health',
  'youth-protection',
  'child-protection-board',
  'paediatrician',
  'gynaecologist',
  'gp-mental-health',
  'adult-mental-health',
  'social-work',
  'debt-counselling',
  'veilig-thuis',
  'childcare',
  'other',
] as const;
export const ChainType = z.enum(CHAIN_TYPES);

export const ChainPartner = z.object({
  id: Id,
  caseId: Id,
  type: ChainType,
  /** An organisation or role, e.g. "verloskundigenpraktijk"; never a client's name. */
  label: z.string().max(120),
  /** The relationship with the family in words: trust, continuity. */
  relationship: FreeText,
  /** What they already asked or know: "who in the chain already asked this?". */
  alreadyAsked: FreeText,
  lastContact: IsoDate.nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type ChainPartner = z.infer<typeof ChainPartner>;

// ------------------------------------------------------------------------------------------------
// Snapshots of the map
// ------------------------------------------------------------------------------------------------

export const SNAPSHOT_REASONS = ['manual', 'session', 'daily'] as const;
export const SnapshotReason = z.enum(SNAPSHOT_REASONS);

/** The map as it was: the relationship, the factors and the chain. */
export const MapState = z.object({
  relationship: Relationship,
  factors: z.array(Factor),
  chain: z.array(ChainPartner),
});
export type MapState = z.infer<typeof MapState>;

export const SnapshotMeta = z.object({
  id: Id,
  caseId: Id,
  takenAt: IsoTime,
  reason: SnapshotReason,
  label: z.string().max(120),
  factorCount: z.number().int(),
});
export type SnapshotMeta = z.infer<typeof SnapshotMeta>;

export const Snapshot = SnapshotMeta.extend({ state: MapState });
export type Snapshot = z.infer<typeof Snapshot>;

/** Everything the case page shows, in one call. */
export const CaseDetail = z.object({
  case: Case,
  people: z.array(Person),
  factors: z.array(Factor),
  chain: z.array(ChainPartner),
  snapshots: z.array(SnapshotMeta),
});
export type CaseDetail = z.infer<typeof CaseDetail>;
