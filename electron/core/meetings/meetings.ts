import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { AgendaItem, Meeting, methodMinutes, type MeetingDetail } from '../../../shared/domain/meeting';
import { MethodDefinition, type Participant, type Roles } from '../../../shared/domain/session';
import { INITIAL_TIMER } from '../../../shared/domain/timer';
import { noteCaseActivity, requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import type { MeetingsTable } from '../db/schema-sessions';
import { AppError } from '../errors';
import { resolveParticipants } from '../sessions/participants';
import { findMethod, invalidAt, requireSession } from '../sessions/record';
import { sessionWhen, type SessionRow } from '../sessions/rows';

/**
 * Meetings and their agenda. An agenda item is a planned session pointing at its meeting, in its
 * time slot: planning a case for Thursday creates the session the runner starts on Thursday, with
 * the question and what was tried typed once. Who else takes part is chosen on the day (the session
 * starts with the case holder as its only participant, holding every role until then).
 */

type MeetingRow = Selectable<MeetingsTable>;

function meetingFromRow(row: MeetingRow): Meeting {
  return Meeting.parse({
    id: row.id,
    date: row.held_on,
    startTime: row.starts_at,
    title: row.title,
    place: row.place,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

const MethodName = MethodDefinition.pick({ name: true, phases: true });

function agendaItemFromRow(row: SessionRow & { pseudonym: string }): AgendaItem {
  const method = MethodName.parse(JSON.parse(row.method));
  const participants = JSON.parse(row.participants) as Participant[];
  const roles = JSON.parse(row.roles) as Roles;
  const holder = participants.find((p) => p.id === roles.caseHolder);
  return AgendaItem.parse({
    sessionId: row.id,
    caseId: row.case_id,
    casePseudonym: row.pseudonym,
    methodId: row.method_id,
    methodName: method.name,
    caseHolderName: holder?.name ?? '',
    caseHolderMemberId: holder?.memberId ?? null,
    question: row.question,
    tried: row.tried,
    startTime: sessionWhen(row).startTime,
    minutes: row.slot_minutes ?? methodMinutes(method),
    position: row.agenda_position ?? 0,
    status: row.status,
  });
}

async function requireMeeting(db: ReadableDb, id: string): Promise<MeetingRow> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such meeting.');
  return row;
}

/** A meeting's agenda in its order (then by start time, then as planned). */
async function readAgenda(db: ReadableDb, meetingIds: readonly string[]): Promise<Map<string, AgendaItem[]>> {
  const out = new Map<string, AgendaItem[]>(meetingIds.map((id) => [id, []]));
  if (meetingIds.length === 0) return out;
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .selectAll('s')
    .select('c.pseudonym')
    .where('s.meeting_id', 'in', meetingIds)
    .orderBy('s.agenda_position')
    .orderBy('s.starts_at')
    .orderBy(sql`s.rowid`)
    .execute();
  for (const row of rows) out.get(row.meeting_id ?? '')?.push(agendaItemFromRow(row));
  return out;
}

export async function listMeetings({ db }: Pick<ReadContext, 'db'>, input: ParsedInput<'meetings.list'>): Promise<MeetingDetail[]> {
  let query = db.selectFrom('meetings').selectAll();
  if (input.from) query = query.where('held_on', '>=', input.from);
  const rows = await query.orderBy('held_on').orderBy('starts_at').orderBy('created_at').execute();
  const agenda = await readAgenda(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...meetingFromRow(row), items: agenda.get(row.id) ?? [] }));
}

export async function getMeeting({ db }: Pick<ReadContext, 'db'>, { id }: { id: string }): Promise<MeetingDetail> {
  const row = await requireMeeting(db, id);
  const agenda = await readAgenda(db, [id]);
  return { ...meetingFromRow(row), items: agenda.get(id) ?? [] };
}

/** Create or change; a new day moves the agenda items that have not begun along (they are held on the meeting's day). */
export async function saveMeeting({ db, now }: WriteContext, input: ParsedInput<'meetings.save'>): Promise<Meeting> {
  const iso = now.toISOString();
  const existing = input.id ? await db.selectFrom('meetings').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  const row: MeetingRow = {
    id: existing?.id ?? input.id ?? randomUUID(),
    held_on: input.date,
    starts_at: input.startTime,
    title: input.title,
    place: input.place,
    created_at: existing?.created_at ?? iso,
    updated_at: iso,
  };
  if (existing) {
    const { id, created_at: _createdAt, ...changes } = row;
    await db.updateTable('meetings').set(changes).where('id', '=', id).execute();
    if (existing.held_on !== input.date) {
      const moved = await db.selectFrom('sessions').select('case_id').where('meeting_id', '=', id).where('status', '=', 'planned').execute();
      await db.updateTable('sessions').set({ held_on: input.date, updated_at: iso }).where('meeting_id', '=', id).where('status', '=', 'planned').execute();
      for (const caseId of new Set(moved.map((m) => m.case_id))) await noteCaseActivity(db, caseId, now, 'history');
    }
  } else {
    await db.insertInto('meetings').values(row).execute();
  }
  return meetingFromRow(row);
}

export async function removeMeeting({ db }: WriteContext, { id }: { id: string }): Promise<null> {
  await requireMeeting(db, id);
  const held = await db.selectFrom('sessions').select('id').where('meeting_id', '=', id).limit(1).executeTakeFirst();
  if (held) throw new AppError('CONFLICT', 'The meeting still has cases on its agenda.');
  await db.deleteFrom('meetings').where('id', '=', id).execute();
  return null;
}

/** The agenda item of a session, as the agenda shows it. */
async function readItem(db: ReadableDb, sessionId: string): Promise<AgendaItem> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .selectAll('s')
    .select('c.pseudonym')
    .where('s.id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return agendaItemFromRow(row);
}

/**
 * Put a case on the agenda, or change its item. A new item is a planned session held on the
 * meeting's day, placed last; changing one is possible while it has not begun (its method is taken
 * again as it is now; the case holder becomes the first participant and holds the roles of whoever
 * left them).
 */
export async function saveAgendaItem({ db, now }: WriteContext, input: ParsedInput<'agenda.save'>): Promise<AgendaItem> {
  const meeting = await requireMeeting(db, input.meetingId);
  await requireCase(db, input.caseId);
  const method = await findMethod(db, input.methodId);
  if (!method) throw invalidAt(['methodId'], 'No such method.');
  const iso = now.toISOString();
  const current = input.sessionId ? await requireSession(db, input.sessionId) : undefined;
  if (current) {
    if (current.status !== 'planned') throw new AppError('CONFLICT', 'The session has already begun; its agenda item can no longer change.');
    if (current.case_id !== input.caseId) throw invalidAt(['caseId'], 'An agenda item stays with its case.');
  }
  const previous: Participant[] = current ? (JSON.parse(current.participants) as Participant[]) : [];
  const holderInput = 'memberId' in input.caseHolder ? { memberId: input.caseHolder.memberId } : { guestInitials: input.caseHolder.guestInitials };
  const [holder] = await resolveParticipants(db, [holderInput], previous).catch((error: unknown) => {
    if (error instanceof AppError) throw invalidAt(['caseHolder'], 'The case holder must be a member of this vault.');
    throw error;
  });
  if (!holder) throw invalidAt(['caseHolder'], 'A session needs a case holder.');
  const others = previous.filter((p) => p.id !== holder.id && !(holder.memberId !== null && p.memberId === holder.memberId));
  const participants = [holder, ...others];
  const oldRoles = current ? (JSON.parse(current.roles) as Roles) : null;
  const present = (id: string | null | undefined) => (id && participants.some((p) => p.id === id) ? id : null);
  const roles: Roles = {
    caseHolder: holder.id,
    facilitator: present(oldRoles?.facilitator) ?? holder.id,
    timekeeper: present(oldRoles?.timekeeper),
    scribe: present(oldRoles?.scribe),
  };
  const shared = {
    method_id: method.id,
    method: JSON.stringify(method satisfies MethodDefinition),
    question: input.question,
    tried: input.tried,
    participants: JSON.stringify(participants),
    roles: JSON.stringify(roles),
    held_on: meeting.held_on,
    starts_at: input.startTime,
    slot_minutes: input.minutes,
    updated_at: iso,
  };
  let sessionId: string;
  if (current) {
    sessionId = current.id;
    const moving = current.meeting_id !== meeting.id;
    const position = moving ? await nextPosition(db, meeting.id) : current.agenda_position;
    await db
      .updateTable('sessions')
      .set({ ...shared, meeting_id: meeting.id, agenda_position: position })
      .where('id', '=', sessionId)
      .execute();
  } else {
    sessionId = randomUUID();
    await db
      .insertInto('sessions')
      .values({
        id: sessionId,
        case_id: input.caseId,
        ...shared,
        status: 'planned',
        timer: JSON.stringify(INITIAL_TIMER),
        started_at: null,
        finished_at: null,
        created_at: iso,
        meeting_id: meeting.id,
        agenda_position: await nextPosition(db, meeting.id),
      })
      .execute();
  }
  await db.updateTable('meetings').set({ updated_at: iso }).where('id', '=', meeting.id).execute();
  await noteCaseActivity(db, input.caseId, now, 'history');
  return readItem(db, sessionId);
}

async function nextPosition(db: ReadableDb, meetingId: string): Promise<number> {
  const last = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.max<number | null>('agenda_position').as('p'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1;
}

/** Swap places with the neighbour before or after; positions are renumbered 0…n-1 on the way. */
export async function moveAgendaItem({ db, now }: WriteContext, input: ParsedInput<'agenda.move'>): Promise<MeetingDetail> {
  const session = await requireSession(db, input.sessionId);
  if (!session.meeting_id) throw new AppError('CONFLICT', 'The session is not on a meeting’s agenda.');
  const meetingId = session.meeting_id;
  const order = (await readAgenda(db, [meetingId])).get(meetingId) ?? [];
  const index = order.findIndex((item) => item.sessionId === input.sessionId);
  const target = input.direction === 'earlier' ? index - 1 : index + 1;
  if (index >= 0 && target >= 0 && target < order.length) {
    const moved = [...order];
    const [item] = moved.splice(index, 1);
    if (item) moved.splice(target, 0, item);
    for (const [position, entry] of moved.entries()) {
      await db.updateTable('sessions').set({ agenda_position: position }).where('id', '=', entry.sessionId).execute();
    }
    await db.updateTable('meetings').set({ updated_at: now.toISOString() }).where('id', '=', meetingId).execute();
  }
  return getMeeting({ db }, { id: meetingId });
}

/** Off the agenda; the session itself stays, planned, on its day and time. */
export async function removeAgendaItem({ db, now }: WriteContext, { sessionId }: { sessionId: string }): Promise<null> {
  const session = await requireSession(db, sessionId);
  if (!session.meeting_id) return null;
  await db.updateTable('sessions').set({ meeting_id: null, agenda_position: null, updated_at: now.toISOString() }).where('id', '=', sessionId).execute();
  await noteCaseActivity(db, session.case_id, now, 'history');
  return null;
}
