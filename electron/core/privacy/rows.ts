import type { Selectable } from 'kysely';
import { RetentionDue } from '../../../shared/domain/exchange';
import type { CasesTable } from '../db/schema';

/** A closed case as the retention list reads it. */
export type ClosedCaseRow = Pick<Selectable<CasesTable>, 'id' | 'pseudonym'> & { closed_at: string };

export function retentionDueFromRow(row: ClosedCaseRow, dueAt: Date): RetentionDue {
  return RetentionDue.parse({ id: row.id, pseudonym: row.pseudonym, closedAt: row.closed_at, dueAt: dueAt.toISOString() });
}
