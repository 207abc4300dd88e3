import { AuditAction, type AuditEntry } from '../../../shared/contract';
import type { ReadContext } from '../context';
import type { WritableDb } from '../db/transaction';

export type AuditDetail = AuditEntry['detail'];

/** Append one entry to the audit log (the table refuses UPDATE and DELETE). */
export async function appendAudit(
  db: WritableDb,
  entry: { at: Date; action: AuditAction; actorMemberId: string | null; detail?: AuditDetail },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: entry.at.toISOString(), action: entry.action, actor_member_id: entry.actorMemberId, detail: JSON.stringify(entry.detail ?? {}) })
    .execute();
}

function parseDetail(text: string): AuditDetail {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const detail: AuditDetail = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === null || typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') detail[key] = item;
    }
    return detail;
  } catch {
    return {};
  }
}

/** Newest first, with the acting member's display name (removed members keep theirs). */
export async function listAudit(
  { db }: ReadContext,
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
  const entries: AuditEntry[] = [];
  for (const row of rows.slice(0, query.limit)) {
    const action = AuditAction.safeParse(row.action);
    // An action from a newer app version cannot be shown in this one's terms; skip it.
    if (!action.success) continue;
    entries.push({
      id: row.id,
      at: row.at,
      action: action.data,
      actor: row.actor_member_id ? { id: row.actor_member_id, displayName: row.display_name ?? '' } : null,
      detail: parseDetail(row.detail),
    });
  }
  return { entries, hasMore: rows.length > query.limit };
}
