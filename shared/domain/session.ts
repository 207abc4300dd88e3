/**
 * Intervision sessions: structured peer consultation with critical colleagues (docs/domain.md).
 * Methods are data; a session keeps a copy of its method's phases, so later edits don't rewrite history.
 */
import { z } from 'zod';
import { Id } from './ids';
import { FreeText, IsoDate, Pseudonym, TEXT_LIMIT } from './case';
import { CareRecord, EMPTY_CARE_RECORD } from './care-options';

const IsoTime = z.string().datetime({ offset: true });

/** A time of day as people set it on a clock: "14:00" (a session's or a meeting's start). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');
export type ClockTime = z.infer<typeof ClockTime>;

/** A text in both interface languages; a team's own method may fill only one (the UI falls back). */
export const LocalizedText = z.object({ nl: z.string().max(TEXT_LIMIT), en: z.string().max(TEXT_LIMIT) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const CONTRIBUTION_KINDS = [
  'clarifying-question',
  'question',
  'hypothesis',
  'perspective',
  'observation',
  'strength',
  'concern',
  'idea',
  'reflection',
] as const;
export const ContributionKind = z.enum(CONTRIBUTION_KINDS);
export type ContributionKind = z.infer<typeof ContributionKind>;

/**
 * How the session screen treats a phase: 'silent' hides notes until revealed together; 'why' asks for
 * hypotheses from four perspectives with "what would change my mind?"; 'map' puts the case map first;
 * 'question' lets the case holder state the question; 'intensity', 'takeaway', 'process' and 'step2'
 * show the outcome forms; 'discussion' is everything else.
 */
export const PHASE_MODES = ['question', 'silent', 'discussion', 'map', 'why', 'intensity', 'options', 'takeaway', 'process', 'step2'] as const;
export const PhaseMode = z.enum(PHASE_MODES);
export type PhaseMode = z.infer<typeof PhaseMode>;

export const MethodPhase = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: LocalizedText,
  minutes: z.number().int().min(1).max(120),
  invites: z.array(ContributionKind).max(CONTRIBUTION_KINDS.length),
  instruction: LocalizedText,
  mode: PhaseMode,
});
export type MethodPhase = z.infer<typeof MethodPhase>;

export const MethodDefinition = z.object({
  /** A stable key for shipped methods ('what-and-why', …), a uuid for a team's own. */
  id: z.string().min(1).max(60),
  builtIn: z.boolean(),
  name: LocalizedText,
  description: LocalizedText,
  phases: z.array(MethodPhase).min(1).max(20),
  /** The shipped method a team's method was copied from, if any. */
  copiedFrom: z.string().nullable(),
  updatedAt: IsoTime.nullable(),
});
export type MethodDefinition = z.infer<typeof MethodDefinition>;

export const DEFAULT_METHOD_ID = 'what-and-why';

// ------------------------------------------------------------------------------------------------
// Participants and roles
// ------------------------------------------------------------------------------------------------

export const Participant = z.object({
  id: Id,
  /** A member of the vault, or null for a guest known by initials only. */
  memberId: Id.nullable(),
  name: z.string().trim().min(1).max(80),
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantInput = z.union([z.object({ memberId: Id }).strict(), z.object({ guestInitials: z.string().trim().min(1).max(6) }).strict()]);

/** Roles point at participant ids. */
export const Roles = z.object({
  caseHolder: Id,
  facilitator: Id,
  timekeeper: Id.nullable(),
  scribe: Id.nullable(),
});
export type Roles = z.infer<typeof Roles>;

// ------------------------------------------------------------------------------------------------
// Timer: the state is stored, the remaining time is derived (shared/domain/timer.ts)
// ------------------------------------------------------------------------------------------------

export const TimerState = z.object({
  phaseIndex: z.number().int().min(0),
  /** When the current run of the clock started; null while paused. */
  runningSince: IsoTime.nullable(),
  /** Time spent in this phase before the current run. */
  elapsedMs: z.number().int().min(0),
  /** Minutes added to this phase. */
  extraMinutes: z.number().int().min(0).max(240),
});
export type TimerState = z.infer<typeof TimerState>;

export const SESSION_STATUSES = ['planned', 'running', 'finished'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const Session = z.object({
  id: Id,
  caseId: Id,
  methodId: z.string(),
  /** The method as it was when the session was planned. */
  method: MethodDefinition,
  question: FreeText,
  /** What the case holder already tried (from a "Casus voorbereiden" journal entry or typed when planning). */
  tried: FreeText,
  /** The local calendar day the session is (or was) held, and its start time. */
  date: IsoDate,
  startTime: ClockTime,
  /** The meeting whose agenda it is on, with its slot length and place on that agenda; null for a session on its own. */
  meetingId: Id.nullable(),
  slotMinutes: z.number().int().min(5).max(480).nullable(),
  agendaPosition: z.number().int().min(0).nullable(),
  participants: z.array(Participant).min(1).max(30),
  roles: Roles,
  status: SessionStatus,
  timer: TimerState,
  startedAt: IsoTime.nullable(),
  finishedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Session = z.infer<typeof Session>;

export const SessionSummary = Session.pick({
  id: true,
  caseId: true,
  methodId: true,
  status: true,
  date: true,
  startTime: true,
  meetingId: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
}).extend({
  casePseudonym: Pseudonym,
  methodName: LocalizedText,
  question: z.string(),
  contributionCount: z.number().int(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

// ------------------------------------------------------------------------------------------------
// Contributions
// ------------------------------------------------------------------------------------------------

export const PERSPECTIVES = ['child', 'parent', 'professional', 'chain'] as const;
export const Perspective = z.enum(PERSPECTIVES);
export type Perspective = z.infer<typeof Perspective>;

export const Contribution = z.object({
  id: Id,
  sessionId: Id,
  phaseKey: z.string(),
  kind: ContributionKind,
  /** A participant, or null for anonymous. */
  authorId: Id.nullable(),
  text: FreeText,
  /** The map factor it is about, if any. */
  factorId: Id.nullable(),
  /** In the why phase: from whose perspective. */
  perspective: Perspective.nullable(),
  /** In the why phase: what would change my mind? */
  changeMyMind: FreeText,
  /** Silent round: hidden until the notes are revealed together. */
  hidden: z.boolean(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Contribution = z.infer<typeof Contribution>;

// ------------------------------------------------------------------------------------------------
// Outcome: the team's judgment, actions, take-away, process, the reporting-code record
// ------------------------------------------------------------------------------------------------

/** Ordinary care and prevention / a specific intervention / treatment: a judgment, never computed. */
export const INTENSITIES = ['ordinary', 'specific', 'treatment'] as const;
export const Intensity = z.enum(INTENSITIES);

export const Judgment = z.object({
  intensity: Intensity.nullable(),
  forWhom: FreeText,
  context: FreeText,
  reasons: FreeText,
});
export type Judgment = z.infer<typeof Judgment>;

export const VOICES_HEARD = ['yes', 'partly', 'no'] as const;

export const Outcome = z.object({
  judgment: Judgment,
  takeAway: FreeText,
  everyVoiceHeard: z.enum(VOICES_HEARD).nullable(),
  doDifferently: FreeText,
  /** At the intensity step: the indications, what the parent wants, the options weighed and chosen (shared/domain/care-options.ts). */
  care: CareRecord.default(EMPTY_CARE_RECORD),
});
export type Outcome = z.infer<typeof Outcome>;

/** Meldcode step 2: a record for the professional to copy into the official file. */
export const Step2Record = z.object({
  consulted: z.string().max(200),
  consultedRole: z.string().max(200),
  date: IsoDate.nullable(),
  signals: FreeText,
  outcome: FreeText,
  veiligThuisConsulted: z.boolean().nullable(),
});
export type Step2Record = z.infer<typeof Step2Record>;

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);

export const ActionPoint = z.object({
  id: Id,
  caseId: Id,
  sessionId: Id.nullable(),
  text: z.string().trim().min(1).max(TEXT_LIMIT),
  /** A member who owns it, or null with a free owner name (a guest, a chain partner). */
  ownerMemberId: Id.nullable(),
  ownerName: z.string().max(80),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type ActionPoint = z.infer<typeof ActionPoint>;

export const ActionListItem = ActionPoint.extend({ casePseudonym: Pseudonym });
export type ActionListItem = z.infer<typeof ActionListItem>;

/** What the next session on the same case reviews: earlier hypotheses and action points. */
export const FollowUp = z.object({
  sessionId: Id,
  finishedAt: IsoTime.nullable(),
  question: z.string(),
  hypotheses: z.array(Contribution),
  actions: z.array(ActionPoint),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const SessionDetail = z.object({
  session: Session,
  casePseudonym: Pseudonym,
  contributions: z.array(Contribution),
  outcome: Outcome,
  step2: Step2Record.nullable(),
  actions: z.array(ActionPoint),
  /** Factors added to the map during this session. */
  factorIds: z.array(Id),
  previous: FollowUp.nullable(),
});
export type SessionDetail = z.infer<typeof SessionDetail>;
