import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forFollowUp } from '../../shared/domain/hypotheses';
import { openVaultDatabase } from '../../electron/core/db/database';
import { factorInput, issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, STRONG_PASSPHRASE, unwrapTestKey, type TestCore } from './support/vaultFixture';

const TEAM = 'zeven blauwe reigers boven de polder';

/** A case with a "?" factor, an observation, and a finished session with one hypothesis (and a hidden one, and a question). */
async function caseWithHypotheses(t: TestCore, memberId: string) {
  const made = await newCase(t, 'Familie Linde', { phase: 'pregnancy', pregnancyWeek: 24, contextNote: 'Eerste kind, net verhuisd' });
  t.clock.now = new Date('2026-11-02T09:00:00.000Z');
  const guess = await t.call('factors.save', factorInput(made.id, { kind: 'hypothesis', voice: 'parent', text: 'Moeder is bang het fout te doen' }));
  await t.call('factors.save', factorInput(made.id, { text: 'Woont met vier in een kamer' }));
  t.clock.now = new Date('2026-11-10T13:00:00.000Z');
  const session = await t.call('sessions.create', {
    caseId: made.id,
    methodId: 'what-and-why',
    question: 'Hoe steun ik moeder zonder over te nemen?',
    participants: [{ memberId }, { guestInitials: 'jd' }],
    roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: null },
  });
  await t.call('sessions.control', { id: session.id, action: 'begin' });
  const said = await t.call('contributions.save', {
    sessionId: session.id,
    phaseKey: 'why',
    kind: 'hypothesis',
    text: 'Het kind reageert op de spanning in huis',
    perspective: 'child',
    changeMyMind: 'Als hij bij oma net zo veel huilt',
  });
  await t.call('contributions.save', { sessionId: session.id, phaseKey: 'silent-round', kind: 'hypothesis', text: 'Nog verborgen', hidden: true });
  await t.call('contributions.save', { sessionId: session.id, phaseKey: 'why', kind: 'question', text: 'Wie steunt moeder?' });
  await t.call('actions.save', { caseId: made.id, sessionId: session.id, text: 'Huisbezoek plannen', ownerName: 'Anna', dueDate: '2026-12-15' });
  await t.call('actions.save', { caseId: made.id, sessionId: session.id, text: 'Al gedaan', status: 'done' });
  await t.call('sessions.control', { id: session.id, action: 'finish' });
  return { made, guess, said, session };
}

describe('the hypothesis register', () => {
  it('merges the map’s "?" factors and the sessions’ hypotheses, keeps a status history, and walks the open ones at the next follow-up', async () => {
    const t = await createTestCore();
    const vault = await createTestVault(t);
    const anna = vault.session.member;
    const { made, guess, said, session } = await caseWithHypotheses(t, anna.id);

    const register = await t.call('hypotheses.list', { caseId: made.id });
    expect(register.map((h) => [h.sourceKind, h.sourceId, h.text, h.perspective, h.changeMyMind, h.status])).toEqual([
      ['factor', guess.id, 'Moeder is bang het fout te doen', 'parent', '', 'open'],
      ['contribution', said.id, 'Het kind reageert op de spanning in huis', 'child', 'Als hij bij oma net zo veel huilt', 'open'],
    ]);
    expect(register[1]!.sessionId).toBe(session.id);

    // A "?" factor gets its "what would change my mind?" in the register; only a "?" factor of this case.
    await t.call('hypotheses.saveChangeMyMind', { caseId: made.id, factorId: guess.id, changeMyMind: 'Als ze vertelt dat ze zich zeker voelt' });
    await t.call('hypotheses.saveChangeMyMind', { caseId: made.id, factorId: guess.id, changeMyMind: 'Als ze zegt dat ze zich zeker voelt' });
    expect((await t.call('hypotheses.list', { caseId: made.id }))[0]!.changeMyMind).toBe('Als ze zegt dat ze zich zeker voelt');
    const seen = (await t.call('cases.get', { id: made.id })).factors.find((f) => f.kind === 'observation')!;
    expect(issuePaths(await t.fail('hypotheses.saveChangeMyMind', { caseId: made.id, factorId: seen.id, changeMyMind: 'x' }))).toEqual(['factorId']);
    expect(issuePaths(await t.fail('hypotheses.saveChangeMyMind', { caseId: made.id, factorId: said.id, changeMyMind: 'x' }))).toEqual(['factorId']);

    // The next session: its follow-up walks both, sets one supported with a note and the day.
    t.clock.now = new Date('2026-12-08T13:00:00.000Z');
    const next = await t.call('sessions.create', {
      caseId: made.id,
      methodId: 'what-and-why',
      question: 'Wat is er veranderd?',
      participants: [{ memberId: anna.id }],
      roles: { caseHolder: 0, facilitator: 0, timekeeper: null, scribe: null },
    });
    expect(forFollowUp(register, next.id).map((h) => h.sourceId)).toEqual([guess.id, said.id]);
    const review = await t.call('hypotheses.review', {
      caseId: made.id,
      sourceKind: 'contribution',
      sourceId: said.id,
      status: 'supported',
      note: ' Bij oma huilt hij veel minder ',
      day: '2026-12-08',
      sessionId: next.id,
    });
    expect(review).toMatchObject({
      status: 'supported',
      note: 'Bij oma huilt hij veel minder',
      day: '2026-12-08',
      sessionId: next.id,
      memberId: anna.id,
      memberName: 'Anna',
    });
    t.clock.now = new Date('2026-12-08T13:05:00.000Z');
    await t.call('hypotheses.review', {
      caseId: made.id,
      sourceKind: 'factor',
      sourceId: guess.id,
      status: 'weakened',
      note: '',
      day: '2026-12-08',
      sessionId: next.id,
    });
    t.clock.now = new Date('2026-12-08T13:06:00.000Z');
    await t.call('hypotheses.review', {
      caseId: made.id,
      sourceKind: 'factor',
      sourceId: guess.id,
      status: 'dropped',
      note: 'Ze zegt het zelf anders',
      day: '2026-12-08',
      sessionId: null,
    });

    const after = await t.call('hypotheses.list', { caseId: made.id });
    expect(after.map((h) => [h.status, h.history.map((r) => r.status)])).toEqual([
      ['dropped', ['weakened', 'dropped']],
      ['supported', ['supported']],
    ]);
    // What this session set stays in its walk; a status set elsewhere leaves it.
    expect(forFollowUp(after, next.id).map((h) => h.sourceId)).toEqual([said.id]);

    // Bad input: an unknown source, a source of another case, a session of another case, a bad day.
    const other = await newCase(t, 'Familie Anders');
    const base = { caseId: made.id, sourceKind: 'factor' as const, sourceId: guess.id, status: 'open' as const, note: '', day: '2026-12-08' };
    expect(issuePaths(await t.fail('hypotheses.review', { ...base, sourceId: session.id }))).toEqual(['sourceId']);
    expect(issuePaths(await t.fail('hypotheses.review', { ...base, caseId: other.id }))).toEqual(['sourceId']);
    const otherSession = await t.call('sessions.create', {
      caseId: other.id,
      methodId: 'what-and-why',
      question: '',
      participants: [{ memberId: anna.id }],
      roles: { caseHolder: 0, facilitator: 0, timekeeper: null, scribe: null },
    });
    expect(issuePaths(await t.fail('hypotheses.review', { ...base, sessionId: otherSession.id }))).toEqual(['sessionId']);
    expect((await t.fail('hypotheses.review', { ...base, day: '8 december' })).code).toBe('INVALID_INPUT');
    expect((await t.fail('hypotheses.review', { ...base, status: 'proven' as never })).code).toBe('INVALID_INPUT');
    expect((await t.fail('hypotheses.list', { caseId: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await t.call('hypotheses.list', { caseId: made.id })).flatMap((h) => h.history)).toHaveLength(3);
    // Each status change is audited, by ids and status only.
    const audited = (await t.call('audit.list', { limit: 50, action: 'hypothesis.reviewed' })).entries;
    expect(audited.map((e) => e.detail)).toEqual([
      { caseId: made.id, sourceKind: 'factor', sourceId: guess.id, status: 'dropped' },
      { caseId: made.id, sourceKind: 'factor', sourceId: guess.id, status: 'weakened' },
      { caseId: made.id, sourceKind: 'contribution', sourceId: said.id, status: 'supported' },
    ]);
    expect(audited.every((e) => e.actor?.id === anna.id)).toBe(true);
    expect(JSON.stringify(audited)).not.toContain('spanning');
  });

  it('gives the case sheet its question, what was tried, the open actions and the register', async () => {
    const t = await createTestCore();
    const vault = await createTestVault(t);
    const { made } = await caseWithHypotheses(t, vault.session.member.id);
    const prep = await t.call('journal.create', { caseId: made.id, template: 'intervision-prep' });
    await t.call('journal.update', {
      id: prep.id,
      sections: prep.sections.map((s) => (s.key === 'already-tried' ? { ...s, text: 'Vaste verpleegkundige, extra consult' } : s)),
    });
    const sheet = await t.call('hypotheses.caseSheet', { caseId: made.id });
    // The week moves with the due week (0012): the sheet says what the case page says on the same day.
    const onThePage = await t.call('cases.get', { id: made.id });
    expect(onThePage.case.dueWeek).not.toBeNull();
    expect(sheet.case).toMatchObject({
      pseudonym: 'Familie Linde',
      dueWeek: onThePage.case.dueWeek,
      phase: onThePage.case.phase,
      pregnancyWeek: onThePage.case.pregnancyWeek,
      contextNote: 'Eerste kind, net verhuisd',
    });
    expect(sheet.question).toBe('Hoe steun ik moeder zonder over te nemen?');
    expect(sheet.alreadyTried).toBe('Vaste verpleegkundige, extra consult');
    expect(sheet.factors).toHaveLength(2);
    expect(sheet.actions.map((a) => a.text)).toEqual(['Huisbezoek plannen']);
    expect(sheet.hypotheses).toHaveLength(2);
  });

  it('keeps a note when the session it was set at is removed, and lets a case with such notes be deleted or erased', async () => {
    const t = await createTestCore();
    const vault = await createTestVault(t);
    const anna = vault.session.member;
    const setAt = async (caseId: string, sourceKind: 'factor' | 'contribution', sourceId: string) => {
      const next = await t.call('sessions.create', {
        caseId,
        methodId: 'what-and-why',
        question: 'Wat is er veranderd?',
        participants: [{ memberId: anna.id }],
        roles: { caseHolder: 0, facilitator: 0, timekeeper: null, scribe: null },
      });
      await t.call('hypotheses.review', {
        caseId,
        sourceKind,
        sourceId,
        status: 'supported',
        note: 'Afspraken met oma helpen',
        day: '2026-12-08',
        sessionId: next.id,
      });
      return next;
    };
    const notes = async () => (await t.call('search.query', { query: 'afspraak', kinds: ['hypothesis'] })).results;

    // Removing the follow-up session keeps the note, with its session cleared, in the register and in search.
    const kept = await caseWithHypotheses(t, anna.id);
    const next = await setAt(kept.made.id, 'contribution', kept.said.id);
    expect((await notes()).map((r) => r.sessionId)).toEqual([next.id]);
    await t.call('sessions.delete', { id: next.id });
    const history = (await t.call('hypotheses.list', { caseId: kept.made.id }))[1]!.history;
    expect(history.map((r) => [r.status, r.note, r.sessionId])).toEqual([['supported', 'Afspraken met oma helpen', null]]);
    expect((await notes()).map((r) => [r.caseId, r.sessionId])).toEqual([[kept.made.id, null]]);
    // The session the hypothesis was said in can go too: the contribution goes, and its note leaves search.
    await t.call('sessions.delete', { id: kept.session.id });
    expect(await notes()).toEqual([]);

    // A case whose register has notes set at its sessions is deleted, and erased, with all of it.
    const deleted = await newCase(t, 'Familie Weg');
    const factor = await t.call('factors.save', factorInput(deleted.id, { kind: 'hypothesis', text: 'Vader voelt zich buitengesloten' }));
    await setAt(deleted.id, 'factor', factor.id);
    await t.call('cases.delete', { id: deleted.id, confirmPseudonym: 'Familie Weg' });
    const erased = await caseWithHypotheses(t, anna.id);
    await setAt(erased.made.id, 'factor', erased.guess.id);
    await t.call('cases.erase', { id: erased.made.id, confirmPseudonym: 'Familie Linde' });
    expect(await notes()).toEqual([]);

    // Every other change of a note is still refused: the history is append-only.
    const key = await unwrapTestKey(vault.folder, anna.id, STRONG_PASSPHRASE);
    await t.call('vault.lock');
    const db = openVaultDatabase(join(vault.folder, 'vault.db'), key);
    try {
      expect(db.prepare('SELECT count(*) FROM hypothesis_reviews').pluck().get()).toBe(1);
      for (const change of [`note = 'anders'`, `status = 'dropped'`, `session_id = NULL, note = 'anders'`, `session_id = 'elders'`, `day = '2026-12-09'`]) {
        expect(() => db.prepare(`UPDATE hypothesis_reviews SET ${change}`).run(), change).toThrow(/append-only/);
      }
    } finally {
      db.close();
    }
  });

  it('travels in an exchange file with its history, and goes with the case when it is erased', async () => {
    const a = await createTestCore();
    const va = await createTestVault(a, 'vault-a', 'Anna');
    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    const { made, said, guess } = await caseWithHypotheses(a, va.session.member.id);
    await a.call('hypotheses.review', {
      caseId: made.id,
      sourceKind: 'contribution',
      sourceId: said.id,
      status: 'supported',
      note: 'Klopt',
      day: '2026-12-08',
    });
    await a.call('hypotheses.saveChangeMyMind', { caseId: made.id, factorId: guess.id, changeMyMind: 'Als ze zich zeker voelt' });

    const file = join(a.root, 'linde.dyade');
    const exported = await a.call('exchange.export', { caseIds: [made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    expect(exported.manifest.cases[0]!.counts).toMatchObject({ 'hypothesis-review': 1, 'hypothesis-detail': 1 });
    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    const inB = await b.call('hypotheses.list', { caseId: made.id });
    const inA = await a.call('hypotheses.list', { caseId: made.id });
    // The member who set it is not known in B: the reference is cleared, the rest is the same.
    const anonymous = (items: typeof inA) => items.map((h) => ({ ...h, history: h.history.map((r) => ({ ...r, memberId: null, memberName: null })) }));
    expect(anonymous(inB)).toEqual(anonymous(inA));
    expect(inB[1]!.history[0]).toMatchObject({ status: 'supported', note: 'Klopt', memberId: null });
    expect(inB[0]!.changeMyMind).toBe('Als ze zich zeker voelt');
    // Importing again adds nothing.
    const again = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(again.cases.every((c) => c.added === 0 && c.conflicts === 0)).toBe(true);

    // Erasure takes the history along.
    await a.call('cases.erase', { id: made.id, confirmPseudonym: 'Familie Linde' });
    const key = await unwrapTestKey(va.folder, va.session.member.id, STRONG_PASSPHRASE);
    await a.call('vault.lock');
    const db = openVaultDatabase(join(va.folder, 'vault.db'), key);
    try {
      expect(db.prepare('SELECT count(*) FROM hypothesis_reviews').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM hypothesis_details').pluck().get()).toBe(0);
      // The history is append-only: a status is changed by a new row, never by an edit.
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'hypothesis_reviews_no_update'`).pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
