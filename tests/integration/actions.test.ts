import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, OTHER_PASSPHRASE } from './support/vaultFixture';

describe('action points', () => {
  it('"my actions" lists what I own across cases, by due date with undated last; filters by case and status', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const anna = session.member;
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    const noord = await newCase(t, 'Familie Noord');
    const zuid = await newCase(t, 'Familie Zuid');

    const undated = await t.call('actions.save', { caseId: noord.id, text: 'Netwerk in kaart brengen', ownerMemberId: anna.id });
    const later = await t.call('actions.save', { caseId: zuid.id, text: 'Huisarts bellen', ownerMemberId: anna.id, dueDate: '2025-03-20' });
    const sooner = await t.call('actions.save', { caseId: noord.id, text: 'Kraamzorg verlengen', ownerMemberId: anna.id, dueDate: '2025-03-05' });
    const bos = await t.call('actions.save', { caseId: noord.id, text: 'Verloskundige spreken', ownerMemberId: bo.id, dueDate: '2025-03-01' });
    const guest = await t.call('actions.save', { caseId: zuid.id, text: 'Wijkteam informeren', ownerName: '  JD ', dueDate: '2025-02-20' });
    expect(guest).toMatchObject({ ownerMemberId: null, ownerName: 'JD', status: 'open', sessionId: null });
    expect(bos.ownerName).toBe('Bo');

    const mine = await t.call('actions.list', { mine: true });
    expect(mine.map((a) => [a.text, a.casePseudonym, a.dueDate])).toEqual([
      ['Kraamzorg verlengen', 'Familie Noord', '2025-03-05'],
      ['Huisarts bellen', 'Familie Zuid', '2025-03-20'],
      ['Netwerk in kaart brengen', 'Familie Noord', null],
    ]);
    expect((await t.call('actions.list', {})).map((a) => a.id)).toEqual([guest.id, bos.id, sooner.id, later.id, undated.id]);
    expect((await t.call('actions.list', { caseId: zuid.id })).map((a) => a.id)).toEqual([guest.id, later.id]);

    await t.call('actions.save', { caseId: noord.id, id: sooner.id, text: sooner.text, ownerMemberId: anna.id, dueDate: sooner.dueDate, status: 'done' });
    expect((await t.call('actions.list', { mine: true, status: 'open' })).map((a) => a.id)).toEqual([later.id, undated.id]);
    expect((await t.call('actions.list', { status: 'done' })).map((a) => a.id)).toEqual([sooner.id]);

    // Bo sees their own.
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: bo.id, passphrase: OTHER_PASSPHRASE });
    expect((await t.call('actions.list', { mine: true })).map((a) => a.id)).toEqual([bos.id]);
  });

  it('edits keep where it came from and when it was agreed; an unknown id re-creates it (undo); removal', async () => {
    const t = await createTestCore();
    const { session: vault } = await createTestVault(t);
    const made = await newCase(t);
    const planned = await t.call('sessions.create', {
      caseId: made.id,
      methodId: 'what-and-why',
      participants: [{ memberId: vault.member.id }, { guestInitials: 'JD' }],
      roles: { caseHolder: 0, facilitator: 1 },
    });
    const action = await t.call('actions.save', { caseId: made.id, sessionId: planned.id, text: 'Huisarts bellen' });
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const edited = await t.call('actions.save', { caseId: made.id, id: action.id, text: 'Huisarts gebeld', status: 'done', dueDate: '2025-03-02' });
    expect(edited).toEqual({ ...action, text: 'Huisarts gebeld', status: 'done', dueDate: '2025-03-02', updatedAt: t.clock.now.toISOString() });
    expect((await t.call('sessions.get', { id: planned.id })).actions).toEqual([edited]);
    const lastActivity = (await t.call('cases.get', { id: made.id })).case.lastActivityAt;
    expect(lastActivity).toBe(t.clock.now.toISOString());

    await t.call('actions.remove', { id: action.id });
    expect(await t.call('actions.list', {})).toEqual([]);
    expect(await t.fail('actions.remove', { id: action.id })).toMatchObject({ code: 'NOT_FOUND' });
    const restored = await t.call('actions.save', { caseId: made.id, id: action.id, text: 'Huisarts gebeld', sessionId: planned.id });
    expect(restored.id).toBe(action.id);
    expect(restored.sessionId).toBe(planned.id);
  });

  it('refuses an unknown case, an owner who is not a member, a session of another case', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const cas = await t.call('members.add', { displayName: 'Cas', passphrase: OTHER_PASSPHRASE });
    const made = await newCase(t);
    const owned = await t.call('actions.save', { caseId: made.id, text: 'Bellen', ownerMemberId: cas.id });
    await t.call('members.remove', { memberId: cas.id });

    expect(await t.fail('actions.save', { caseId: randomUUID(), text: 'Bellen' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(issuePaths(await t.fail('actions.save', { caseId: made.id, text: 'Bellen', ownerMemberId: randomUUID() }))).toEqual(['ownerMemberId']);
    expect(issuePaths(await t.fail('actions.save', { caseId: made.id, text: 'Bellen', ownerMemberId: cas.id }))).toEqual(['ownerMemberId']);
    // An owner who has since left does not block editing the action.
    expect((await t.call('actions.save', { caseId: made.id, id: owned.id, text: 'Gebeld', ownerMemberId: cas.id, status: 'done' })).ownerName).toBe('Cas');

    const other = await newCase(t, 'Familie Zuid');
    const elsewhere = await t.call('sessions.create', {
      caseId: other.id,
      methodId: 'balint',
      participants: [{ guestInitials: 'AB' }, { guestInitials: 'CD' }],
      roles: { caseHolder: 0, facilitator: 1 },
    });
    expect(issuePaths(await t.fail('actions.save', { caseId: made.id, text: 'Bellen', sessionId: elsewhere.id }))).toEqual(['sessionId']);
    expect(issuePaths(await t.fail('actions.save', { caseId: made.id, text: 'Bellen', sessionId: randomUUID() }))).toEqual(['sessionId']);
    expect(await t.fail('actions.save', { caseId: other.id, id: owned.id, text: 'Verhuisd' })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.call('actions.list', {})).map((a) => a.text)).toEqual(['Gebeld']);
  });
});
