import type { AuditAction, AuditEntry } from '../../../shared/contract';
import type { ReadableDb, WritableDb } from '../db/transaction';
import { auditEntryFromRow } from './rows';

export type AuditDetail = AuditEntry['detail'];

/** Append one entry to the audit log (the table refuses UPDATE and DELETE). */
export async function appendAudit(db: WritableDb, entry: { at: Date; action: AuditAction; actorMemberId: string | null; detail?: AuditDetail }): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: entry.at.toISOString(), action: entry.action, actor_member_id: entry.actorMemberId, detail: JSON.stringify(entry.detail ?? {}) })
    .execute();
}

/** Newest first, with the acting member's display name (removed members keep theirs). */
export async function listAudit(
  { db }: { db: ReadableDb },
  query: { limit: number; beforeId?: number; action?: AuditAction },
): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  let select = db
    .selectFrom('audit_log')
    .leftJoin('members', 'members.id', 'audit_log.actor_member_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.actor_member_id', 'audit_log.detail', 'members.display_name'])
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit + 1);
  if (query.beforeId !== undefined) select = select.where('audit_log.id', '<', query.beforeId);
  if (query.action !== undefined) select = select.where('audit_log.action', '=', query.action);
  const rows = await select.execute();
  return { entries: rows.slice(0, query.limit).flatMap(auditEntryFromRow), hasMore: rows.length > query.limit };
}
