import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../../electron/core/db/database';
import { createTestCore, createTestVault, STRONG_PASSPHRASE, unwrapTestKey, type TestCore } from './support/vaultFixture';

/** What someone with the data key and SQLite tools can do to the log while the vault is locked. */
async function tamper(folder: string, memberId: string, statements: string[]): Promise<void> {
  const key = await unwrapTestKey(folder, memberId, STRONG_PASSPHRASE);
  const db = openVaultDatabase(join(folder, 'vault.db'), key);
  try {
    for (const statement of statements) db.exec(statement);
  } finally {
    db.close();
  }
}

async function auditIds(t: TestCore): Promise<number[]> {
  return (await t.call('audit.list', { limit: 500 })).entries.map((e) => e.id).sort((a, b) => a - b);
}

describe('an audit log you can trust', () => {
  it('verify walks the chain: intact after ordinary use, across a lock and a key rotation', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: '0-6m' });
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    await t.call('vault.rotateKey');
    const report = await t.call('vault.verify');
    expect(report).toMatchObject({ ok: true, audit: { ok: true, breakAt: null } });
    expect(report.audit.entries).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('a dropped trigger plus a deleted row, an edited row, a row slipped in, or a cut-off tail: each is reported as a break', async () => {
    const cases: Array<[string, (ids: number[]) => string[]]> = [
      ['deleted row', (ids) => ['DROP TRIGGER audit_log_no_delete', `DELETE FROM audit_log WHERE id = ${ids[1]}`]],
      ['edited row', (ids) => ['DROP TRIGGER audit_log_no_update', `UPDATE audit_log SET detail = '{"edited":true}' WHERE id = ${ids[1]}`]],
      [
        'row slipped in',
        () => [
          'DROP TRIGGER audit_log_chain',
          `INSERT INTO audit_log (at, action, actor_member_id, detail) VALUES ('2025-01-01T00:00:00.000Z', 'vault.unlocked', NULL, '{}')`,
        ],
      ],
      [
        'cut-off tail',
        (ids) => [
          'DROP TRIGGER audit_log_no_delete',
          'DROP TRIGGER audit_chain_no_delete',
          `DELETE FROM audit_log WHERE id >= ${ids.at(-2)}`,
          `DELETE FROM audit_chain WHERE id >= ${ids.at(-2)}`,
        ],
      ],
    ];
    for (const [name, statements] of cases) {
      const t = await createTestCore();
      const { folder, session } = await createTestVault(t);
      await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: '0-6m' });
      await t.call('vault.lock');
      await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
      await t.call('vault.lock');
      const ids = await (async () => {
        await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
        const list = await auditIds(t);
        await t.call('vault.lock');
        return list;
      })();
      await tamper(folder, session.member.id, statements(ids));
      await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
      const report = await t.call('vault.verify');
      expect([name, report.ok, report.audit.ok, report.audit.breakAt !== null]).toEqual([name, false, false, true]);
      expect(report.problems).toEqual([]);
    }
  }, 120_000);

  it('a chain rebuilt outside the app (its links and key removed) no longer matches the head the header remembers', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    // As a vault migrated to 0009 looks before its first unlock: no chain key, no links.
    await tamper(folder, session.member.id, [
      'DROP TRIGGER audit_chain_no_delete',
      'DELETE FROM audit_chain',
      "DELETE FROM settings WHERE key = 'audit_chain_key'",
      `CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END`,
    ]);
    const { promises: fs } = await import('node:fs');
    const header = JSON.parse(await fs.readFile(join(folder, 'vault.json'), 'utf8')) as Record<string, unknown>;
    expect(header.auditHead).toBeDefined();
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    // The unlock chains the rows anew with a new key; the head from before no longer matches: told, never hidden.
    expect((await t.call('vault.verify')).audit.ok).toBe(false);
  }, 60_000);

  it('reading a case or a session is audited by the core, once per unlock, whichever screen asks', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const made = await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: '0-6m' });
    const run = await t.call('sessions.create', {
      caseId: made.id,
      methodId: 'what-and-why',
      question: 'Wat zien we?',
      participants: [{ memberId: session.member.id }],
      roles: { caseHolder: 0, facilitator: 0, timekeeper: null, scribe: null },
    });
    for (let i = 0; i < 3; i += 1) {
      await t.call('cases.get', { id: made.id });
      await t.call('sessions.get', { id: run.id });
    }
    const opened = async () => ({
      cases: (await t.call('audit.list', { limit: 50, action: 'case.opened' })).entries.map((e) => e.detail),
      sessions: (await t.call('audit.list', { limit: 50, action: 'session.opened' })).entries.map((e) => e.detail),
    });
    expect(await opened()).toEqual({ cases: [{ caseId: made.id }], sessions: [{ sessionId: run.id, caseId: made.id }] });
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    await t.call('sessions.get', { id: run.id });
    expect((await opened()).sessions).toHaveLength(2);
  }, 60_000);
});
