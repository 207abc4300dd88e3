import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore, createTestVault, hashFolder, OTHER_PASSPHRASE, STRONG_PASSPHRASE } from './support/vaultFixture';

describe('vault lifecycle through dispatch', () => {
  it('creates a vault, locks, unlocks and remembers it', async () => {
    const t = await createTestCore();
    const { folder, session, recoveryCode } = await createTestVault(t);
    expect(session.member.displayName).toBe('Anna');
    expect(session.viaRecovery).toBe(false);
    expect(session.idleLockMinutes).toBe(10);
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect((await fs.readdir(folder)).sort()).toEqual(['vault.db', 'vault.db-wal', 'vault.json']);
    expect(await fs.readFile(join(folder, 'vault.json'), 'utf8')).not.toContain(recoveryCode);
    expect((await t.call('vault.status')).unlocked).toBe(true);

    await t.call('vault.lock');
    expect((await t.call('vault.status')).unlocked).toBe(false);
    expect(await t.fail('members.list')).toMatchObject({ code: 'VAULT_LOCKED' });
    expect(t.events).toContainEqual({ event: 'vault.locked', payload: { reason: 'user' } });
    // the first lock makes the automatic backup
    expect((await fs.readdir(join(folder, 'backups'))).length).toBe(1);

    const known = await t.call('vaults.list');
    expect(known).toEqual([{ path: folder, label: 'Team Noord', lastOpenedAt: '2025-03-01T09:00:00.000Z' }]);

    const info = await t.call('vaults.inspect', { path: folder });
    expect(info.members).toEqual([session.member]);
    expect(info.hasRecovery).toBe(true);
    expect(info.newestBackup).toContain(join(folder, 'backups'));

    const again = await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(again.member).toEqual(session.member);
    const audit = await t.call('audit.list', { limit: 50 });
    expect(audit.entries.map((e) => e.action)).toEqual(['vault.unlocked', 'vault.locked', 'backup.made', 'vault.created']);
    expect(audit.entries[0]?.actor).toEqual(session.member);
    await t.core.shutdown();
    expect(t.events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'shutdown' } });
  });

  it('creates in a subfolder named after the label when the folder holds other files', async () => {
    const t = await createTestCore();
    const parent = join(t.root, 'Documents');
    await fs.mkdir(parent);
    await fs.writeFile(join(parent, 'notes.txt'), 'x');
    const created = await t.call('vault.create', {
      folder: await t.chooseFolder('newVault', parent),
      label: 'Team: Zuid/West',
      memberName: 'Bo',
      passphrase: STRONG_PASSPHRASE,
    });
    expect(created.session.path).toBe(join(parent, 'Team ZuidWest'));
    await t.call('vault.lock');
    await fs.writeFile(join(parent, 'Team ZuidWest-x'), '');
    const second = await t.call('vault.create', {
      folder: await t.chooseFolder('newVault', parent),
      label: 'Team: Zuid/West',
      memberName: 'Bo',
      passphrase: STRONG_PASSPHRASE,
    });
    expect(second.session.path).toBe(join(parent, 'Team ZuidWest (2)'));
    await t.call('vault.lock');
    expect(
      await t.fail('vault.create', {
        folder: await t.chooseFolder('newVault', second.session.path),
        label: 'x',
        memberName: 'Bo',
        passphrase: STRONG_PASSPHRASE,
      }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'already-a-vault' },
    });
  });

  it('refuses weak passphrases with the reason', async () => {
    const t = await createTestCore();
    const folder = join(t.root, 'v');
    expect(
      await t.fail('vault.create', { folder: await t.chooseFolder('newVault', folder), label: 'L', memberName: 'Anna', passphrase: 'short' }),
    ).toMatchObject({
      code: 'WEAK_PASSPHRASE',
      details: { reason: 'tooShort' },
    });
    expect(
      await t.fail('vault.create', { folder: await t.chooseFolder('newVault', folder), label: 'L', memberName: 'Anna', passphrase: 'password1234' }),
    ).toMatchObject({
      code: 'WEAK_PASSPHRASE',
      details: { reason: 'tooCommon' },
    });
    await expect(fs.stat(folder)).rejects.toThrow();
  });

  it('allows only one open vault', async () => {
    const t = await createTestCore();
    await createTestVault(t, 'a');
    expect(
      await t.fail('vault.create', {
        folder: await t.chooseFolder('newVault', join(t.root, 'b')),
        label: 'B',
        memberName: 'Bo',
        passphrase: STRONG_PASSPHRASE,
      }),
    ).toMatchObject({
      code: 'VAULT_ALREADY_UNLOCKED',
    });
    await t.call('vault.lock');
    const b = await createTestVault(t, 'b');
    const a = await t.call('vaults.inspect', { path: join(t.root, 'a') });
    expect(await t.fail('vault.unlock', { path: a.path, memberId: a.members[0]?.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'VAULT_ALREADY_UNLOCKED',
    });
    // unlocking the open vault again re-opens it
    const again = await t.call('vault.unlock', { path: b.folder, memberId: b.session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(again.path).toBe(b.folder);
  });

  it('wrong passphrase changes nothing on disk, then backs off after five failures', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const before = await hashFolder(folder);
    for (let i = 0; i < 5; i += 1) {
      t.clock.now = new Date(t.clock.now.getTime() + 10);
      expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: OTHER_PASSPHRASE })).toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    }
    expect(await hashFolder(folder)).toEqual(before);
    const blocked = await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(blocked).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterMs: 1000 } });
    t.clock.now = new Date(t.clock.now.getTime() + 1000);
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: OTHER_PASSPHRASE })).toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      details: { retryAfterMs: 2000 },
    });
    expect(await hashFolder(folder)).toEqual(before);
    t.clock.now = new Date(t.clock.now.getTime() + 2000);
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const failed = await t.call('audit.list', { limit: 10, action: 'vault.unlock_failed' });
    expect(failed.entries).toHaveLength(1);
    expect(failed.entries[0]?.detail).toMatchObject({ count: 6 });
    expect(failed.entries[0]?.actor).toBeNull();
  });

  it('failed unlocks outlive a restart: the waiting time holds and the next unlock audits them; an edited record counts as none', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const before = await hashFolder(folder);
    for (let i = 0; i < 6; i += 1) {
      t.clock.now = new Date(t.clock.now.getTime() + 2000);
      await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: OTHER_PASSPHRASE });
    }
    await t.core.shutdown();
    // Nothing was written into the vault folder; the record sits beside the app settings.
    expect(await hashFolder(folder)).toEqual(before);
    const record = join(t.root, 'unlock-attempts.json');
    expect(JSON.parse(await fs.readFile(record, 'utf8'))).toMatchObject({ format: 'dyade-unlock-attempts', vaults: { [folder]: { count: 6 } } });

    const restarted = await createTestCore({}, t.root);
    restarted.clock.now = t.clock.now;
    expect(await restarted.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
    });
    restarted.clock.now = new Date(t.clock.now.getTime() + 10_000);
    await restarted.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const failed = await restarted.call('audit.list', { limit: 10, action: 'vault.unlock_failed' });
    expect(failed.entries.map((entry) => entry.detail)).toEqual([expect.objectContaining({ count: 6 })]);
    await restarted.call('vault.lock');
    expect(JSON.parse(await fs.readFile(record, 'utf8')).vaults).toEqual({});

    // A record edited outside the app (its MAC no longer fits) is ignored, not trusted.
    await restarted.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: OTHER_PASSPHRASE });
    await restarted.core.shutdown();
    const edited = JSON.parse(await fs.readFile(record, 'utf8')) as { vaults: Record<string, { count: number }> };
    edited.vaults[folder]!.count = 500;
    await fs.writeFile(record, JSON.stringify(edited));
    const again = await createTestCore({}, t.root);
    again.clock.now = new Date(restarted.clock.now.getTime() + 1000);
    await again.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await again.call('audit.list', { limit: 10, action: 'vault.unlock_failed' })).entries).toHaveLength(1);
  }, 60_000);

  it('unknown member → NOT_FOUND; missing folder → NOT_A_VAULT', async () => {
    const t = await createTestCore();
    const { folder } = await createTestVault(t);
    await t.call('vault.lock');
    expect(await t.fail('vault.unlock', { path: folder, memberId: '00000000-0000-4000-8000-000000000000', passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await t.fail('vaults.add', { folder: await t.chooseFolder('openVault', join(t.root, 'nope')) })).toMatchObject({ code: 'NOT_A_VAULT' });
    expect(await t.fail('vaults.add', { folder: await t.chooseFolder('openVault', t.root) })).toMatchObject({ code: 'NOT_A_VAULT' });
    const added = await t.call('vaults.add', { folder: await t.chooseFolder('openVault', folder) });
    expect(added.label).toBe('Team Noord');
  });

  it('idle lock: setIdleLock is stored, idleCheck locks after the idle time, status does not count as activity', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const updated = await t.call('vault.setIdleLock', { minutes: 3 });
    expect(updated.idleLockMinutes).toBe(3);
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 60_000);
    await t.call('vault.touch');
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 60_000);
    await t.call('vault.status');
    // The presenter view polls the session and the case: that is not someone at the keyboard.
    const made = await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: '0-6m' });
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 60_000);
    for (let i = 0; i < 3; i += 1) await t.call('cases.get', { id: made.id });
    expect(await t.core.idleCheck()).toBe(false);
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    expect(await t.core.idleCheck()).toBe(true);
    expect(t.core.isUnlocked()).toBe(false);
    expect(t.events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'idle' } });
    const again = await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(again.idleLockMinutes).toBe(3);
    const changed = await t.call('audit.list', { limit: 5, action: 'settings.changed' });
    expect(changed.entries[0]?.detail).toEqual({ key: 'idle_lock_minutes', value: 3 });
    expect(await t.fail('vault.setIdleLock', { minutes: 0 })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('audit log pages newest first and is append-only in the database', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    for (let i = 1; i <= 5; i += 1) await t.call('vault.setIdleLock', { minutes: i });
    const first = await t.call('audit.list', { limit: 3 });
    expect(first.hasMore).toBe(true);
    expect(first.entries.map((e) => e.detail.value)).toEqual([5, 4, 3]);
    const next = await t.call('audit.list', { limit: 3, beforeId: first.entries.at(-1)?.id });
    expect(next.entries.map((e) => e.action)).toEqual(['settings.changed', 'settings.changed', 'vault.created']);
    expect(next.hasMore).toBe(false);
  });
});
