import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { FollowUp, MethodDefinition, Session, SessionDetail, SessionSummary } from '../../../shared/domain/session';
import { applyTimer, INITIAL_TIMER } from '../../../shared/domain/timer';
import { localDay } from '../../../shared/domain/dates';
import { noteCaseActivity, requireCase } from '../cases/record';
import type { ReadContext, VaultFacts, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { recordSnapshot } from '../map/snapshots';
import { readSessionActions } from './actions';
import { readContributions } from './contributions';
import { resolveParticipants, rolesForParticipants, rolesFromIndexes } from './participants';
import { findMethod, hasStep2Phase, invalidAt, requireOpenSession, requireSession, requireStatus } from './record';
import { outcomeFromRow, sessionFromRow, sessionSummaryFromRow, step2FromRow, type SessionRow } from './rows';
import { appendAudit } from '../vault/audit';

type ControlAction = ParsedInput<'sessions.control'>['action'];

/** The local time of day of a moment, as a clock shows it ("14:05"). */
export function localClockTime(moment: Date): string {
  return `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
}

/**
 * Intervision sessions: planning, running (phases and the timer, stored on every change so a restart
 * resumes where it was). Contributions are in contributions.ts, the outcome in outcome.ts, action
 * points in actions.ts.
 */

export async function listSessions({ db }: ReadContext, input: ParsedInput<'sessions.list'>): Promise<SessionSummary[]> {
  const counts = db
    .selectFrom('session_contributions')
    .select((eb) => ['session_id', eb.fn.countAll<number>().as('n')])
    .groupBy('session_id')
    .as('k');
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .leftJoin(counts, 'k.session_id', 's.id')
    .select([
      's.id',
      's.case_id',
      's.method_id',
      's.method',
      's.status',
      's.question',
      's.started_at',
      's.finished_at',
      's.created_at',
      's.held_on',
      's.starts_at',
      's.meeting_id',
      'c.pseudonym',
      'k.n',
    ]);
  if (input.caseId) query = query.where('s.case_id', '=', input.caseId);
  if (input.status) query = query.where('s.status', '=', input.status);
  const rows = await query
    .orderBy(sql`coalesce(s.held_on, date(s.created_at, 'localtime'))`, 'desc')
    .orderBy('s.starts_at', 'desc')
    .orderBy(sql`coalesce(s.started_at, s.created_at)`, 'desc')
    .orderBy(sql`s.rowid`, 'desc')
    .execute();
  return rows.map(sessionSummaryFromRow);
}

/** Everything the session screen shows, with the follow-up of the previous session on the case. */
export async function getSession({ db }: Pick<ReadContext, 'db'>, { id }: { id: string }): Promise<SessionDetail> {
  const row = await requireSession(db, id);
  const session = sessionFromRow(row);
  const caseRow = await requireCase(db, row.case_id);
  const outcome = await db.selectFrom('session_outcomes').selectAll().where('session_id', '=', id).executeTakeFirst();
  const step2 = hasStep2Phase(session.method)
    ? step2FromRow(await db.selectFrom('session_step2_records').selectAll().where('session_id', '=', id).executeTakeFirst())
    : null;
  const factors = await db
    .selectFrom('factors')
    .select('id')
    .where('session_id', '=', id)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return {
    session,
    casePseudonym: caseRow.pseudonym,
    contributions: await readContributions(db, id),
    outcome: outcomeFromRow(outcome),
    step2,
    actions: await readSessionActions(db, id),
    factorIds: factors.map((factor) => factor.id),
    previous: await readPrevious(db, row),
  };
}

export async function createSession({ db, now }: WriteContext, input: ParsedInput<'sessions.create'>): Promise<Session> {
  await requireCase(db, input.caseId);
  const method = await findMethod(db, input.methodId);
  if (!method) throw invalidAt(['methodId'], 'No such method.');
  const participants = await resolveParticipants(db, input.participants, []);
  const roles = rolesFromIndexes(input.roles, participants);
  const iso = now.toISOString();
  const row: SessionRow = {
    id: randomUUID(),
    case_id: input.caseId,
    method_id: method.id,
    method: JSON.stringify(method satisfies MethodDefinition),
    question: input.question,
    participants: JSON.stringify(participants),
    roles: JSON.stringify(roles),
    status: 'planned',
    timer: JSON.stringify(INITIAL_TIMER),
    started_at: null,
    finished_at: null,
    created_at: iso,
    updated_at: iso,
    meeting_id: null,
    held_on: input.date ?? localDay(now),
    starts_at: input.startTime ?? localClockTime(now),
    slot_minutes: null,
    agenda_position: null,
    tried: input.tried,
  };
  await db.insertInto('sessions').values(row).execute();
  await noteCaseActivity(db, input.caseId, now, 'history');
  return sessionFromRow(row);
}

/**
 * Question, participants and roles. Participants who stay keep their ids; contributions by someone who
 * left keep their authorId (the summary still shows what was said, the speaking counts leave them out).
 * Roles given as indexes point into the participants of this call, or the current ones when absent.
 */
export async function updateSession({ db, now }: WriteContext, input: ParsedInput<'sessions.update'>): Promise<Session> {
  const current = await requireOpenSession(db, input.id);
  const session = sessionFromRow(current);
  const participants = input.participants ? await resolveParticipants(db, input.participants, session.participants) : session.participants;
  const roles = input.roles ? rolesFromIndexes(input.roles, participants) : rolesForParticipants(session.roles, participants);
  // A session on a meeting's agenda is held on the meeting's day: its day changes with the meeting.
  if (input.date !== undefined && current.meeting_id !== null && input.date !== current.held_on)
    throw invalidAt(['date'], 'A session on a meeting is held on the meeting’s day; change the meeting instead.');
  const changes = {
    question: input.question ?? current.question,
    tried: input.tried ?? current.tried,
    held_on: input.date ?? current.held_on,
    starts_at: input.startTime ?? current.starts_at,
    participants: JSON.stringify(participants),
    roles: JSON.stringify(roles),
    updated_at: now.toISOString(),
  };
  await db.updateTable('sessions').set(changes).where('id', '=', input.id).execute();
  await noteCaseActivity(db, current.case_id, now, 'history');
  return sessionFromRow({ ...current, ...changes });
}

/** Every transition is stored at once, the running clock as the moment it started. */
export async function controlSession({ db, now }: WriteContext, input: ParsedInput<'sessions.control'>): Promise<Session> {
  const current = await requireSession(db, input.id);
  const session = sessionFromRow(current);
  const iso = now.toISOString();
  const next = nextRun(current, session, input.action, now, input.minutes);
  const changes = { status: next.status, timer: JSON.stringify(next.timer), started_at: next.startedAt, finished_at: next.finishedAt, updated_at: iso };
  await db.updateTable('sessions').set(changes).where('id', '=', input.id).execute();
  if (input.action === 'begin') {
    // The map as it stood when the session began, for the history and the summary's map changes.
    await recordSnapshot(db, await requireCase(db, current.case_id), 'session', session.method.name.nl, now);
  }
  await noteCaseActivity(db, current.case_id, now, 'history');
  return sessionFromRow({ ...current, ...changes });
}

/**
 * Removes the session with its contributions, outcome and step-2 record; its action points stay on the
 * case without a session, and factors added during it stay on the map, no longer linked to it.
 */
export async function deleteSession({ db, now, sqlite, afterCommit }: WriteContext, { id }: { id: string }): Promise<null> {
  const current = await requireSession(db, id);
  await db.updateTable('factors').set({ session_id: null }).where('session_id', '=', id).execute();
  await db.deleteFrom('sessions').where('id', '=', id).execute();
  await noteCaseActivity(db, current.case_id, now, 'history');
  // As for a case: move the zeroed pages into vault.db and empty the WAL that still held the texts.
  afterCommit(() => {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });
  return null;
}

/** The state after a control action, or CONFLICT when the session is not in a state that allows it. */
function nextRun(
  row: SessionRow,
  session: Session,
  action: ControlAction,
  now: Date,
  minutes: number | undefined,
): Pick<Session, 'status' | 'timer' | 'startedAt' | 'finishedAt'> {
  const { timer, startedAt, finishedAt } = session;
  const phaseCount = session.method.phases.length;
  switch (action) {
    case 'begin':
      requireStatus(row, ['planned'], 'The session has already begun.');
      return { status: 'running', timer: applyTimer(INITIAL_TIMER, 'start', { now, phaseCount }), startedAt: now.toISOString(), finishedAt: null };
    case 'finish':
      requireStatus(row, ['running'], 'Only a running session can be finished.');
      return { status: 'finished', timer: applyTimer(timer, 'pause', { now, phaseCount }), startedAt, finishedAt: now.toISOString() };
    case 'reopen':
      // The clock stays paused until someone starts it again.
      requireStatus(row, ['finished'], 'Only a finished session can be reopened.');
      return { status: 'running', timer, startedAt, finishedAt: null };
    default:
      requireStatus(row, ['running'], 'The timer runs only while the session runs.');
      return { status: 'running', timer: applyTimer(timer, action, { now, phaseCount, minutes }), startedAt, finishedAt };
  }
}

/**
 * For the follow-up: the latest other finished session on the case that began before this one (or
 * before it was planned, while it has not begun), with its hypotheses and its action points as they are now.
 */
async function readPrevious(db: ReadableDb, row: SessionRow): Promise<FollowUp | null> {
  const anchor = row.started_at ?? row.created_at;
  const previous = await db
    .selectFrom('sessions')
    .select(['id', 'question', 'finished_at'])
    .where('case_id', '=', row.case_id)
    .where('id', '!=', row.id)
    .where('status', '=', 'finished')
    .where('started_at', '<', anchor)
    .orderBy('started_at', 'desc')
    .orderBy(sql`rowid`, 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!previous) return null;
  const hypotheses = (await readContributions(db, previous.id)).filter((contribution) => contribution.kind === 'hypothesis');
  return {
    sessionId: previous.id,
    finishedAt: previous.finished_at,
    question: previous.question,
    hypotheses,
    actions: await readSessionActions(db, previous.id),
  };
}

/** Sessions whose reading was already noted in this unlock (a new unlock brings new VaultFacts). */
const openedSessions = new WeakMap<VaultFacts, Set<string>>();

/** Audit that a session was read (runner, presenter, summary, print), once per session per unlock. */
export async function noteSessionOpened({ db, now, member, vault }: WriteContext, { id }: { id: string }): Promise<void> {
  const row = await requireSession(db, id);
  const seen = openedSessions.get(vault) ?? new Set<string>();
  openedSessions.set(vault, seen);
  if (seen.has(id)) return;
  seen.add(id);
  await appendAudit(db, { at: now, action: 'session.opened', actorMemberId: member.id, detail: { sessionId: id, caseId: row.case_id } });
}
