import { builtInMethod } from '../../../shared/domain/methods-catalog';
import type { MethodDefinition, SessionStatus } from '../../../shared/domain/session';
import type { ReadableDb } from '../db/transaction';
import { AppError } from '../errors';
import { teamMethodFromRow, type SessionRow } from './rows';

/** The checks the sessions feature's functions share. */

export type IssuePath = (string | number)[];

/** An INVALID_INPUT error at any path, shaped like the dispatcher's, so the UI shows it next to the field. */
export function invalidAt(path: IssuePath, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path, message, code: 'custom' }] });
}

/** A shipped method by its key, or a team's own by its id. */
export async function findMethod(db: ReadableDb, id: string): Promise<MethodDefinition | undefined> {
  const shipped = builtInMethod(id);
  if (shipped) return shipped;
  const row = await db.selectFrom('session_methods').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? teamMethodFromRow(row) : undefined;
}

/** Only methods with a meldcode step-2 phase keep a step-2 record. */
export function hasStep2Phase(method: Pick<MethodDefinition, 'phases'>): boolean {
  return method.phases.some((phase) => phase.mode === 'step2');
}

export async function requireSession(db: ReadableDb, id: string): Promise<SessionRow> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such session.');
  return row;
}

/** CONFLICT unless the session is in one of the allowed states. */
export function requireStatus(row: SessionRow, allowed: readonly SessionStatus[], message: string): void {
  if (!allowed.some((status) => status === row.status)) throw new AppError('CONFLICT', message);
}

/** Contributions change only while the session is planned or running. */
export async function requireOpenSession(db: ReadableDb, id: string): Promise<SessionRow> {
  const row = await requireSession(db, id);
  requireStatus(row, ['planned', 'running'], 'The session is finished; reopen it to change its contributions.');
  return row;
}
