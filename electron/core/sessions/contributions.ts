import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Contribution } from '../../../shared/domain/session';
import { noteCaseActivity } from '../cases/record';
import type { WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { AppError } from '../errors';
import { invalidAt, requireOpenSession } from './record';
import { contributionFromRow, sessionFromRow, type ContributionRow } from './rows';

/** What participants say during a session, phase by phase; they change only while it is open. */

/** In entry order (rowid breaks ties within a millisecond). */
export async function readContributions(db: ReadableDb, sessionId: string): Promise<Contribution[]> {
  const rows = await db
    .selectFrom('session_contributions')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(contributionFromRow);
}

/**
 * Create or update a contribution (upsert by id, so undoing a removal re-creates it with its id and
 * its place in the entry order). An edit may keep an author who has since left the session.
 */
export async function saveContribution({ db, now }: WriteContext, input: ParsedInput<'contributions.save'>): Promise<Contribution> {
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
}

export async function removeContribution({ db, now }: WriteContext, { id }: { id: string }): Promise<null> {
  const existing = await db.selectFrom('session_contributions').select('session_id').where('id', '=', id).executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND', 'No such contribution.');
  const sessionRow = await requireOpenSession(db, existing.session_id);
  await db.deleteFrom('session_contributions').where('id', '=', id).execute();
  await noteCaseActivity(db, sessionRow.case_id, now, 'history');
  return null;
}

/** Silent round: every hidden note of the phase becomes visible at once. */
export async function revealContributions({ db, now }: WriteContext, input: ParsedInput<'contributions.reveal'>): Promise<{ revealed: number }> {
  const sessionRow = await requireOpenSession(db, input.sessionId);
  if (!sessionFromRow(sessionRow).method.phases.some((phase) => phase.key === input.phaseKey))
    throw invalidAt(['phaseKey'], 'The session’s method has no such phase.');
  const result = await db
    .updateTable('session_contributions')
    .set({ hidden: 0, updated_at: now.toISOString() })
    .where('session_id', '=', input.sessionId)
    .where('phase_key', '=', input.phaseKey)
    .where('hidden', '=', 1)
    .executeTakeFirst();
  await noteCaseActivity(db, sessionRow.case_id, now, 'history');
  return { revealed: Number(result.numUpdatedRows) };
}
