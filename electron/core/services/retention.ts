import { DEFAULT_RETENTION, RetentionPolicy, type RetentionDue } from '../../../shared/domain/exchange';
import { inTransaction } from '../db/transaction';
import { listAutomaticBackups } from '../vault/backup';
import { appendAudit } from '../vault/audit';
import { invalidField, requireCase } from '../cases/record';
import type { VaultService } from './vault';

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
export class RetentionService {
  constructor(private readonly vaults: VaultService) {}

  async policy(): Promise<RetentionPolicy> {
    const row = await this.vaults.session().db.selectFrom('settings').select('value').where('key', '=', RETENTION_KEY).executeTakeFirst();
    if (!row) return DEFAULT_RETENTION;
    const parsed = RetentionPolicy.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_RETENTION;
  }

  async get(): Promise<{ policy: RetentionPolicy; due: RetentionDue[]; backups: number }> {
    const vault = this.vaults.session();
    const policy = await this.policy();
    const now = this.vaults.now();
    const due: RetentionDue[] = [];
    if (policy.enabled) {
      const closed = await vault.db.selectFrom('cases').select(['id', 'pseudonym', 'closed_at']).where('status', '=', 'closed').where('closed_at', 'is not', null).orderBy('closed_at').execute();
      for (const row of closed) {
        const at = dueAt(row.closed_at!, policy.months);
        if (at <= now) due.push({ id: row.id, pseudonym: row.pseudonym, closedAt: row.closed_at!, dueAt: at.toISOString() });
      }
    }
    return { policy, due, backups: (await listAutomaticBackups(vault.path)).length };
  }

  async set(policy: RetentionPolicy): Promise<RetentionPolicy> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const value = JSON.stringify(policy);
      await db.insertInto('settings').values({ key: RETENTION_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
      await appendAudit(db, { at: this.vaults.now(), action: 'settings.changed', actorMemberId: vault.member.id, detail: { key: RETENTION_KEY, enabled: policy.enabled, months: policy.months } });
    });
    return policy;
  }

  async erase(input: { id: string; confirmPseudonym: string }): Promise<{ backupsHoldingIt: number }> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await requireCase(db, input.id);
      if (input.confirmPseudonym.trim() !== current.pseudonym) throw invalidField('confirmPseudonym', 'The typed pseudonym does not match the case.');
      await db.deleteFrom('cases').where('id', '=', input.id).execute();
      // The audit log is append-only and outlives the case: an opaque id only, never the pseudonym.
      await appendAudit(db, { at: this.vaults.now(), action: 'case.erased', actorMemberId: vault.member.id, detail: { caseId: input.id } });
    });
    vault.sqlite.exec('VACUUM');
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { backupsHoldingIt: (await listAutomaticBackups(vault.path)).length };
  }
}
