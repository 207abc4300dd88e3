import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore, createTestVault, OTHER_PASSPHRASE, STRONG_PASSPHRASE } from './support/vaultFixture';

describe('backups, restore, verify', () => {
  it('makes a backup that opens with the same passphrases, and restores it into a new folder', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    const target = join(t.root, 'usb');
    const backup = await t.call('vault.backup', { folder: await t.chooseFolder('backupTarget', target) });
    expect(basename(backup.path)).toBe('Team Noord-backup-2025-03-01T09-00-00Z');
    expect(backup.bytes).toBeGreaterThan(1000);
    expect((await fs.readdir(backup.path)).sort()).toEqual(['vault.db', 'vault.json']);
    expect(await fs.readdir(target)).toEqual([basename(backup.path)]);
    const made = await t.call('audit.list', { limit: 5, action: 'backup.made' });
    expect(made.entries[0]?.detail).toEqual({ file: basename(backup.path), automatic: false });

    const report = await t.call('vault.verify');
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.pages).toBeGreaterThan(1);
    await t.call('vault.lock');

    const occupied = join(t.root, 'occupied');
    await fs.mkdir(occupied);
    await fs.writeFile(join(occupied, 'x.txt'), 'x');
    expect(
      await t.fail('vault.restore', { backup: await t.chooseFolder('restoreSource', backup.path), folder: await t.chooseFolder('restoreTarget', occupied) }),
    ).toMatchObject({ code: 'FOLDER_NOT_EMPTY' });
    expect(
      await t.fail('vault.restore', { backup: await t.chooseFolder('restoreSource', backup.path), folder: await t.chooseFolder('restoreTarget', folder) }),
    ).toMatchObject({ code: 'FOLDER_NOT_EMPTY' });

    const restoredPath = join(t.root, 'restored');
    const known = await t.call('vault.restore', {
      backup: await t.chooseFolder('restoreSource', backup.path),
      folder: await t.chooseFolder('restoreTarget', restoredPath),
    });
    expect(known).toMatchObject({ path: restoredPath, label: 'Team Noord', lastOpenedAt: null });
    const asBo = await t.call('vault.unlock', { path: restoredPath, memberId: bo.id, passphrase: OTHER_PASSPHRASE });
    expect(asBo.path).toBe(restoredPath);
    const restored = await t.call('audit.list', { limit: 5, action: 'vault.restored' });
    expect(restored.entries[0]?.detail).toMatchObject({ from: basename(backup.path) });
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: restoredPath, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('audit.list', { limit: 5, action: 'vault.restored' })).entries).toHaveLength(1);
  });

  it('reports backup, verify and restore as core.progress events, each run with its own id, ending done', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const backup = await t.call('vault.backup', { folder: await t.chooseFolder('backupTarget', join(t.root, 'usb')) });
    await t.call('vault.verify');
    await t.call('vault.lock');
    await t.call('vault.restore', {
      backup: await t.chooseFolder('restoreSource', backup.path),
      folder: await t.chooseFolder('restoreTarget', join(t.root, 'restored')),
    });
    const progress = t.events
      .filter((e) => e.event === 'core.progress')
      .map((e) => e.payload as { id: string; operation: string; fraction: number; done: boolean });
    const runs = new Map<string, typeof progress>();
    for (const event of progress) runs.set(event.id, [...(runs.get(event.id) ?? []), event]);
    // The lock makes the day's automatic backup too.
    expect([...runs.values()].map((run) => run[0]?.operation)).toEqual(['backup', 'verify', 'backup', 'restore']);
    for (const run of runs.values()) {
      expect(run.at(-1)).toMatchObject({ fraction: 1, done: true });
      expect(run.slice(0, -1).every((event) => !event.done)).toBe(true);
      expect(run.map((event) => event.fraction)).toEqual([...run.map((event) => event.fraction)].sort((a, b) => a - b));
    }
  });

  it('automatic backup on lock at most once a day, keeping the newest 7', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    t.clock.now = new Date(t.clock.now.getTime() + 60 * 60_000);
    await t.call('vault.lock');
    expect(await fs.readdir(join(folder, 'backups'))).toHaveLength(1);
    for (let day = 1; day <= 8; day += 1) {
      t.clock.now = new Date(Date.parse('2025-03-01T09:00:00Z') + day * 24 * 60 * 60_000);
      await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
      await t.core.lock('suspend');
    }
    const names = (await fs.readdir(join(folder, 'backups'))).sort();
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('2025-03-03T09-00-00Z');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const listed = await t.call('vault.backups');
    expect(listed[0]?.path).toBe(join(folder, 'backups', '2025-03-09T09-00-00Z'));
    expect(listed[0]?.createdAt).toBe('2025-03-09T09:00:00.000Z');
    // an automatic backup is itself a vault that opens with the same passphrase
    await t.call('vault.lock');
    await t.call('vaults.add', { folder: await t.chooseFolder('openVault', listed[0]?.path ?? '') });
    await t.call('vault.unlock', { path: listed[0]?.path, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('vault.verify')).ok).toBe(true);
  });

  it('cleans what a killed backup or prune left behind, and keeps the database and backups readable by their owner only', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const root = join(folder, 'backups');
    await fs.mkdir(join(root, '.2025-02-01T09-00-00Z.partial-0a1b2c3d'), { recursive: true });
    await fs.writeFile(join(root, '.2025-02-01T09-00-00Z.partial-0a1b2c3d', 'vault.db'), 'half a copy');
    await fs.mkdir(join(root, '2025-02-02T09-00-00Z'));
    await t.call('vault.lock');
    const names = await fs.readdir(root);
    expect(names).toHaveLength(1);
    expect(names[0]).toBe('2025-03-01T09-00-00Z');
    if (process.platform !== 'win32') {
      expect((await fs.stat(join(folder, 'vault.db'))).mode & 0o777).toBe(0o600);
      expect((await fs.stat(join(root, names[0]!, 'vault.db'))).mode & 0o777).toBe(0o600);
      expect((await fs.stat(join(root, names[0]!, 'vault.json'))).mode & 0o777).toBe(0o600);
    }
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
  });
});
