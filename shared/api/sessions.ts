/** The sessions API: intervision methods, sessions and their contributions, and action points. */
import { z } from 'zod';
import { FreeText, IsoDate } from '../domain/case';
import { CareRecord } from '../domain/care-options';
import {
  ClockTime,
  ActionListItem,
  ActionPoint,
  ActionStatus,
  ContributionKind,
  Contribution,
  Judgment,
  LocalizedText,
  MethodDefinition,
  MethodPhase,
  Outcome,
  ParticipantInput,
  Perspective,
  Session,
  SessionDetail,
  SessionStatus,
  SessionSummary,
  Step2Record,
  VOICES_HEARD,
} from '../domain/session';
import { Id } from '../domain/ids';
import { TIMER_ACTIONS } from '../domain/timer';
import { method } from './define';

/** Roles name participants by their index in the `participants` list of the same call. */
const RoleIndexes = z
  .object({
    caseHolder: z.number().int().min(0),
    facilitator: z.number().int().min(0),
    timekeeper: z.number().int().min(0).nullable().default(null),
    scribe: z.number().int().min(0).nullable().default(null),
  })
  .strict();

export const sessionsApi = {
  /** The shipped methods (read-only) and the team's own. */
  'methods.list': method(z.object({}).strict(), z.array(MethodDefinition)),
  /** Save a team's own method (a copy of a shipped one, or new); shipped methods cannot be changed. */
  'methods.save': method(
    z
      .object({
        id: Id.optional(),
        copiedFrom: z.string().max(60).nullable().default(null),
        name: LocalizedText,
        description: LocalizedText,
        phases: z.array(MethodPhase).min(1).max(20),
      })
      .strict(),
    MethodDefinition,
  ),
  'methods.remove': method(z.object({ id: Id }).strict(), z.null()),

  'sessions.list': method(z.object({ caseId: Id.optional(), status: SessionStatus.optional() }).strict(), z.array(SessionSummary)),
  'sessions.get': method(z.object({ id: Id }).strict(), SessionDetail),
  /** Plan a session: case, method, participants (members or guests by initials), roles, the question. */
  'sessions.create': method(
    z
      .object({
        caseId: Id,
        methodId: z.string().min(1).max(60),
        question: FreeText.default(''),
        tried: FreeText.default(''),
        /** The local day and start time it is held; the core's local now when left out. */
        date: IsoDate.optional(),
        startTime: ClockTime.optional(),
        participants: z.array(ParticipantInput).min(1).max(30),
        roles: RoleIndexes,
      })
      .strict(),
    Session,
  ),
  'sessions.update': method(
    z
      .object({
        id: Id,
        question: FreeText.optional(),
        tried: FreeText.optional(),
        date: IsoDate.optional(),
        startTime: ClockTime.optional(),
        participants: z.array(ParticipantInput).min(1).max(30).optional(),
        roles: RoleIndexes.optional(),
      })
      .strict(),
    Session,
  ),
  /**
   * Run the session: 'begin' starts it (and snapshots the case map), the timer actions move the clock and
   * the phases, 'finish' ends it. Returns the session with its stored timer state.
   */
  'sessions.control': method(
    z
      .object({
        id: Id,
        action: z.enum(['begin', ...TIMER_ACTIONS, 'finish', 'reopen']),
        minutes: z.number().int().min(1).max(60).optional(),
      })
      .strict(),
    Session,
  ),
  'sessions.delete': method(z.object({ id: Id }).strict(), z.null()),

  /** Saved as it is entered; an id not used yet creates it (so the UI can undo a removal). */
  'contributions.save': method(
    z
      .object({
        sessionId: Id,
        id: Id.optional(),
        phaseKey: z.string().min(1).max(40),
        kind: ContributionKind,
        authorId: Id.nullable().default(null),
        text: z.string().trim().min(1).max(20_000),
        factorId: Id.nullable().default(null),
        perspective: Perspective.nullable().default(null),
        changeMyMind: FreeText.default(''),
        hidden: z.boolean().default(false),
      })
      .strict(),
    Contribution,
  ),
  'contributions.remove': method(z.object({ id: Id }).strict(), z.null()),
  /** Silent round: reveal every hidden note of a phase together. */
  'contributions.reveal': method(z.object({ sessionId: Id, phaseKey: z.string().min(1).max(40) }).strict(), z.object({ revealed: z.number().int() })),

  /** The outcome is saved as typed: any part may be sent alone. */
  'sessions.saveOutcome': method(
    z
      .object({
        id: Id,
        judgment: Judgment.partial().optional(),
        takeAway: FreeText.optional(),
        everyVoiceHeard: z.enum(VOICES_HEARD).nullable().optional(),
        doDifferently: FreeText.optional(),
        /** The intensity step's record, sent whole (it is small). */
        care: CareRecord.optional(),
        step2: Step2Record.partial().optional(),
      })
      .strict(),
    z.object({ outcome: Outcome, step2: Step2Record.nullable() }),
  ),

  'actions.list': method(
    z.object({ caseId: Id.optional(), mine: z.boolean().default(false), status: ActionStatus.optional() }).strict(),
    z.array(ActionListItem),
  ),
  'actions.save': method(
    z
      .object({
        caseId: Id,
        id: Id.optional(),
        sessionId: Id.nullable().default(null),
        text: z.string().trim().min(1).max(20_000),
        ownerMemberId: Id.nullable().default(null),
        ownerName: z.string().max(80).default(''),
        dueDate: IsoDate.nullable().default(null),
        status: ActionStatus.default('open'),
      })
      .strict(),
    ActionPoint,
  ),
  'actions.remove': method(z.object({ id: Id }).strict(), z.null()),
} as const;
