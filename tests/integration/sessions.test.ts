import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { EMPTY_CARE_RECORD } from '../../shared/domain/care-options';
import { builtInMethod } from '../../shared/domain/methods-catalog';
import { isAdviceNudgeDue, soundsBlaming, speakingCounts } from '../../shared/domain/nudges';
import { PERSPECTIVES, type MethodPhase, type Session } from '../../shared/domain/session';
import { INITIAL_TIMER, remainingMs } from '../../shared/domain/timer';
import { factorInput, issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, OTHER_PASSPHRASE, STRONG_PASSPHRASE, type TestCore } from './support/vaultFixture';

const MINUTE = 60_000;

function advance(t: TestCore, ms: number): void {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
}

/** A vault with Anna (unlocked) and Bo, and one case. */
async function team() {
  const t = await createTestCore();
  const vault = await createTestVault(t);
  const anna = vault.session.member;
  const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
  const made = await newCase(t, 'Familie Noord');
  return { t, vault, anna, bo, made };
}

/** Anna holds the case, Bo facilitates, guest JD keeps time. */
function plan(caseId: string, annaId: string, boId: string, overrides: Partial<MethodInput<'sessions.create'>> = {}): MethodInput<'sessions.create'> {
  return {
    caseId,
    methodId: 'what-and-why',
    question: 'Hoe steun ik moeder zonder het over te nemen?',
    participants: [{ memberId: annaId }, { memberId: boId }, { guestInitials: 'jd' }],
    roles: { caseHolder: 0, facilitator: 1, timekeeper: 2, scribe: null },
    ...overrides,
  };
}

function phaseOf(session: Session, key: string): MethodPhase {
  const phase = session.method.phases.find((p) => p.key === key);
  if (!phase) throw new Error(`no phase ${key}`);
  return phase;
}

function participantIds(session: Session): [string, string, string] {
  const [a, b, c] = session.participants.map((p) => p.id);
  if (!a || !b || !c) throw new Error('three participants expected');
  return [a, b, c];
}

const HYPOTHESES = {
  child: ['Het kind reageert op de spanning in huis met huilen', 'Als hij ook bij oma veel huilt'],
  parent: ['Moeder heeft zelf weinig troost gekend en twijfelt aan zichzelf', 'Als zij vertelt dat ze zich gesteund voelde als kind'],
  professional: ['Onze wisselende bezoekers maken vertrouwen lastig', 'Als ze bij een vaste verpleegkundige net zo afhoudend is'],
  chain: ['Niemand in de keten heeft naar de bevalling gevraagd', 'Als de verloskundige het al besproken heeft'],
} as const;

describe('intervision sessions', () => {
  it('runs "What and why" from plan to finish with three participants, a silent round, four perspectives, a judgment and two actions', async () => {
    const { t, vault, anna, bo, made } = await team();
    const planned = await t.call('sessions.create', plan(made.id, anna.id, bo.id));
    expect(planned.participants.map((p) => [p.memberId, p.name])).toEqual([
      [anna.id, 'Anna'],
      [bo.id, 'Bo'],
      [null, 'JD'],
    ]);
    const [annaP, boP, jdP] = participantIds(planned);
    expect(new Set([annaP, boP, jdP]).size).toBe(3);
    expect(planned).toMatchObject({ status: 'planned', timer: INITIAL_TIMER, startedAt: null, finishedAt: null, methodId: 'what-and-why' });
    expect(planned.roles).toEqual({ caseHolder: annaP, facilitator: boP, timekeeper: jdP, scribe: null });
    expect(planned.method).toEqual(builtInMethod('what-and-why'));
    expect((await t.call('cases.get', { id: made.id })).snapshots).toEqual([]);

    // Begin: the clock runs and the map is kept as it stood.
    advance(t, MINUTE);
    const begun = await t.call('sessions.control', { id: planned.id, action: 'begin' });
    const beganAt = t.clock.now.toISOString();
    expect(begun).toMatchObject({ status: 'running', startedAt: beganAt, timer: { phaseIndex: 0, runningSince: beganAt, elapsedMs: 0 } });
    expect((await t.call('cases.get', { id: made.id })).snapshots.map((s) => [s.reason, s.label, s.takenAt])).toEqual([['session', 'Wat en waarom', beganAt]]);
    expect(await t.fail('sessions.control', { id: planned.id, action: 'begin' })).toMatchObject({ code: 'CONFLICT' });

    // Case and question.
    await t.call('contributions.save', {
      sessionId: planned.id,
      phaseKey: 'case-and-question',
      kind: 'question',
      authorId: annaP,
      text: 'Hoe steun ik moeder zonder het over te nemen?',
    });

    // Silent round: hidden notes, revealed together.
    for (const [authorId, text] of [
      [annaP, 'Ik weet dat de bevalling zwaar was'],
      [boP, 'Ik wil weten wie er ’s nachts helpt'],
      [jdP, 'De huisarts heeft misschien al naar de stemming gevraagd'],
    ] as const) {
      await t.call('contributions.save', { sessionId: planned.id, phaseKey: 'silent-round', kind: 'observation', authorId, text, hidden: true });
    }
    let detail = await t.call('sessions.get', { id: planned.id });
    expect(detail.contributions.filter((c) => c.phaseKey === 'silent-round').map((c) => c.hidden)).toEqual([true, true, true]);
    expect(await t.call('contributions.reveal', { sessionId: planned.id, phaseKey: 'silent-round' })).toEqual({ revealed: 3 });
    expect(await t.call('contributions.reveal', { sessionId: planned.id, phaseKey: 'silent-round' })).toEqual({ revealed: 0 });

    // Clarifying questions: advice is kept, and marked by the nudge rule, never refused.
    const question = await t.call('contributions.save', {
      sessionId: planned.id,
      phaseKey: 'clarifying-questions',
      kind: 'clarifying-question',
      authorId: jdP,
      text: 'Hoe gaat de nacht?',
    });
    const advice = await t.call('contributions.save', {
      sessionId: planned.id,
      phaseKey: 'clarifying-questions',
      kind: 'clarifying-question',
      authorId: boP,
      text: 'Je zou haar kunnen verwijzen naar het wijkteam.',
    });
    expect(isAdviceNudgeDue(phaseOf(planned, 'clarifying-questions'), advice.text)).toBe(true);
    expect(isAdviceNudgeDue(phaseOf(planned, 'clarifying-questions'), question.text)).toBe(false);

    // The map: a factor added during the session, and a contribution about it.
    const factor = await t.call('factors.save', factorInput(made.id, { sessionId: planned.id, text: 'Krap huis, weinig rust' }));
    const aboutFactor = await t.call('contributions.save', {
      sessionId: planned.id,
      phaseKey: 'map',
      kind: 'concern',
      authorId: annaP,
      text: 'Er is nergens een rustige plek',
      factorId: factor.id,
    });
    expect(aboutFactor.factorId).toBe(factor.id);

    // Why: hypotheses from all four perspectives, each with what would change my mind.
    for (const perspective of PERSPECTIVES) {
      const [text, changeMyMind] = HYPOTHESES[perspective];
      await t.call('contributions.save', {
        sessionId: planned.id,
        phaseKey: 'why',
        kind: 'hypothesis',
        authorId: perspective === 'chain' ? null : jdP,
        text,
        perspective,
        changeMyMind,
      });
    }

    // The timer, with a moved clock.
    advance(t, 2 * MINUTE);
    expect((await t.call('sessions.control', { id: planned.id, action: 'pause' })).timer).toEqual({
      phaseIndex: 0,
      runningSince: null,
      elapsedMs: 2 * MINUTE,
      extraMinutes: 0,
    });
    advance(t, 5 * MINUTE);
    const resumed = await t.call('sessions.control', { id: planned.id, action: 'start' });
    expect(resumed.timer).toEqual({ phaseIndex: 0, runningSince: t.clock.now.toISOString(), elapsedMs: 2 * MINUTE, extraMinutes: 0 });
    advance(t, MINUTE);
    const extended = await t.call('sessions.control', { id: planned.id, action: 'addMinutes', minutes: 5 });
    expect(extended.timer.extraMinutes).toBe(5);
    expect(remainingMs(extended.timer, phaseOf(planned, 'case-and-question'), t.clock.now)).toBe((5 + 5 - 3) * MINUTE);
    const second = await t.call('sessions.control', { id: planned.id, action: 'next' });
    expect(second.timer).toEqual({ phaseIndex: 1, runningSince: t.clock.now.toISOString(), elapsedMs: 0, extraMinutes: 0 });
    advance(t, 30_000);
    expect((await t.call('sessions.control', { id: planned.id, action: 'back' })).timer).toMatchObject({ phaseIndex: 0, elapsedMs: 0 });
    for (let i = 0; i < 3; i++) await t.call('sessions.control', { id: planned.id, action: 'next' });
    const inWhy = await t.call('sessions.control', { id: planned.id, action: 'next' });
    expect(inWhy.timer.phaseIndex).toBe(4);

    // Closing the app mid-phase: the stored clock keeps counting from when it last started.
    advance(t, 3 * MINUTE);
    await t.call('vault.lock');
    advance(t, MINUTE);
    await t.call('vault.unlock', { path: vault.folder, memberId: anna.id, passphrase: STRONG_PASSPHRASE });
    const reopened = await t.call('sessions.get', { id: planned.id });
    expect(reopened.session.timer).toEqual(inWhy.timer);
    expect(reopened.session.status).toBe('running');
    expect(remainingMs(reopened.session.timer, phaseOf(planned, 'why'), t.clock.now)).toBe((15 - 4) * MINUTE);

    // Outcome: parts merge as they are typed; the judgment is recorded, never computed.
    await t.call('sessions.saveOutcome', { id: planned.id, judgment: { intensity: 'specific', forWhom: 'Moeder en baby' } });
    await t.call('sessions.saveOutcome', {
      id: planned.id,
      judgment: { context: 'Thuis, eerste maanden', reasons: 'Aanhoudende onrust zonder buffers' },
      takeAway: 'Ik vraag eerst wat zij zelf wil',
    });
    const outcome = await t.call('sessions.saveOutcome', { id: planned.id, everyVoiceHeard: 'partly', doDifferently: 'JD eerder het woord geven' });
    expect(outcome).toEqual({
      outcome: {
        judgment: { intensity: 'specific', forWhom: 'Moeder en baby', context: 'Thuis, eerste maanden', reasons: 'Aanhoudende onrust zonder buffers' },
        takeAway: 'Ik vraag eerst wat zij zelf wil',
        everyVoiceHeard: 'partly',
        doDifferently: 'JD eerder het woord geven',
        care: EMPTY_CARE_RECORD,
      },
      step2: null,
    });
    expect(issuePaths(await t.fail('sessions.saveOutcome', { id: planned.id, step2: { consulted: 'Bo' } }))).toEqual(['step2']);

    // Two action points: one for a member, one for the guest by name.
    const call = await t.call('actions.save', {
      caseId: made.id,
      sessionId: planned.id,
      text: 'Huisarts bellen over de stemming',
      ownerMemberId: anna.id,
      dueDate: '2025-03-08',
    });
    const visit = await t.call('actions.save', { caseId: made.id, sessionId: planned.id, text: 'Samen op huisbezoek', ownerName: 'JD', dueDate: '2025-03-15' });
    expect(call.ownerName).toBe('Anna');

    advance(t, MINUTE);
    const finished = await t.call('sessions.control', { id: planned.id, action: 'finish' });
    expect(finished).toMatchObject({
      status: 'finished',
      finishedAt: t.clock.now.toISOString(),
      timer: { phaseIndex: 4, runningSince: null, elapsedMs: 5 * MINUTE },
    });
    expect(await t.fail('contributions.save', { sessionId: planned.id, phaseKey: 'process', kind: 'reflection', text: 'Te laat' })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await t.fail('contributions.remove', { id: advice.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('sessions.control', { id: planned.id, action: 'next' })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('sessions.control', { id: planned.id, action: 'finish' })).toMatchObject({ code: 'CONFLICT' });
    // The evaluation is often written up afterwards.
    await t.call('sessions.saveOutcome', { id: planned.id, doDifferently: 'Stille ronde langer maken' });

    detail = await t.call('sessions.get', { id: planned.id });
    expect(detail.casePseudonym).toBe('Familie Noord');
    expect(detail.contributions.map((c) => c.phaseKey)).toEqual([
      'case-and-question',
      'silent-round',
      'silent-round',
      'silent-round',
      'clarifying-questions',
      'clarifying-questions',
      'map',
      'why',
      'why',
      'why',
      'why',
    ]);
    expect(detail.contributions.some((c) => c.hidden)).toBe(false);
    expect(detail.contributions.filter((c) => c.kind === 'hypothesis').map((c) => [c.perspective, c.changeMyMind])).toEqual(
      PERSPECTIVES.map((p) => [p, HYPOTHESES[p][1]]),
    );
    // None of these explanations judges the mother, so none gets the blame check (naming her is not blaming her).
    expect(detail.contributions.filter((c) => soundsBlaming(c.text)).map((c) => c.perspective)).toEqual([]);
    expect(detail.outcome.doDifferently).toBe('Stille ronde langer maken');
    expect(detail.actions.map((a) => a.id)).toEqual([call.id, visit.id]);
    expect(detail.factorIds).toEqual([factor.id]);
    expect(detail.step2).toBeNull();
    expect(detail.previous).toBeNull();
    expect(speakingCounts(detail.contributions, detail.session.participants).map((row) => [row.name, row.count])).toEqual([
      [null, 1],
      ['Bo', 2],
      ['Anna', 3],
      ['JD', 5],
    ]);

    const [summary] = await t.call('sessions.list', {});
    expect(summary).toEqual({
      id: planned.id,
      caseId: made.id,
      methodId: 'what-and-why',
      status: 'finished',
      // Planned without a day: the day and time it was planned (local time of the core).
      date: planned.date,
      startTime: planned.startTime,
      meetingId: null,
      startedAt: beganAt,
      finishedAt: finished.finishedAt,
      createdAt: planned.createdAt,
      casePseudonym: 'Familie Noord',
      methodName: { nl: 'Wat en waarom', en: 'What and why' },
      question: 'Hoe steun ik moeder zonder het over te nemen?',
      contributionCount: 11,
    });

    // Reopening lets the team add what they forgot; the clock waits until started again.
    const again = await t.call('sessions.control', { id: planned.id, action: 'reopen' });
    expect(again).toMatchObject({ status: 'running', finishedAt: null, startedAt: beganAt, timer: { runningSince: null } });
  });

  it('the next session on the case offers the previous hypotheses and action points for review', async () => {
    const { t, anna, bo, made } = await team();
    const first = await t.call('sessions.create', plan(made.id, anna.id, bo.id));
    await t.call('sessions.control', { id: first.id, action: 'begin' });
    for (const perspective of PERSPECTIVES) {
      const [text, changeMyMind] = HYPOTHESES[perspective];
      await t.call('contributions.save', { sessionId: first.id, phaseKey: 'why', kind: 'hypothesis', text, perspective, changeMyMind });
    }
    await t.call('contributions.save', { sessionId: first.id, phaseKey: 'options', kind: 'idea', text: 'Vaste verpleegkundige' });
    const action = await t.call('actions.save', { caseId: made.id, sessionId: first.id, text: 'Huisarts bellen', ownerMemberId: bo.id });
    advance(t, 70 * MINUTE);
    await t.call('sessions.control', { id: first.id, action: 'finish' });

    // A session still planned or running is not reviewed, and neither is one on another case.
    const other = await newCase(t, 'Familie Zuid');
    const elsewhere = await t.call('sessions.create', plan(other.id, anna.id, bo.id));
    expect((await t.call('sessions.get', { id: elsewhere.id })).previous).toBeNull();

    advance(t, 14 * 24 * 60 * MINUTE);
    await t.call('actions.save', { caseId: made.id, id: action.id, text: 'Huisarts bellen', ownerMemberId: bo.id, status: 'done' });
    const second = await t.call('sessions.create', plan(made.id, anna.id, bo.id, { question: 'Wat is er sinds de vorige keer veranderd?' }));
    const review = (await t.call('sessions.get', { id: second.id })).previous;
    expect(review?.sessionId).toBe(first.id);
    expect(review?.question).toBe(first.question);
    expect(review?.hypotheses.map((h) => [h.perspective, h.text, h.changeMyMind])).toEqual(PERSPECTIVES.map((p) => [p, HYPOTHESES[p][0], HYPOTHESES[p][1]]));
    expect(review?.actions.map((a) => [a.id, a.status])).toEqual([[action.id, 'done']]);
    expect((await t.call('sessions.get', { id: first.id })).previous).toBeNull();

    // Once the second begins and finishes, a third reviews the second, not the first.
    await t.call('sessions.control', { id: second.id, action: 'begin' });
    advance(t, MINUTE);
    await t.call('sessions.control', { id: second.id, action: 'finish' });
    const third = await t.call('sessions.create', plan(made.id, anna.id, bo.id));
    expect((await t.call('sessions.get', { id: third.id })).previous).toMatchObject({ sessionId: second.id, hypotheses: [], actions: [] });
    expect((await t.call('sessions.get', { id: second.id })).previous?.sessionId).toBe(first.id);

    expect((await t.call('sessions.list', { caseId: made.id })).map((s) => s.id)).toEqual([third.id, second.id, first.id]);
    expect((await t.call('sessions.list', { status: 'finished' })).map((s) => s.id)).toEqual([second.id, first.id]);
    expect((await t.call('sessions.list', { status: 'planned' })).map((s) => s.id)).toEqual([third.id, elsewhere.id]);
  });

  it('a team copies, edits and removes its own methods; shipped methods cannot be changed', async () => {
    const { t, anna, bo, made } = await team();
    const shipped = await t.call('methods.list');
    expect(shipped.map((m) => m.id)).toEqual(['what-and-why', 'incident', 'consultancy', 'collegial-consultation', 'balint', 'reporting-code']);
    const original = builtInMethod('what-and-why');
    if (!original) throw new Error('no default method');

    const phases = original.phases.filter((p) => p.key !== 'map').map((p) => (p.key === 'why' ? { ...p, minutes: 20 } : p));
    const copy = await t.call('methods.save', {
      copiedFrom: 'what-and-why',
      name: { nl: 'Wat en waarom (kort)', en: '' },
      description: original.description,
      phases,
    });
    expect(copy).toMatchObject({ builtIn: false, copiedFrom: 'what-and-why', updatedAt: t.clock.now.toISOString() });
    expect(copy.phases.map((p) => p.key)).not.toContain('map');
    expect((await t.call('methods.list')).map((m) => m.id)).toEqual([...shipped.map((m) => m.id), copy.id]);

    const session = await t.call('sessions.create', plan(made.id, anna.id, bo.id, { methodId: copy.id }));
    expect(session.method).toEqual(copy);

    advance(t, MINUTE);
    const edited = await t.call('methods.save', {
      id: copy.id,
      name: { nl: 'Onze variant', en: 'Our variant' },
      description: copy.description,
      phases: phases.slice(0, 3),
    });
    expect(edited).toMatchObject({ id: copy.id, copiedFrom: 'what-and-why', name: { nl: 'Onze variant' } });
    expect(edited.phases).toHaveLength(3);
    // An unknown id creates the method with that id (undo of a removal).
    const ownId = randomUUID();
    const own = await t.call('methods.save', { id: ownId, name: { nl: 'Eigen', en: 'Own' }, description: { nl: '', en: '' }, phases: phases.slice(0, 1) });
    expect(own).toMatchObject({ id: ownId, copiedFrom: null });

    await t.call('methods.remove', { id: copy.id });
    expect((await t.call('methods.list')).map((m) => m.id)).toEqual([...shipped.map((m) => m.id), ownId]);
    // The session keeps the method as it was planned with.
    expect((await t.call('sessions.get', { id: session.id })).session.method).toEqual(copy);
    expect(await t.fail('methods.remove', { id: copy.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, bo.id, { methodId: copy.id })))).toEqual(['methodId']);

    expect(issuePaths(await t.fail('methods.remove', { id: 'balint' }))).toEqual(['id']);
    expect(issuePaths(await t.fail('methods.save', { id: 'what-and-why', name: original.name, description: original.description, phases }))).toEqual(['id']);
    expect(
      issuePaths(await t.fail('methods.save', { name: { nl: 'Dubbel', en: '' }, description: original.description, phases: [phases[0], phases[0]] })),
    ).toEqual(['phases.1.key']);
    expect(issuePaths(await t.fail('methods.save', { copiedFrom: 'fishbowl', name: { nl: 'X', en: '' }, description: original.description, phases }))).toEqual([
      'copiedFrom',
    ]);
    expect(issuePaths(await t.fail('methods.save', { name: { nl: ' ', en: '' }, description: original.description, phases }))).toEqual(['name']);
    expect((await t.call('methods.list')).filter((m) => m.builtIn)).toEqual(shipped);

    await t.call('vault.lock');
    expect(await t.fail('methods.list')).toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('refuses what does not fit and names the field', async () => {
    const { t, anna, bo, made } = await team();
    const cas = await t.call('members.add', { displayName: 'Cas', passphrase: 'zeilboot kompas regenjas dertien' });
    await t.call('members.remove', { memberId: cas.id });

    expect(await t.fail('sessions.create', plan(randomUUID(), anna.id, bo.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, bo.id, { methodId: 'fishbowl' })))).toEqual(['methodId']);
    expect(issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, cas.id)))).toEqual(['participants.1.memberId']);
    expect(issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, randomUUID())))).toEqual(['participants.1.memberId']);
    expect(issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, anna.id)))).toEqual(['participants.1.memberId']);
    expect(
      issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, bo.id, { roles: { caseHolder: 0, facilitator: 3, timekeeper: null, scribe: null } }))),
    ).toEqual(['roles.facilitator']);
    expect(
      issuePaths(await t.fail('sessions.create', plan(made.id, anna.id, bo.id, { roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: 9 } }))),
    ).toEqual(['roles.scribe']);
    expect(await t.call('sessions.list', {})).toEqual([]);

    const session = await t.call('sessions.create', plan(made.id, anna.id, bo.id));
    const [annaP, boP, jdP] = participantIds(session);
    const other = await newCase(t, 'Familie Zuid');
    const foreignFactor = await t.call('factors.save', factorInput(other.id));
    const ownFactor = await t.call('factors.save', factorInput(made.id));
    const base = { sessionId: session.id, phaseKey: 'why', kind: 'hypothesis' as const, text: 'Het kind voelt de onrust' };
    // Contributions can be entered while the session is still planned (preparation).
    await t.call('contributions.save', { ...base, factorId: ownFactor.id, authorId: annaP });
    expect(issuePaths(await t.fail('contributions.save', { ...base, phaseKey: 'brainstorm' }))).toEqual(['phaseKey']);
    expect(issuePaths(await t.fail('contributions.save', { ...base, authorId: randomUUID() }))).toEqual(['authorId']);
    const refused = await t.fail('contributions.save', { ...base, factorId: foreignFactor.id });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(issuePaths(refused)).toEqual(['factorId']);
    expect(issuePaths(await t.fail('contributions.save', { ...base, factorId: randomUUID() }))).toEqual(['factorId']);
    expect(await t.fail('contributions.save', { ...base, sessionId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('contributions.remove', { id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(issuePaths(await t.fail('contributions.reveal', { sessionId: session.id, phaseKey: 'brainstorm' }))).toEqual(['phaseKey']);
    expect(await t.fail('sessions.get', { id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('sessions.control', { id: session.id, action: 'start' })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('sessions.control', { id: session.id, action: 'reopen' })).toMatchObject({ code: 'CONFLICT' });
    expect(await t.fail('sessions.control', { id: session.id, action: 'finish' })).toMatchObject({ code: 'CONFLICT' });

    // A contribution id of another session is not this session's to overwrite.
    const elsewhere = await t.call('sessions.create', plan(other.id, anna.id, bo.id));
    const theirs = await t.call('contributions.save', { ...base, sessionId: elsewhere.id });
    expect(await t.fail('contributions.save', { ...base, id: theirs.id })).toMatchObject({ code: 'NOT_FOUND' });

    // Removing a factor leaves the contribution, no longer linked.
    await t.call('factors.remove', { id: ownFactor.id });
    expect((await t.call('sessions.get', { id: session.id })).contributions.map((c) => c.factorId)).toEqual([null]);

    // Participants who stay keep their ids; a role whose participant leaves must be given again.
    const bySelf = await t.call('contributions.save', { ...base, authorId: jdP, text: 'Van JD' });
    const reordered = await t.call('sessions.update', {
      id: session.id,
      participants: [{ guestInitials: 'JD' }, { memberId: anna.id }, { memberId: bo.id }, { guestInitials: 'kl' }],
      question: 'Nieuwe vraag',
    });
    expect(reordered.participants.map((p) => [p.id, p.name])).toEqual([
      [jdP, 'JD'],
      [annaP, 'Anna'],
      [boP, 'Bo'],
      [expect.any(String), 'KL'],
    ]);
    expect(reordered.roles).toEqual(session.roles);
    expect(reordered.question).toBe('Nieuwe vraag');
    expect(issuePaths(await t.fail('sessions.update', { id: session.id, participants: [{ memberId: anna.id }, { guestInitials: 'JD' }] }))).toEqual([
      'roles.facilitator',
    ]);
    const smaller = await t.call('sessions.update', {
      id: session.id,
      participants: [{ memberId: anna.id }, { memberId: bo.id }],
      roles: { caseHolder: 1, facilitator: 0 },
    });
    expect(smaller.roles).toEqual({ caseHolder: boP, facilitator: annaP, timekeeper: null, scribe: null });
    // JD left: their words stay with their id, and can still be edited.
    const kept = await t.call('contributions.save', { ...base, id: bySelf.id, authorId: jdP, text: 'Van JD, aangevuld' });
    expect(kept.authorId).toBe(jdP);
    expect(issuePaths(await t.fail('contributions.save', { ...base, authorId: jdP }))).toEqual(['authorId']);
    expect(issuePaths(await t.fail('sessions.update', { id: session.id, roles: { caseHolder: 0, facilitator: 2 } }))).toEqual(['roles.facilitator']);
  });

  it('the reporting-code consultation keeps a step-2 record to copy into the file', async () => {
    const { t, anna, bo, made } = await team();
    const session = await t.call('sessions.create', plan(made.id, anna.id, bo.id, { methodId: 'reporting-code' }));
    const empty = { consulted: '', consultedRole: '', date: null, signals: '', outcome: '', veiligThuisConsulted: null };
    expect((await t.call('sessions.get', { id: session.id })).step2).toEqual(empty);
    await t.call('sessions.saveOutcome', { id: session.id, step2: { consulted: 'Bo', consultedRole: 'aandachtsfunctionaris', date: '2025-03-01' } });
    const saved = await t.call('sessions.saveOutcome', {
      id: session.id,
      step2: { signals: 'Blauwe plekken op de bovenarm', veiligThuisConsulted: true },
      takeAway: 'Vandaag nog Veilig Thuis bellen',
    });
    const record = {
      consulted: 'Bo',
      consultedRole: 'aandachtsfunctionaris',
      date: '2025-03-01',
      signals: 'Blauwe plekken op de bovenarm',
      outcome: '',
      veiligThuisConsulted: true,
    };
    expect(saved.step2).toEqual(record);
    expect(saved.outcome.takeAway).toBe('Vandaag nog Veilig Thuis bellen');
    await t.call('sessions.saveOutcome', { id: session.id, step2: { veiligThuisConsulted: false } });
    expect((await t.call('sessions.get', { id: session.id })).step2).toEqual({ ...record, veiligThuisConsulted: false });
  });

  it('deleting a session keeps its action points on the case; deleting the case removes sessions and actions', async () => {
    const { t, anna, bo, made } = await team();
    const session = await t.call('sessions.create', plan(made.id, anna.id, bo.id));
    await t.call('sessions.control', { id: session.id, action: 'begin' });
    await t.call('contributions.save', { sessionId: session.id, phaseKey: 'why', kind: 'hypothesis', text: 'Te weinig slaap' });
    await t.call('sessions.saveOutcome', { id: session.id, takeAway: 'Meer rust' });
    const factor = await t.call('factors.save', factorInput(made.id, { sessionId: session.id }));
    const action = await t.call('actions.save', { caseId: made.id, sessionId: session.id, text: 'Kraamzorg verlengen' });

    await t.call('sessions.delete', { id: session.id });
    expect(await t.fail('sessions.get', { id: session.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('sessions.delete', { id: session.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.call('actions.list', { caseId: made.id })).map((a) => [a.id, a.sessionId])).toEqual([[action.id, null]]);
    expect((await t.call('cases.get', { id: made.id })).factors.map((f) => [f.id, f.sessionId])).toEqual([[factor.id, null]]);

    const next = await t.call('sessions.create', plan(made.id, anna.id, bo.id));
    await t.call('contributions.save', { sessionId: next.id, phaseKey: 'why', kind: 'hypothesis', text: 'Te weinig slaap' });
    await t.call('actions.save', { caseId: made.id, sessionId: next.id, text: 'Opnieuw bespreken' });
    const other = await newCase(t, 'Familie Zuid');
    const kept = await t.call('sessions.create', plan(other.id, anna.id, bo.id));
    const keptAction = await t.call('actions.save', { caseId: other.id, text: 'Blijft staan' });

    await t.call('cases.delete', { id: made.id, confirmPseudonym: 'Familie Noord' });
    expect((await t.call('sessions.list', {})).map((s) => s.id)).toEqual([kept.id]);
    expect((await t.call('actions.list', {})).map((a) => a.id)).toEqual([keptAction.id]);
    expect(await t.fail('sessions.get', { id: next.id })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
