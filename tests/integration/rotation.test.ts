import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { sqlcipherKeyPragma } from '../../electron/core/db/database';
import { isSealedSlot, readHeader, signHeader, type VaultHeader } from '../../electron/core/vault/header';
import { deriveKek, wrapDataKey } from '../../electron/core/vault/keys';
import { slotDataKey } from '../../electron/core/vault/slotKeys';
import { createTestCore, createTestVault, OTHER_PASSPHRASE, STRONG_PASSPHRASE, type TestCore } from './support/vaultFixture';

const ANNA_NEXT = 'vuurtoren haring duinpan negentig';

/** Open vault.db directly with a key, as someone with a copy of the folder and SQLite tools would. */
function readsWithKey(folder: string, key: Buffer): boolean {
  const db = new Database(join(folder, 'vault.db'), { readonly: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(sqlcipherKeyPragma(key));
    db.prepare('SELECT count(*) FROM cases').get();
    return true;
  } catch (error) {
    expect((error as { code?: string }).code).toBe('SQLITE_NOTADB');
    return false;
  } finally {
    db.close();
  }
}

async function caseNames(t: TestCore): Promise<string[]> {
  return (await t.call('cases.list', {})).map((c) => c.pseudonym).sort();
}

describe('key rotation: access that really ends', () => {
  it('a removed member with their slot from an old backup header gets a clear refusal on the current vault, and cannot read it with SQLite', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: 'pregnancy', pregnancyWeek: 20 });
    // The lock makes the daily backup: its header still has Bo's slot.
    await t.call('vault.lock');
    const [backup] = await fs.readdir(join(folder, 'backups'));
    const backupFolder = join(folder, 'backups', backup ?? '');
    const oldHeader = await readHeader(backupFolder);
    const boSlot = oldHeader.slots.find((s) => s.memberId === bo.id);
    if (!boSlot) throw new Error('no slot for Bo in the backup');
    const boOldKey = await slotDataKey(oldHeader, boSlot, OTHER_PASSPHRASE);
    if (!boOldKey) throw new Error('Bo could not open the backup header');

    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    await t.call('members.remove', { memberId: bo.id });
    await t.call('cases.create', { pseudonym: 'Gezin Beuk', phase: '0-6m' });
    const rekeyed = await t.call('audit.list', { limit: 5, action: 'vault.rekeyed' });
    expect(rekeyed.entries[0]?.detail).toMatchObject({ reason: 'member-removed' });
    // The backup from before is marked: it still opens with Bo's slot.
    expect((await t.call('vault.backups')).map((b) => b.oldKey)).toEqual([true]);
    await t.call('vault.lock');

    // The old key reads nothing of the current database (Bo with SQLite tools).
    expect(readsWithKey(folder, boOldKey)).toBe(false);
    // The old header copied next to the current database: refused, with its own error.
    const current = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    await fs.copyFile(join(backupFolder, 'vault.json'), join(folder, 'vault.json'));
    expect(await t.fail('vault.unlock', { path: folder, memberId: bo.id, passphrase: OTHER_PASSPHRASE })).toMatchObject({
      code: 'VAULT_KEY_RETIRED',
      details: { reason: 'retired-key' },
    });
    // Anna with that old header is refused the same way: it is not damage, the header is from before.
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'VAULT_KEY_RETIRED',
    });
    await fs.writeFile(join(folder, 'vault.json'), current);
    expect(await t.fail('vault.unlock', { path: folder, memberId: bo.id, passphrase: OTHER_PASSPHRASE })).toMatchObject({ code: 'NOT_FOUND' });

    // Anna still has everything; the old backup can go, audited.
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(await caseNames(t)).toEqual(['Gezin Beuk', 'Gezin Eik']);
    // The lock after the rotation made a backup with the new key at once (not a day later).
    expect((await t.call('vault.backups')).map((b) => b.oldKey)).toEqual([false, true]);
    expect(await t.call('vault.deleteOldBackups')).toEqual({ deleted: 1 });
    expect((await t.call('vault.backups')).map((b) => b.oldKey)).toEqual([false]);
    expect((await t.call('audit.list', { limit: 5, action: 'backups.deleted' })).entries[0]?.detail).toEqual({ count: 1 });
  }, 60_000);

  it('a changed passphrase: with a new key the old one opens no header kept from before; without, the older header is refused by its generation', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const before = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    await t.call('members.changePassphrase', { current: STRONG_PASSPHRASE, next: ANNA_NEXT });
    const afterPlain = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    expect((JSON.parse(afterPlain) as VaultHeader).generation).toBe(1);
    await t.call('vault.lock');
    await fs.writeFile(join(folder, 'vault.json'), before);
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'VAULT_KEY_RETIRED',
      details: { reason: 'older-header' },
    });
    await fs.writeFile(join(folder, 'vault.json'), afterPlain);

    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: ANNA_NEXT });
    const oldKey = await unlockedKey(folder, session.member.id, ANNA_NEXT);
    await t.call('members.changePassphrase', { current: ANNA_NEXT, next: STRONG_PASSPHRASE, rotateKey: true });
    expect((await t.call('audit.list', { limit: 5, action: 'vault.rekeyed' })).entries[0]?.detail).toMatchObject({ reason: 'passphrase-changed' });
    await t.call('vault.lock');
    expect(readsWithKey(folder, oldKey)).toBe(false);
    await fs.writeFile(join(folder, 'vault.json'), afterPlain);
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: ANNA_NEXT })).toMatchObject({
      code: 'VAULT_KEY_RETIRED',
      details: { reason: 'retired-key' },
    });
  }, 60_000);

  it('a replaced recovery code opens nothing, also with the header from before', async () => {
    const t = await createTestCore();
    const { folder, session, recoveryCode } = await createTestVault(t);
    const before = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const { recoveryCode: next } = await t.call('recovery.regenerate');
    // The only backup is from before: deleting it first makes one with the new key.
    expect(await t.call('vault.deleteOldBackups')).toEqual({ deleted: 1 });
    expect((await t.call('vault.backups')).map((b) => b.oldKey)).toEqual([false]);
    await t.call('vault.lock');
    expect(await t.fail('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const after = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    await fs.writeFile(join(folder, 'vault.json'), before);
    expect(await t.fail('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode })).toMatchObject({
      code: 'VAULT_KEY_RETIRED',
    });
    await fs.writeFile(join(folder, 'vault.json'), after);
    const recovered = await t.call('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode: next });
    expect(recovered.viaRecovery).toBe(true);
  }, 60_000);

  it('a crash during a rotation leaves a vault that opens: before the rekey the old key stays, after it the staged header is moved into place', async () => {
    let crash: 'before' | 'after' | null = null;
    const t = await createTestCore({
      faults: {
        beforeRekey: () => {
          if (crash === 'before') throw Object.assign(new Error('killed'), { code: 'EIO', syscall: 'write' });
        },
        afterRekey: () => {
          if (crash === 'after') throw Object.assign(new Error('killed'), { code: 'EIO', syscall: 'write' });
        },
      },
    });
    const { folder, session } = await createTestVault(t);
    await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: 'pregnancy', pregnancyWeek: 20 });

    crash = 'before';
    expect(await t.fail('vault.rotateKey')).toMatchObject({ code: 'IO_ERROR' });
    await expect(fs.stat(join(folder, 'vault.json.next'))).rejects.toThrow();
    await t.call('vault.lock');
    crash = null;
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(await caseNames(t)).toEqual(['Gezin Eik']);

    // After the rekey, before the header moves: only the staged header opens the database.
    crash = 'after';
    const oldKey = await unlockedKey(folder, session.member.id, STRONG_PASSPHRASE);
    expect(await t.fail('vault.rotateKey')).toMatchObject({ code: 'IO_ERROR' });
    crash = null;
    await fs.stat(join(folder, 'vault.json.next'));
    await t.call('vault.lock');
    expect(readsWithKey(folder, oldKey)).toBe(false);
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    await expect(fs.stat(join(folder, 'vault.json.next'))).rejects.toThrow();
    expect(await caseNames(t)).toEqual(['Gezin Eik']);
    expect(await t.call('vault.verify')).toMatchObject({ ok: true });
  }, 60_000);

  it('format-1 slots are sealed at their first unlock; until then a rotation is refused and nothing changes', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    await t.call('vault.lock');
    await downgradeToFormat1(folder, { [session.member.id]: STRONG_PASSPHRASE, [bo.id]: OTHER_PASSPHRASE });

    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const upgraded = await readHeader(folder);
    expect(upgraded.formatVersion).toBe(2);
    expect(upgraded.slots.filter((s) => s.kind === 'member' && isSealedSlot(s)).map((s) => s.memberId)).toEqual([session.member.id]);
    const unchanged = await fs.readFile(join(folder, 'vault.json'), 'utf8');
    expect(await t.fail('recovery.regenerate')).toMatchObject({ code: 'KEY_ROTATION_BLOCKED' });
    expect(await fs.readFile(join(folder, 'vault.json'), 'utf8')).toBe(unchanged);

    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: bo.id, passphrase: OTHER_PASSPHRASE });
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await readHeader(folder)).slots.filter((s) => s.kind === 'member').every(isSealedSlot)).toBe(true);
    await t.call('members.remove', { memberId: bo.id });
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('audit.list', { limit: 5, action: 'vault.rekeyed' })).entries).toHaveLength(1);
  }, 60_000);
});

/** The data key the member's slot opens in the current header. */
async function unlockedKey(folder: string, memberId: string, passphrase: string): Promise<Buffer> {
  const header = await readHeader(folder);
  const slot = header.slots.find((s) => s.memberId === memberId);
  const key = slot ? await slotDataKey(header, slot, passphrase) : null;
  if (!key) throw new Error('no key');
  return key;
}

/** Rewrite the member slots as an older Dyade wrote them: the data key wrapped directly, format 1. */
async function downgradeToFormat1(folder: string, passphrases: Record<string, string>): Promise<void> {
  const header = await readHeader(folder);
  const first = header.slots.find((s) => s.kind === 'member');
  if (!first?.memberId) throw new Error('no member');
  const dataKey = await slotDataKey(header, first, passphrases[first.memberId] ?? '');
  if (!dataKey) throw new Error('no key');
  const slots = [];
  for (const slot of header.slots) {
    const secret = slot.memberId ? passphrases[slot.memberId] : undefined;
    if (!secret) {
      slots.push(slot);
      continue;
    }
    const { publicKey: _p, sealed: _s, ...rest } = slot;
    const kek = await deriveKek(secret, slot.kdf);
    slots.push({ ...rest, wrap: wrapDataKey(kek, dataKey, header.vaultId, slot.id) });
  }
  const { mac: _mac, ...unsigned } = header;
  await fs.writeFile(join(folder, 'vault.json'), JSON.stringify(signHeader({ ...unsigned, formatVersion: 1, slots }, dataKey)));
}
