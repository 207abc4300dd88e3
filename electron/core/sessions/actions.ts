import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { ActionListItem, ActionPoint } from '../../../shared/domain/session';
import { noteCaseActivity, requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { AppError } from '../errors';
import { invalidAt } from './record';
import { actionPointFromRow, type ActionPointRow } from './rows';

/**
 * Action points belong to a case (usually agreed in a session). They are listed on the case and in a
 * "my actions" list across cases; marking the overdue ones is the screen's job (it knows today's date).
 */

/** By due date (undated last), then in the order they were agreed. */
export async function listActions({ db, member }: Pick<ReadContext, 'db' | 'member'>, input: ParsedInput<'actions.list'>): Promise<ActionListItem[]> {
  let query = db.selectFrom('action_points as a').innerJoin('cases as c', 'c.id', 'a.case_id').selectAll('a').select('c.pseudonym');
  if (input.caseId) query = query.where('a.case_id', '=', input.caseId);
  if (input.status) query = query.where('a.status', '=', input.status);
  if (input.mine) query = query.where('a.owner_member_id', '=', member.id);
  const rows = await query
    .orderBy(sql`a.due_date is null`)
    .orderBy('a.due_date')
    .orderBy('a.created_at')
    .orderBy(sql`a.rowid`)
    .execute();
  return rows.map(({ pseudonym, ...row }) => ({ ...actionPointFromRow(row), casePseudonym: pseudonym }));
}

/** A session's action points, in the order they were agreed (rowid breaks ties within a millisecond). */
export async function readSessionActions(db: ReadableDb, sessionId: string): Promise<ActionPoint[]> {
  const rows = await db
    .selectFrom('action_points')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(actionPointFromRow);
}

/**
 * Create or update (upsert by id, so undoing a removal re-creates it). The session it came from is set
 * when it is created and kept afterwards. An owner who is a member is named by their display name, so
 * the name stays readable after they leave; an owner is checked only when it changes.
 */
export async function saveAction({ db, now }: WriteContext, input: ParsedInput<'actions.save'>): Promise<ActionPoint> {
  await requireCase(db, input.caseId);
  const existing = input.id ? await db.selectFrom('action_points').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  if (existing && existing.case_id !== input.caseId) throw new AppError('NOT_FOUND', 'No such action point in this case.');
  const sessionId = existing ? existing.session_id : input.sessionId;
  if (!existing && sessionId !== null) {
    const session = await db.selectFrom('sessions').select('case_id').where('id', '=', sessionId).executeTakeFirst();
    if (session?.case_id !== input.caseId) throw invalidAt(['sessionId'], 'The session is not a session on this case.');
  }
  let ownerName = input.ownerName.trim();
  if (input.ownerMemberId !== null) {
    const member = await db.selectFrom('members').select(['display_name', 'removed_at']).where('id', '=', input.ownerMemberId).executeTakeFirst();
    const unchanged = existing?.owner_member_id === input.ownerMemberId;
    if (!member || (member.removed_at !== null && !unchanged)) throw invalidAt(['ownerMemberId'], 'The owner must be a member of this vault.');
    ownerName = member.display_name;
  }
  const iso = now.toISOString();
  const row: ActionPointRow = {
    id: existing?.id ?? input.id ?? randomUUID(),
    case_id: input.caseId,
    session_id: sessionId,
    text: input.text,
    owner_member_id: input.ownerMemberId,
    owner_name: ownerName,
    due_date: input.dueDate,
    status: input.status,
    created_at: existing?.created_at ?? iso,
    updated_at: iso,
  };
  if (existing) {
    const { id, case_id: _caseId, created_at: _createdAt, ...changes } = row;
    await db.updateTable('action_points').set(changes).where('id', '=', id).execute();
  } else {
    await db.insertInto('action_points').values(row).execute();
  }
  await noteCaseActivity(db, input.caseId, now, 'content');
  return actionPointFromRow(row);
}

export async function removeAction({ db, now }: WriteContext, { id }: { id: string }): Promise<null> {
  const existing = await db.selectFrom('action_points').select('case_id').where('id', '=', id).executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', 'No such action point.');
  await db.deleteFrom('action_points').where('id', '=', id).execute();
  await noteCaseActivity(db, existing.case_id, now, 'content');
  return null;
}
