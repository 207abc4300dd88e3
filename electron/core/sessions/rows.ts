import type { Selectable } from 'kysely';
import { EMPTY_CARE_RECORD, parseCareRecord } from '../../../shared/domain/care-options';
import { localDay } from '../../../shared/domain/dates';
import { ActionPoint, Contribution, MethodDefinition, Outcome, Session, SessionSummary, Step2Record } from '../../../shared/domain/session';
import type {
  ActionPointsTable,
  SessionContributionsTable,
  SessionMethodsTable,
  SessionOutcomesTable,
  SessionsTable,
  SessionStep2RecordsTable,
} from '../db/schema-sessions';

/** Rows of the sessions feature → domain objects, parsed with the domain's schemas, so a damaged row fails here. */

export type SessionRow = Selectable<SessionsTable>;
export type ContributionRow = Selectable<SessionContributionsTable>;
export type TeamMethodRow = Selectable<SessionMethodsTable>;
export type OutcomeRow = Selectable<SessionOutcomesTable>;
export type Step2Row = Selectable<SessionStep2RecordsTable>;
export type ActionPointRow = Selectable<ActionPointsTable>;

function parseJson(text: string): unknown {
  return JSON.parse(text);
}

export function teamMethodFromRow(row: TeamMethodRow): MethodDefinition {
  return MethodDefinition.parse({
    id: row.id,
    builtIn: false,
    name: parseJson(row.name),
    description: parseJson(row.description),
    phases: parseJson(row.phases),
    copiedFrom: row.copied_from,
    updatedAt: row.updated_at,
  });
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The day and start time a session is held. A row imported from a vault before 0014 has none: it
 * is held when it began, or planned (local time, as the migration did for the sessions it found).
 */
export function sessionWhen(row: Pick<SessionRow, 'held_on' | 'starts_at' | 'started_at' | 'created_at'>): { date: string; startTime: string } {
  if (row.held_on && row.starts_at) return { date: row.held_on, startTime: row.starts_at };
  const moment = new Date(row.started_at ?? row.created_at);
  return { date: row.held_on ?? localDay(moment), startTime: row.starts_at ?? `${pad(moment.getHours())}:${pad(moment.getMinutes())}` };
}

export function sessionFromRow(row: SessionRow): Session {
  return Session.parse({
    id: row.id,
    caseId: row.case_id,
    methodId: row.method_id,
    method: parseJson(row.method),
    question: row.question,
    tried: row.tried,
    ...sessionWhen(row),
    meetingId: row.meeting_id,
    slotMinutes: row.slot_minutes,
    agendaPosition: row.agenda_position,
    participants: parseJson(row.participants),
    roles: parseJson(row.roles),
    status: row.status,
    timer: parseJson(row.timer),
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

const MethodName = MethodDefinition.pick({ name: true });

/** One line of the session list: the session with its case's pseudonym and its contributions counted. */
export function sessionSummaryFromRow(
  row: Pick<
    SessionRow,
    'id' | 'case_id' | 'method_id' | 'method' | 'status' | 'question' | 'started_at' | 'finished_at' | 'created_at' | 'held_on' | 'starts_at' | 'meeting_id'
  > & {
    pseudonym: string;
    n: number | null;
  },
): SessionSummary {
  return SessionSummary.parse({
    id: row.id,
    caseId: row.case_id,
    methodId: row.method_id,
    status: row.status,
    ...sessionWhen(row),
    meetingId: row.meeting_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    createdAt: row.created_at,
    casePseudonym: row.pseudonym,
    methodName: MethodName.parse(parseJson(row.method)).name,
    question: row.question,
    contributionCount: Number(row.n ?? 0),
  });
}

export function contributionFromRow(row: ContributionRow): Contribution {
  return Contribution.parse({
    id: row.id,
    sessionId: row.session_id,
    phaseKey: row.phase_key,
    kind: row.kind,
    authorId: row.author_id,
    text: row.text,
    factorId: row.factor_id,
    perspective: row.perspective,
    changeMyMind: row.change_my_mind,
    hidden: row.hidden === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export const EMPTY_OUTCOME: Outcome = {
  judgment: { intensity: null, forWhom: '', context: '', reasons: '' },
  takeAway: '',
  everyVoiceHeard: null,
  doDifferently: '',
  care: EMPTY_CARE_RECORD,
};

export const EMPTY_STEP2: Step2Record = { consulted: '', consultedRole: '', date: null, signals: '', outcome: '', veiligThuisConsulted: null };

/** The stored outcome, or the empty one while nothing was written. */
export function outcomeFromRow(row: OutcomeRow | undefined): Outcome {
  if (!row) return EMPTY_OUTCOME;
  return Outcome.parse({
    judgment: { intensity: row.intensity, forWhom: row.for_whom, context: row.context, reasons: row.reasons },
    takeAway: row.take_away,
    everyVoiceHeard: row.every_voice_heard,
    doDifferently: row.do_differently,
    care: parseCareRecord(row.care_record),
  });
}

/** The stored step-2 record, or the empty one while nothing was written. */
export function step2FromRow(row: Step2Row | undefined): Step2Record {
  if (!row) return EMPTY_STEP2;
  return Step2Record.parse({
    consulted: row.consulted,
    consultedRole: row.consulted_role,
    date: row.date,
    signals: row.signals,
    outcome: row.outcome,
    veiligThuisConsulted: row.veilig_thuis_consulted === null ? null : row.veilig_thuis_consulted === 1,
  });
}

export function actionPointFromRow(row: ActionPointRow): ActionPoint {
  return ActionPoint.parse({
    id: row.id,
    caseId: row.case_id,
    sessionId: row.session_id,
    text: row.text,
    ownerMemberId: row.owner_member_id,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
