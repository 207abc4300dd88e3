import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestCore, createTestVault, OTHER_PASSPHRASE, STRONG_PASSPHRASE } from './support/vaultFixture';

const THIRD_PASSPHRASE = 'zeilboot kompas regenjas dertien';

describe('members and recovery', () => {
  it('a second member unlocks the same data with their own passphrase', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    expect(await t.fail('members.add', { displayName: 'Cas', passphrase: 'password1234' })).toMatchObject({ code: 'WEAK_PASSPHRASE' });
    const list = await t.call('members.list');
    expect(list.map((m) => [m.displayName, m.isYou])).toEqual([
      ['Anna', true],
      ['Bo', false],
    ]);
    await t.call('vault.lock');
    expect((await t.call('vaults.inspect', { path: folder })).members.map((m) => m.displayName)).toEqual(['Anna', 'Bo']);
    expect(await t.fail('vault.unlock', { path: folder, memberId: bo.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const asBo = await t.call('vault.unlock', { path: folder, memberId: bo.id, passphrase: OTHER_PASSPHRASE });
    expect(asBo.member).toEqual(bo);
    const added = await t.call('audit.list', { limit: 10, action: 'member.added' });
    expect(added.entries[0]?.actor).toEqual(session.member);
    expect(added.entries[0]?.detail).toEqual({ memberId: bo.id });
  });

  it('removes members, never the last one, and removing yourself locks', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    expect(await t.fail('members.remove', { memberId: session.member.id })).toMatchObject({ code: 'LAST_MEMBER' });
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    await t.call('members.remove', { memberId: bo.id });
    expect((await t.call('members.list')).map((m) => m.displayName)).toEqual(['Anna']);
    await t.call('vault.lock');
    expect(await t.fail('vault.unlock', { path: folder, memberId: bo.id, passphrase: OTHER_PASSPHRASE })).toMatchObject({ code: 'NOT_FOUND' });
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    const cas = await t.call('members.add', { displayName: 'Cas', passphrase: THIRD_PASSPHRASE });
    await t.call('members.remove', { memberId: session.member.id });
    expect(t.core.isUnlocked()).toBe(false);
    const asCas = await t.call('vault.unlock', { path: folder, memberId: cas.id, passphrase: THIRD_PASSPHRASE });
    expect(asCas.member.displayName).toBe('Cas');
    const removed = await t.call('audit.list', { limit: 10, action: 'member.removed' });
    // the removed member keeps their name in the log
    expect(removed.entries.map((e) => e.actor?.displayName)).toEqual(['Anna', 'Anna']);
  });

  it('changes a passphrase: the old one stops working', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    expect(await t.fail('members.changePassphrase', { current: OTHER_PASSPHRASE, next: THIRD_PASSPHRASE })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await t.fail('members.changePassphrase', { current: STRONG_PASSPHRASE, next: 'aaaaaaaaaaaaaaaa' })).toMatchObject({ code: 'WEAK_PASSPHRASE' });
    await t.call('members.changePassphrase', { current: STRONG_PASSPHRASE, next: THIRD_PASSPHRASE });
    await t.call('vault.lock');
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: THIRD_PASSPHRASE });
    expect((await t.call('audit.list', { limit: 5, action: 'passphrase.changed' })).entries).toHaveLength(1);
  });

  it('recovery code unlocks (any case, spaces), reset sets a new passphrase, regenerate retires the old code', async () => {
    const t = await createTestCore();
    const { folder, session, recoveryCode } = await createTestVault(t);
    expect(await t.fail('members.resetPassphrase', { passphrase: THIRD_PASSPHRASE })).toMatchObject({ code: 'FORBIDDEN' });
    await t.call('vault.lock');
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    expect(await t.fail('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode: 'ABCDE-FGHJK' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    const recovered = await t.call('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode: typed });
    expect(recovered.viaRecovery).toBe(true);
    expect((await t.call('members.list')).length).toBe(1);
    const reset = await t.call('members.resetPassphrase', { passphrase: THIRD_PASSPHRASE });
    expect(reset.viaRecovery).toBe(false);
    const { recoveryCode: fresh } = await t.call('recovery.regenerate');
    expect(fresh).not.toBe(recoveryCode);
    await t.call('vault.lock');
    expect(await t.fail('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: THIRD_PASSPHRASE });
    await t.call('vault.lock');
    await t.call('vault.unlockWithRecovery', { path: folder, memberId: session.member.id, recoveryCode: fresh });
    const actions = (await t.call('audit.list', { limit: 100 })).entries.map((e) => e.action);
    expect(actions).toContain('vault.recovered');
    expect(actions).toContain('recovery.regenerated');
    expect(actions.filter((a) => a === 'vault.unlock_failed')).toHaveLength(1);
    expect(await fs.readFile(join(folder, 'vault.json'), 'utf8')).not.toContain(fresh);
  });
});
