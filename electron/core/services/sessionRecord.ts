import type { Selectable } from 'kysely';
import { builtInMethod } from '../../../shared/domain/methods-catalog';
import type {
  ActionPoint,
  Contribution,
  LocalizedText,
  MethodDefinition,
  MethodPhase,
  Outcome,
  Participant,
  Roles,
  Session,
  Step2Record,
  TimerState,
} from '../../../shared/domain/session';
import type { ActionPointsTable, SessionContributionsTable, SessionMethodsTable, SessionOutcomesTable, SessionsTable, SessionStep2RecordsTable } from '../db/schema-sessions';
import { AppError } from '../errors';
import type { VaultDb } from '../cases/record';

/**
 * Rows of the sessions feature and the checks its services share. Rows hold only values the contract
 * validated, and the dispatcher parses every output again, so the casts below never let an unchecked
 * value reach the renderer.
 */
export type SessionRow = Selectable<SessionsTable>;
export type ContributionRow = Selectable<SessionContributionsTable>;
export type TeamMethodRow = Selectable<SessionMethodsTable>;
export type OutcomeRow = Selectable<SessionOutcomesTable>;
export type Step2Row = Selectable<SessionStep2RecordsTable>;
export type ActionPointRow = Selectable<ActionPointsTable>;

export type IssuePath = (string | number)[];

/** An INVALID_INPUT error at any path, shaped like the dispatcher's, so the UI shows it next to the field. */
export function invalidAt(path: IssuePath, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path, message, code: 'custom' }] });
}

export function teamMethodFromRow(row: TeamMethodRow): MethodDefinition {
  return {
    id: row.id,
    builtIn: false,
    name: JSON.parse(row.name) as LocalizedText,
    description: JSON.parse(row.description) as LocalizedText,
    phases: JSON.parse(row.phases) as MethodPhase[],
    copiedFrom: row.copied_from,
    updatedAt: row.updated_at,
  };
}

/** A shipped method by its key, or a team's own by its id. */
export async function findMethod(db: VaultDb, id: string): Promise<MethodDefinition | undefined> {
  const shipped = builtInMethod(id);
  if (shipped) return shipped;
  const row = await db.selectFrom('session_methods').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? teamMethodFromRow(row) : undefined;
}

export function sessionFromRow(row: SessionRow): Session {
  return {
    id: row.id,
    caseId: row.case_id,
    methodId: row.method_id,
    method: JSON.parse(row.method) as MethodDefinition,
    question: row.question,
    participants: JSON.parse(row.participants) as Participant[],
    roles: JSON.parse(row.roles) as Roles,
    status: row.status as Session['status'],
    timer: JSON.parse(row.timer) as TimerState,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function contributionFromRow(row: ContributionRow): Contribution {
  return {
    id: row.id,
    sessionId: row.session_id,
    phaseKey: row.phase_key,
    kind: row.kind as Contribution['kind'],
    authorId: row.author_id,
    text: row.text,
    factorId: row.factor_id,
    perspective: row.perspective as Contribution['perspective'],
    changeMyMind: row.change_my_mind,
    hidden: row.hidden === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const EMPTY_OUTCOME: Outcome = {
  judgment: { intensity: null, forWhom: '', context: '', reasons: '' },
  takeAway: '',
  everyVoiceHeard: null,
  doDifferently: '',
};

export const EMPTY_STEP2: Step2Record = { consulted: '', consultedRole: '', date: null, signals: '', outcome: '', veiligThuisConsulted: null };

export function outcomeFromRow(row: OutcomeRow | undefined): Outcome {
  if (!row) return EMPTY_OUTCOME;
  return {
    judgment: { intensity: row.intensity as Outcome['judgment']['intensity'], forWhom: row.for_whom, context: row.context, reasons: row.reasons },
    takeAway: row.take_away,
    everyVoiceHeard: row.every_voice_heard as Outcome['everyVoiceHeard'],
    doDifferently: row.do_differently,
  };
}

export function step2FromRow(row: Step2Row | undefined): Step2Record {
  if (!row) return EMPTY_STEP2;
  return {
    consulted: row.consulted,
    consultedRole: row.consulted_role,
    date: row.date,
    signals: row.signals,
    outcome: row.outcome,
    veiligThuisConsulted: row.veilig_thuis_consulted === null ? null : row.veilig_thuis_consulted === 1,
  };
}

/** Only methods with a meldcode step-2 phase keep a step-2 record. */
export function hasStep2Phase(method: Pick<MethodDefinition, 'phases'>): boolean {
  return method.phases.some((phase) => phase.mode === 'step2');
}

export function actionPointFromRow(row: ActionPointRow): ActionPoint {
  return {
    id: row.id,
    caseId: row.case_id,
    sessionId: row.session_id,
    text: row.text,
    ownerMemberId: row.owner_member_id,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    status: row.status as ActionPoint['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function requireSession(db: VaultDb, id: string): Promise<SessionRow> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such session.');
  return row;
}
