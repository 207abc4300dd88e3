import { DEFAULT_RETENTION, RetentionPolicy, type RetentionDue } from '../../../shared/domain/exchange';
import { invalidField, requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { listAutomaticBackups } from '../vault/backup';
import { appendAudit } from '../vault/audit';
import { retentionDueFromRow } from './rows';

const RETENTION_KEY = 'retention_policy';

/** The moment a case closed at `closedAt` becomes due under a policy of `months`. */
export function dueAt(closedAt: string, months: number): Date {
  const at = new Date(closedAt);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + months);
  // The 31st of a shorter month is its last day, not the first of the next.
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, last));
  return at;
}

/**
 * Retention and erasure. The policy (off by default) only reminds: nothing is erased without a
 * person confirming it. Erasure removes the case and everything that cascades from it (people, map,
 * snapshots, sessions, actions, journal entries on it, exchange bookkeeping, its search index rows),
 * audits an opaque id (never the pseudonym), then VACUUMs so no freed page keeps a byte of it, and
 * checkpoints so the WAL holds none either. Backups made before the erasure still hold the case
 * (encrypted); the count is returned so the UI can say so.
 */

async function readPolicy(db: ReadableDb): Promise<RetentionPolicy> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', RETENTION_KEY).executeTakeFirst();
  if (!row) return DEFAULT_RETENTION;
  const parsed = RetentionPolicy.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export async function getRetention({ db, now, vault }: ReadContext): Promise<{ policy: RetentionPolicy; due: RetentionDue[]; backups: number }> {
  const policy = await readPolicy(db);
  const due: RetentionDue[] = [];
  if (policy.enabled) {
    const closed = await db
      .selectFrom('cases')
      .select(['id', 'pseudonym', 'closed_at'])
      .where('status', '=', 'closed')
      .where('closed_at', 'is not', null)
      .orderBy('closed_at')
      .execute();
    for (const row of closed) {
      if (row.closed_at === null) continue;
      const at = dueAt(row.closed_at, policy.months);
      if (at <= now) due.push(retentionDueFromRow({ ...row, closed_at: row.closed_at }, at));
    }
  }
  return { policy, due, backups: (await listAutomaticBackups(vault.path)).length };
}

export async function setRetention({ db, now, member }: WriteContext, policy: RetentionPolicy): Promise<RetentionPolicy> {
  const value = JSON.stringify(policy);
  await db
    .insertInto('settings')
    .values({ key: RETENTION_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  await appendAudit(db, {
    at: now,
    action: 'settings.changed',
    actorMemberId: member.id,
    detail: { key: RETENTION_KEY, enabled: policy.enabled, months: policy.months },
  });
  return policy;
}

/** Erase progress: the rows go, then the VACUUM (most of the time), then the WAL checkpoint. */
const DELETED_AT = 0.2;
const VACUUMED_AT = 0.9;

export async function eraseCase(
  { db, sqlite, now, member, vault, progress, afterCommit }: WriteContext,
  input: { id: string; confirmPseudonym: string },
): Promise<{ backupsHoldingIt: number }> {
  const reporter = progress('erase');
  let compacting = false;
  try {
    const current = await requireCase(db, input.id);
    if (input.confirmPseudonym.trim() !== current.pseudonym) throw invalidField('confirmPseudonym', 'The typed pseudonym does not match the case.');
    await db.deleteFrom('cases').where('id', '=', input.id).execute();
    // The audit log is append-only and outlives the case: an opaque id only, never the pseudonym.
    await appendAudit(db, { at: now, action: 'case.erased', actorMemberId: member.id, detail: { caseId: input.id } });
    reporter.at(DELETED_AT);
    const backupsHoldingIt = (await listAutomaticBackups(vault.path)).length;
    // VACUUM cannot run inside a transaction: it compacts the file once the erasure is committed.
    afterCommit(() => {
      try {
        sqlite.exec('VACUUM');
        reporter.at(VACUUMED_AT);
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        reporter.done();
      }
    });
    compacting = true;
    return { backupsHoldingIt };
  } finally {
    if (!compacting) reporter.done();
  }
}
