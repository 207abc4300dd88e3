import type { Selectable } from 'kysely';
import type { CasesTable } from '../db/schema';
import type { ReadableDb, WritableDb } from '../db/transaction';
import { AppError } from '../errors';

export { invalidField } from '../errors';

/** The connection as the not yet converted services see it (a write transaction). */
export type VaultDb = WritableDb;
export type CaseRow = Selectable<CasesTable>;

/** The case row itself, which every domain that writes to a case goes through: unknown ids are refused. */
export async function requireCase(db: ReadableDb, caseId: string): Promise<CaseRow> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such case.');
  return row;
}

/**
 * What a write did to a case: 'content' changed the case (people, note, status); 'map' changed its
 * map as well (relationship, factors, chain); 'history' only added to it (a snapshot).
 */
export type CaseChange = 'content' | 'map' | 'history';

/** Every write to a case moves its last activity (the list sorts by it). */
export async function noteCaseActivity(db: WritableDb, caseId: string, at: Date, change: CaseChange): Promise<void> {
  const iso = at.toISOString();
  const changes =
    change === 'history'
      ? { last_activity_at: iso }
      : change === 'content'
        ? { last_activity_at: iso, updated_at: iso }
        : { last_activity_at: iso, updated_at: iso, map_changed_at: iso };
  await db.updateTable('cases').set(changes).where('id', '=', caseId).execute();
}
