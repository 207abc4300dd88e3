import { describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { factorInput, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, OTHER_PASSPHRASE, type TestCore, type TestCoreOverrides } from './support/vaultFixture';

/** A vault with Anna and Bo, a case, and a "What and why" session planned with them and guest JD. */
async function planned(overrides: TestCoreOverrides = {}) {
  const t = await createTestCore(overrides);
  const vault = await createTestVault(t);
  const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
  const made = await newCase(t, 'Familie Noord');
  const input: MethodInput<'sessions.create'> = {
    caseId: made.id,
    methodId: 'what-and-why',
    question: 'Hoe steun ik moeder?',
    participants: [{ memberId: vault.session.member.id }, { memberId: bo.id }, { guestInitials: 'jd' }],
    roles: { caseHolder: 0, facilitator: 1, timekeeper: 2, scribe: null },
  };
  const session = await t.call('sessions.create', input);
  return { t, made, session };
}

const changes = (t: TestCore) => t.events.filter((e) => e.event === 'sessions.changed');

/** The events a call made, and nothing before it. */
async function eventsOf(t: TestCore, work: () => Promise<unknown>) {
  const before = t.events.length;
  await work();
  return t.events.slice(before);
}

describe('the beamer follows the session through sessions.changed', () => {
  it('a session write emits exactly one sessions.changed for that session, after it committed', async () => {
    const { t, session } = await planned();
    expect(changes(t)).toEqual([{ event: 'sessions.changed', payload: { sessionId: session.id } }]);
    const begun = await eventsOf(t, () => t.call('sessions.control', { id: session.id, action: 'begin' }));
    expect(begun).toEqual([{ event: 'sessions.changed', payload: { sessionId: session.id } }]);
    let saved: { id: string } | null = null;
    const added = await eventsOf(t, async () => {
      saved = await t.call('contributions.save', { sessionId: session.id, phaseKey: 'silent-round', kind: 'question', text: 'Wie kent de oma?', hidden: true });
    });
    expect(added).toEqual([{ event: 'sessions.changed', payload: { sessionId: session.id } }]);
    const removed = await eventsOf(t, () => t.call('contributions.remove', { id: saved!.id }));
    expect(removed).toEqual([{ event: 'sessions.changed', payload: { sessionId: session.id } }]);
    // A write that fails changes nothing and tells nobody.
    const refused = await eventsOf(t, () => t.fail('contributions.save', { sessionId: session.id, phaseKey: 'no-such-phase', kind: 'question', text: 'x' }));
    expect(refused).toEqual([]);
    // Reading the presentation is no change.
    expect(await eventsOf(t, () => t.call('sessions.presentation', { id: session.id }))).toEqual([]);
  });

  it('a change to the map of a case with a running session tells that session; without one, nobody', async () => {
    const { t, made, session } = await planned();
    const quiet = await eventsOf(t, () => t.call('factors.save', factorInput(made.id)));
    expect(quiet.filter((e) => e.event === 'sessions.changed')).toEqual([]);
    await t.call('sessions.control', { id: session.id, action: 'begin' });
    let factorId = '';
    const mapped = await eventsOf(t, async () => {
      factorId = (await t.call('factors.save', factorInput(made.id, { sessionId: session.id }))).id;
    });
    expect(mapped).toEqual([{ event: 'sessions.changed', payload: { sessionId: session.id } }]);
    const gone = await eventsOf(t, () => t.call('factors.remove', { id: factorId }));
    expect(gone).toEqual([{ event: 'sessions.changed', payload: { sessionId: session.id } }]);
  });
});

describe('sessions.presentation: only what the shared screen may show', () => {
  it('during the silent round only counts per person, never a word of the notes; after the reveal the texts, without authors', async () => {
    const { t, session } = await planned();
    await t.call('sessions.control', { id: session.id, action: 'begin' });
    const [anna, bo, jd] = session.participants.map((p) => p.id);
    const note = (authorId: string | null, text: string) =>
      t.call('contributions.save', { sessionId: session.id, phaseKey: 'silent-round', kind: 'question', authorId, text, hidden: true });
    await note(bo!, 'Geheim een');
    await note(anna!, 'Geheim twee');
    await note(bo!, 'Geheim drie');
    await note(null, 'Geheim vier');
    await t.call('contributions.save', { sessionId: session.id, phaseKey: 'case-and-question', kind: 'question', authorId: jd, text: 'Open vraag' });

    const during = await t.call('sessions.presentation', { id: session.id });
    expect(JSON.stringify(during)).not.toMatch(/Geheim/);
    expect(during.hiddenCounts).toEqual([
      { phaseKey: 'silent-round', participantId: anna, name: 'Anna', count: 1 },
      { phaseKey: 'silent-round', participantId: bo, name: 'Bo', count: 2 },
      { phaseKey: 'silent-round', participantId: null, name: null, count: 1 },
    ]);
    expect(during.contributions).toEqual([expect.objectContaining({ text: 'Open vraag', phaseKey: 'case-and-question' })]);
    expect(during.contributions[0]).not.toHaveProperty('authorId');
    expect(during.casePseudonym).toBe('Familie Noord');
    expect(during.session).toMatchObject({ id: session.id, status: 'running', question: 'Hoe steun ik moeder?' });

    await t.call('contributions.reveal', { sessionId: session.id, phaseKey: 'silent-round' });
    const after = await t.call('sessions.presentation', { id: session.id });
    expect(after.hiddenCounts).toEqual([]);
    expect(after.contributions.map((c) => c.text)).toEqual(['Geheim een', 'Geheim twee', 'Geheim drie', 'Geheim vier', 'Open vraag']);
  });
});

describe('app.openPresenter and app.closePresenter', () => {
  it('ask the host to open and close the session’s window, once the core checked the session', async () => {
    const presenter = { open: vi.fn(async () => undefined), close: vi.fn(async () => true) };
    const { t, session } = await planned({ presenter });
    expect(await t.call('app.openPresenter', { sessionId: session.id })).toEqual({ open: true });
    expect(presenter.open).toHaveBeenCalledWith(session.id);
    expect(await t.call('app.closePresenter', { sessionId: session.id })).toEqual({ closed: true });
    expect(presenter.close).toHaveBeenCalledWith(session.id);
    expect((await t.fail('app.openPresenter', { sessionId: '6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01' })).code).toBe('NOT_FOUND');
    await t.call('vault.lock');
    expect((await t.fail('app.openPresenter', { sessionId: session.id })).code).toBe('VAULT_LOCKED');
    expect(presenter.open).toHaveBeenCalledOnce();
  });

  it('without windows (the CLI) opening says so and closing finds nothing', async () => {
    const { t, session } = await planned();
    expect(await t.fail('app.openPresenter', { sessionId: session.id })).toMatchObject({ code: 'INTERNAL', details: { reason: 'presenter-unavailable' } });
    expect(await t.call('app.closePresenter', { sessionId: session.id })).toEqual({ closed: false });
  });
});
