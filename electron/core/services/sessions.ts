import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Contribution, FollowUp, LocalizedText, MethodDefinition, Outcome, Participant, Roles, Session, SessionDetail, SessionSummary, Step2Record } from '../../../shared/domain/session';
import { applyTimer, INITIAL_TIMER } from '../../../shared/domain/timer';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { noteCaseActivity, requireCase, type VaultDb } from '../cases/record';
import { recordSnapshot } from '../map/snapshots';
import {
  actionPointFromRow,
  contributionFromRow,
  findMethod,
  hasStep2Phase,
  invalidAt,
  outcomeFromRow,
  requireSession,
  sessionFromRow,
  step2FromRow,
  type ContributionRow,
  type SessionRow,
} from './sessionRecord';
import type { VaultService } from './vault';

type ParticipantInput = ParsedInput<'sessions.create'>['participants'][number];
type RoleIndexes = ParsedInput<'sessions.create'>['roles'];
type ControlAction = ParsedInput<'sessions.control'>['action'];


/**
 * The participants as stored: members by their display name, guests by their initials in capitals.
 * A participant already in `previous` (the same member, or a guest with the same initials) keeps their
 * id, so contributions and roles keep pointing at them; a member who has since left the team may stay.
 */
async function resolveParticipants(db: VaultDb, inputs: readonly ParticipantInput[], previous: readonly Participant[]): Promise<Participant[]> {
  const unused = [...previous];
  const takePrevious = (match: (participant: Participant) => boolean): Participant | undefined => {
    const index = unused.findIndex(match);
    return index === -1 ? undefined : unused.splice(index, 1)[0];
  };
  const memberIds = new Set<string>();
  const participants: Participant[] = [];
  for (const [index, input] of inputs.entries()) {
    if ('memberId' in input) {
      if (memberIds.has(input.memberId)) throw invalidAt(['participants', index, 'memberId'], 'This member is already a participant.');
      memberIds.add(input.memberId);
      const kept = takePrevious((participant) => participant.memberId === input.memberId);
      const member = await db.selectFrom('members').select(['id', 'display_name', 'removed_at']).where('id', '=', input.memberId).executeTakeFirst();
      if (!member || (member.removed_at !== null && !kept)) throw invalidAt(['participants', index, 'memberId'], 'A participant must be a member of this vault.');
      participants.push({ id: kept?.id ?? randomUUID(), memberId: member.id, name: member.display_name });
    } else {
      const initials = input.guestInitials.toUpperCase();
      const kept = takePrevious((participant) => participant.memberId === null && participant.name === initials);
      participants.push({ id: kept?.id ?? randomUUID(), memberId: null, name: initials });
    }
  }
  return participants;
}

function rolesFromIndexes(indexes: RoleIndexes, participants: readonly Participant[]): Roles {
  const idAt = (key: keyof RoleIndexes): string | null => {
    const index = indexes[key];
    if (index === null) return null;
    const participant = participants[index];
    if (!participant) throw invalidAt(['roles', key], 'The role must name one of the participants.');
    return participant.id;
  };
  const caseHolder = idAt('caseHolder');
  const facilitator = idAt('facilitator');
  // The schema makes both required; the checks only narrow the type.
  if (caseHolder === null) throw invalidAt(['roles', 'caseHolder'], 'A session needs a case holder.');
  if (facilitator === null) throw invalidAt(['roles', 'facilitator'], 'A session needs a facilitator.');
  return { caseHolder, facilitator, timekeeper: idAt('timekeeper'), scribe: idAt('scribe') };
}

/** Stored roles after the participants changed: an optional role whose participant left is emptied. */
function rolesForParticipants(roles: Roles, participants: readonly Participant[]): Roles {
  const present = new Set(participants.map((participant) => participant.id));
  for (const key of ['caseHolder', 'facilitator'] as const) {
    if (!present.has(roles[key])) throw invalidAt(['roles', key], 'This participant is no longer in the session; choose someone else for the role.');
  }
  const kept = (id: string | null): string | null => (id !== null && present.has(id) ? id : null);
  return { ...roles, timekeeper: kept(roles.timekeeper), scribe: kept(roles.scribe) };
}

function requireStatus(row: SessionRow, allowed: readonly Session['status'][], message: string): void {
  if (!allowed.includes(row.status as Session['status'])) throw new AppError('CONFLICT', message);
}

async function requireOpenSession(db: VaultDb, id: string): Promise<SessionRow> {
  const row = await requireSession(db, id);
  requireStatus(row, ['planned', 'running'], 'The session is finished; reopen it to change its contributions.');
  return row;
}

/**
 * Intervision sessions: planning, running (phases and the timer, stored on every change so a restart
 * resumes where it was), contributions, and the outcome. Action points are in actions.ts.
 */
export class SessionsService {
  constructor(private readonly vaults: VaultService) {}

  async list(input: ParsedInput<'sessions.list'>): Promise<SessionSummary[]> {
    const db = this.vaults.session().db;
    const counts = db
      .selectFrom('session_contributions')
      .select((eb) => ['session_id', eb.fn.countAll<number>().as('n')])
      .groupBy('session_id')
      .as('k');
    let query = db
      .selectFrom('sessions as s')
      .innerJoin('cases as c', 'c.id', 's.case_id')
      .leftJoin(counts, 'k.session_id', 's.id')
      .select(['s.id', 's.case_id', 's.method_id', 's.method', 's.status', 's.question', 's.started_at', 's.finished_at', 's.created_at', 'c.pseudonym', 'k.n']);
    if (input.caseId) query = query.where('s.case_id', '=', input.caseId);
    if (input.status) query = query.where('s.status', '=', input.status);
    const rows = await query
      .orderBy(sql`coalesce(s.started_at, s.created_at)`, 'desc')
      .orderBy(sql`s.rowid`, 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      methodId: row.method_id,
      status: row.status as Session['status'],
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      createdAt: row.created_at,
      casePseudonym: row.pseudonym,
      methodName: (JSON.parse(row.method) as { name: LocalizedText }).name,
      question: row.question,
      contributionCount: Number(row.n ?? 0),
    }));
  }

  async get(id: string): Promise<SessionDetail> {
    const db = this.vaults.session().db;
    const row = await requireSession(db, id);
    const session = sessionFromRow(row);
    const caseRow = await requireCase(db, row.case_id);
    const outcome = await db.selectFrom('session_outcomes').selectAll().where('session_id', '=', id).executeTakeFirst();
    const step2 = hasStep2Phase(session.method)
      ? step2FromRow(await db.selectFrom('session_step2_records').selectAll().where('session_id', '=', id).executeTakeFirst())
      : null;
    const factors = await db.selectFrom('factors').select('id').where('session_id', '=', id).orderBy('created_at').orderBy(sql`rowid`).execute();
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

  async create(input: ParsedInput<'sessions.create'>): Promise<Session> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
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
      };
      await db.insertInto('sessions').values(row).execute();
      await noteCaseActivity(db, input.caseId, now, 'history');
      return sessionFromRow(row);
    });
  }

  /**
   * Question, participants and roles. Participants who stay keep their ids; contributions by someone who
   * left keep their authorId (the summary still shows what was said, the speaking counts leave them out).
   * Roles given as indexes point into the participants of this call, or the current ones when absent.
   */
  async update(input: ParsedInput<'sessions.update'>): Promise<Session> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await requireOpenSession(db, input.id);
      const session = sessionFromRow(current);
      const participants = input.participants ? await resolveParticipants(db, input.participants, session.participants) : session.participants;
      const roles = input.roles ? rolesFromIndexes(input.roles, participants) : rolesForParticipants(session.roles, participants);
      const changes = {
        question: input.question ?? current.question,
        participants: JSON.stringify(participants),
        roles: JSON.stringify(roles),
        updated_at: now.toISOString(),
      };
      await db.updateTable('sessions').set(changes).where('id', '=', input.id).execute();
      await noteCaseActivity(db, current.case_id, now, 'history');
      return sessionFromRow({ ...current, ...changes });
    });
  }

  /** Every transition is stored at once, the running clock as the moment it started. */
  async control(input: ParsedInput<'sessions.control'>): Promise<Session> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
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
    });
  }

  /**
   * Removes the session with its contributions, outcome and step-2 record; its action points stay on the
   * case without a session, and factors added during it stay on the map, no longer linked to it.
   */
  async delete(id: string): Promise<null> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await requireSession(db, id);
      await db.updateTable('factors').set({ session_id: null }).where('session_id', '=', id).execute();
      await db.deleteFrom('sessions').where('id', '=', id).execute();
      await noteCaseActivity(db, current.case_id, now, 'history');
    });
    // As for a case: move the zeroed pages into vault.db and empty the WAL that still held the texts.
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return null;
  }

  /**
   * Create or update a contribution (upsert by id, so undoing a removal re-creates it with its id and
   * its place in the entry order). An edit may keep an author who has since left the session.
   */
  async saveContribution(input: ParsedInput<'contributions.save'>): Promise<Contribution> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const sessionRow = await requireOpenSession(db, input.sessionId);
      const session = sessionFromRow(sessionRow);
      const existing = input.id ? await db.selectFrom('session_contributions').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
      if (existing && existing.session_id !== input.sessionId) throw new AppError('NOT_FOUND', 'No such contribution in this session.');
      if (!session.method.phases.some((phase) => phase.key === input.phaseKey)) throw invalidAt(['phaseKey'], 'The session’s method has no such phase.');
      const authorKept = existing !== undefined && existing.author_id === input.authorId;
      if (input.authorId !== null && !authorKept && !session.participants.some((participant) => participant.id === input.authorId)) {
        throw invalidAt(['authorId'], 'The author must be a participant of the session.');
      }
      if (input.factorId !== null) {
        const factor = await db.selectFrom('factors').select('case_id').where('id', '=', input.factorId).executeTakeFirst();
        if (factor?.case_id !== sessionRow.case_id) throw invalidAt(['factorId'], 'The factor is not on this case’s map.');
      }
      const iso = now.toISOString();
      const row: ContributionRow = {
        id: existing?.id ?? input.id ?? randomUUID(),
        session_id: input.sessionId,
        phase_key: input.phaseKey,
        kind: input.kind,
        author_id: input.authorId,
        text: input.text,
        factor_id: input.factorId,
        perspective: input.perspective,
        change_my_mind: input.changeMyMind,
        hidden: input.hidden ? 1 : 0,
        created_at: existing?.created_at ?? iso,
        updated_at: iso,
      };
      if (existing) {
        const { id, session_id: _sessionId, created_at: _createdAt, ...changes } = row;
        await db.updateTable('session_contributions').set(changes).where('id', '=', id).execute();
      } else {
        await db.insertInto('session_contributions').values(row).execute();
      }
      await noteCaseActivity(db, sessionRow.case_id, now, 'history');
      return contributionFromRow(row);
    });
  }

  async removeContribution(id: string): Promise<null> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const existing = await db.selectFrom('session_contributions').select('session_id').where('id', '=', id).executeTakeFirst();
      if (!existing) throw new AppError('NOT_FOUND', 'No such contribution.');
      const sessionRow = await requireOpenSession(db, existing.session_id);
      await db.deleteFrom('session_contributions').where('id', '=', id).execute();
      await noteCaseActivity(db, sessionRow.case_id, now, 'history');
    });
    return null;
  }

  /** Silent round: every hidden note of the phase becomes visible at once. */
  async reveal(input: ParsedInput<'contributions.reveal'>): Promise<{ revealed: number }> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const sessionRow = await requireOpenSession(db, input.sessionId);
      if (!sessionFromRow(sessionRow).method.phases.some((phase) => phase.key === input.phaseKey)) throw invalidAt(['phaseKey'], 'The session’s method has no such phase.');
      const result = await db
        .updateTable('session_contributions')
        .set({ hidden: 0, updated_at: now.toISOString() })
        .where('session_id', '=', input.sessionId)
        .where('phase_key', '=', input.phaseKey)
        .where('hidden', '=', 1)
        .executeTakeFirst();
      await noteCaseActivity(db, sessionRow.case_id, now, 'history');
      return { revealed: Number(result.numUpdatedRows) };
    });
  }

  /**
   * Merge the parts sent into the stored outcome (and step-2 record). Allowed after the session finished
   * too: the take-away and the process evaluation are often written up afterwards.
   */
  async saveOutcome(input: ParsedInput<'sessions.saveOutcome'>): Promise<{ outcome: Outcome; step2: Step2Record | null }> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const sessionRow = await requireSession(db, input.id);
      const withStep2 = hasStep2Phase(sessionFromRow(sessionRow).method);
      if (input.step2 && !withStep2) throw invalidAt(['step2'], 'This session’s method has no reporting-code step 2.');
      const iso = now.toISOString();
      const before = outcomeFromRow(await db.selectFrom('session_outcomes').selectAll().where('session_id', '=', input.id).executeTakeFirst());
      const outcome: Outcome = {
        judgment: { ...before.judgment, ...input.judgment },
        takeAway: input.takeAway ?? before.takeAway,
        everyVoiceHeard: input.everyVoiceHeard === undefined ? before.everyVoiceHeard : input.everyVoiceHeard,
        doDifferently: input.doDifferently ?? before.doDifferently,
      };
      const outcomeRow = {
        intensity: outcome.judgment.intensity,
        for_whom: outcome.judgment.forWhom,
        context: outcome.judgment.context,
        reasons: outcome.judgment.reasons,
        take_away: outcome.takeAway,
        every_voice_heard: outcome.everyVoiceHeard,
        do_differently: outcome.doDifferently,
        updated_at: iso,
      };
      await db
        .insertInto('session_outcomes')
        .values({ session_id: input.id, ...outcomeRow })
        .onConflict((oc) => oc.column('session_id').doUpdateSet(outcomeRow))
        .execute();

      let step2: Step2Record | null = null;
      if (withStep2) {
        const stored = step2FromRow(await db.selectFrom('session_step2_records').selectAll().where('session_id', '=', input.id).executeTakeFirst());
        step2 = { ...stored, ...input.step2 };
        if (input.step2) {
          const step2Row = {
            consulted: step2.consulted,
            consulted_role: step2.consultedRole,
            date: step2.date,
            signals: step2.signals,
            outcome: step2.outcome,
            veilig_thuis_consulted: step2.veiligThuisConsulted === null ? null : step2.veiligThuisConsulted ? 1 : 0,
            updated_at: iso,
          };
          await db
            .insertInto('session_step2_records')
            .values({ session_id: input.id, ...step2Row })
            .onConflict((oc) => oc.column('session_id').doUpdateSet(step2Row))
            .execute();
        }
      }
      await noteCaseActivity(db, sessionRow.case_id, now, 'history');
      return { outcome, step2 };
    });
  }
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

/** In entry order (rowid breaks ties within a millisecond). */
async function readContributions(db: VaultDb, sessionId: string): Promise<Contribution[]> {
  const rows = await db.selectFrom('session_contributions').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map(contributionFromRow);
}

async function readSessionActions(db: VaultDb, sessionId: string) {
  const rows = await db.selectFrom('action_points').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map(actionPointFromRow);
}

/**
 * For the follow-up: the latest other finished session on the case that began before this one (or
 * before it was planned, while it has not begun), with its hypotheses and its action points as they are now.
 */
async function readPrevious(db: VaultDb, row: SessionRow): Promise<FollowUp | null> {
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
  return { sessionId: previous.id, finishedAt: previous.finished_at, question: previous.question, hypotheses, actions: await readSessionActions(db, previous.id) };
}
