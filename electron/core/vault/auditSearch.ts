import { AuditAction, type AuditEntry } from '../../../shared/contract';
import type { AuditQuery } from '../../../shared/domain/exchange';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { invalidField } from '../errors';
import { writeFileAtomic } from '../fs/atomic';
import { appendAudit } from './audit';
import { auditEntryFromRow } from './rows';

type Filter = Omit<AuditQuery, 'limit' | 'beforeId'>;

function nextDay(day: string): string {
  const at = new Date(`${day}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString();
}

function actionOf(name: string | undefined): AuditAction | undefined {
  if (name === undefined) return undefined;
  const action = AuditAction.safeParse(name);
  if (!action.success) throw invalidField('action', 'Unknown audit action.');
  return action.data;
}

/** One CSV field: quoted when it holds a separator, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The audit log filtered by action, member and day range, newest first. */
async function selectAudit(db: ReadableDb, filter: Filter, page: { limit?: number; beforeId?: number }): Promise<AuditEntry[]> {
  const action = actionOf(filter.action);
  let query = db
    .selectFrom('audit_log')
    .leftJoin('members', 'members.id', 'audit_log.actor_member_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.actor_member_id', 'audit_log.detail', 'members.display_name'])
    .orderBy('audit_log.id', 'desc');
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.beforeId !== undefined) query = query.where('audit_log.id', '<', page.beforeId);
  if (action) query = query.where('audit_log.action', '=', action);
  if (filter.memberId) query = query.where('audit_log.actor_member_id', '=', filter.memberId);
  if (filter.from) query = query.where('audit_log.at', '>=', `${filter.from}T00:00:00.000Z`);
  if (filter.to) query = query.where('audit_log.at', '<', nextDay(filter.to));
  const rows = await query.execute();
  return rows.flatMap(auditEntryFromRow);
}

export async function searchAudit({ db }: ReadContext, query: AuditQuery): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const rows = await selectAudit(db, query, { limit: query.limit + 1, beforeId: query.beforeId });
  return { entries: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

/** The filtered log as a CSV or JSON file where the user chose; the export itself is audited. */
export async function exportAudit(
  { db, now, member }: WriteContext,
  input: { path: string; format: 'csv' | 'json'; filter: Filter },
): Promise<{ path: string; count: number }> {
  const entries = await selectAudit(db, input.filter, {});
  const text =
    input.format === 'json'
      ? JSON.stringify({ schema: 'dyade-audit-export', version: 1, exportedAt: now.toISOString(), filter: input.filter, entries }, null, 2)
      : [
          'id,at,action,member_id,member,detail',
          ...entries.map((e) =>
            [String(e.id), e.at, e.action, e.actor?.id ?? '', e.actor?.displayName ?? '', JSON.stringify(e.detail)].map(csvField).join(','),
          ),
        ].join('\r\n') + '\r\n';
  await writeFileAtomic(input.path, text);
  await appendAudit(db, { at: now, action: 'audit.exported', actorMemberId: member.id, detail: { format: input.format, count: entries.length } });
  return { path: input.path, count: entries.length };
}
