import { describe, expect, it } from 'vitest';
import { contract, type MethodName, type Result } from '../../shared/contract';
import { TEXT_LIMIT } from '../../shared/domain/case';
import { builtInMethod } from '../../shared/domain/methods-catalog';
import { createDispatch, type Handlers } from '../../electron/core/dispatch';

const CASE_ID = '6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01';
const SESSION_ID = '0b0c7f4e-2c8a-4b7e-9d0e-3f4a5b6c7d8e';
const MEMBER_ID = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';

/** Every handler just reports what it was given: validation happens before any handler runs. */
const echoHandlers = Object.fromEntries(Object.keys(contract).map((method) => [method, (input: unknown) => ({ received: input })])) as unknown as Handlers;
const dispatch = createDispatch(echoHandlers);

type Failure = Extract<Result<unknown>, { ok: false }>;

async function refused(method: MethodName, input: unknown): Promise<string[]> {
  const result = await dispatch(method, input);
  expect(result.ok, `${method} should refuse ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
  const { error } = result as Failure;
  expect(error.code).toBe('INVALID_INPUT');
  return [...new Set((error.details?.issues ?? []).map((issue) => issue.path.join('.')))];
}

function accepted(method: MethodName, input: unknown): unknown {
  const parsed = contract[method].input.safeParse(input);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  return parsed.data;
}

function plan(overrides: Record<string, unknown> = {}) {
  return {
    caseId: CASE_ID,
    methodId: 'what-and-why',
    question: 'Hoe kan ik moeder steunen zonder over te nemen?',
    participants: [{ memberId: MEMBER_ID }, { guestInitials: 'jd' }],
    roles: { caseHolder: 0, facilitator: 1 },
    ...overrides,
  };
}

function contribution(overrides: Record<string, unknown> = {}) {
  return { sessionId: SESSION_ID, phaseKey: 'why', kind: 'hypothesis', text: 'Moeder heeft zelf weinig troost gekend', ...overrides };
}

describe('the sessions contract refuses invalid input and names the field', () => {
  it('plans a session with members and guests by initials; optional roles default to none', () => {
    expect(accepted('sessions.create', plan())).toMatchObject({
      question: 'Hoe kan ik moeder steunen zonder over te nemen?',
      roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: null },
    });
    expect(accepted('sessions.create', plan({ question: undefined }))).toMatchObject({ question: '' });
  });

  it('participants: one to thirty, each a member id or guest initials (up to six letters)', async () => {
    expect(await refused('sessions.create', plan({ participants: [] }))).toEqual(['participants']);
    expect(await refused('sessions.create', plan({ participants: Array.from({ length: 31 }, () => ({ guestInitials: 'AB' })) }))).toEqual(['participants']);
    expect((await refused('sessions.create', plan({ participants: [{ guestInitials: 'ABCDEFG' }] })))[0]).toMatch(/^participants\.0/);
    expect((await refused('sessions.create', plan({ participants: [{ guestInitials: '   ' }] })))[0]).toMatch(/^participants\.0/);
    expect((await refused('sessions.create', plan({ participants: [{ memberId: 'anna' }] })))[0]).toMatch(/^participants\.0/);
    expect((await refused('sessions.create', plan({ participants: [{ memberId: MEMBER_ID, guestInitials: 'AB' }] })))[0]).toMatch(/^participants\.0/);
  });

  it('roles are indexes; case holder and facilitator are required', async () => {
    expect(await refused('sessions.create', plan({ roles: { facilitator: 1 } }))).toEqual(['roles.caseHolder']);
    expect(await refused('sessions.create', plan({ roles: { caseHolder: -1, facilitator: 1 } }))).toEqual(['roles.caseHolder']);
    expect(await refused('sessions.create', plan({ roles: { caseHolder: 0, facilitator: 1, chair: 2 } }))).toEqual(['roles']);
    expect(await refused('sessions.create', plan({ question: 'x'.repeat(TEXT_LIMIT + 1) }))).toEqual(['question']);
    expect(await refused('sessions.create', plan({ caseId: 'case-1' }))).toEqual(['caseId']);
    expect(await refused('sessions.create', plan({ methodId: '' }))).toEqual(['methodId']);
  });

  it('control actions and their minutes', async () => {
    accepted('sessions.control', { id: SESSION_ID, action: 'addMinutes', minutes: 5 });
    for (const action of ['begin', 'start', 'pause', 'next', 'back', 'finish', 'reopen']) accepted('sessions.control', { id: SESSION_ID, action });
    expect(await refused('sessions.control', { id: SESSION_ID, action: 'skip' })).toEqual(['action']);
    expect(await refused('sessions.control', { id: SESSION_ID, action: 'addMinutes', minutes: 0 })).toEqual(['minutes']);
    expect(await refused('sessions.control', { id: SESSION_ID, action: 'addMinutes', minutes: 61 })).toEqual(['minutes']);
    expect(await refused('sessions.list', { status: 'paused' })).toEqual(['status']);
  });

  it('contributions: a kind, a non-empty text, a perspective of the four; defaults for the rest', async () => {
    expect(accepted('contributions.save', contribution())).toEqual({
      ...contribution(),
      authorId: null,
      factorId: null,
      perspective: null,
      changeMyMind: '',
      hidden: false,
    });
    expect(await refused('contributions.save', contribution({ kind: 'advice' }))).toEqual(['kind']);
    expect(await refused('contributions.save', contribution({ text: '   ' }))).toEqual(['text']);
    expect(await refused('contributions.save', contribution({ text: 'x'.repeat(20_001) }))).toEqual(['text']);
    expect(await refused('contributions.save', contribution({ perspective: 'grandmother' }))).toEqual(['perspective']);
    expect(await refused('contributions.save', contribution({ authorId: 'Anna' }))).toEqual(['authorId']);
    expect(await refused('contributions.save', contribution({ changeMyMind: 'x'.repeat(TEXT_LIMIT + 1) }))).toEqual(['changeMyMind']);
    expect(await refused('contributions.reveal', { sessionId: SESSION_ID, phaseKey: '' })).toEqual(['phaseKey']);
  });

  it('the outcome: any part alone; the intensity is one of three judgments, never a number', async () => {
    accepted('sessions.saveOutcome', { id: SESSION_ID, takeAway: 'Ik vraag eerst wat zij zelf wil' });
    accepted('sessions.saveOutcome', { id: SESSION_ID, judgment: { intensity: 'specific' } });
    accepted('sessions.saveOutcome', { id: SESSION_ID, step2: { veiligThuisConsulted: true, date: '2025-03-01' } });
    expect(await refused('sessions.saveOutcome', { id: SESSION_ID, judgment: { intensity: 3 } })).toEqual(['judgment.intensity']);
    expect(await refused('sessions.saveOutcome', { id: SESSION_ID, judgment: { intensity: 'high-risk' } })).toEqual(['judgment.intensity']);
    expect(await refused('sessions.saveOutcome', { id: SESSION_ID, everyVoiceHeard: 'mostly' })).toEqual(['everyVoiceHeard']);
    expect(await refused('sessions.saveOutcome', { id: SESSION_ID, step2: { date: '1-3-2025' } })).toEqual(['step2.date']);
  });

  it('action points: text, a member owner or a free name, a date, a status', async () => {
    expect(accepted('actions.save', { caseId: CASE_ID, text: 'Huisarts bellen' })).toEqual({
      caseId: CASE_ID,
      text: 'Huisarts bellen',
      sessionId: null,
      ownerMemberId: null,
      ownerName: '',
      dueDate: null,
      status: 'open',
    });
    expect(await refused('actions.save', { caseId: CASE_ID, text: '  ' })).toEqual(['text']);
    expect(await refused('actions.save', { caseId: CASE_ID, text: 'x', dueDate: 'tomorrow' })).toEqual(['dueDate']);
    expect(await refused('actions.save', { caseId: CASE_ID, text: 'x', status: 'late' })).toEqual(['status']);
    expect(await refused('actions.save', { caseId: CASE_ID, text: 'x', ownerName: 'x'.repeat(81) })).toEqual(['ownerName']);
    expect(await refused('actions.list', { status: 'overdue' })).toEqual(['status']);
  });

  it('a team method: phases with valid keys, minutes and modes; ids of team methods are uuids', async () => {
    const copy = builtInMethod('what-and-why');
    const method = { name: { nl: 'Onze variant', en: 'Our variant' }, description: { nl: '', en: '' }, phases: copy?.phases, copiedFrom: 'what-and-why' };
    accepted('methods.save', method);
    expect(await refused('methods.save', { ...method, id: 'what-and-why' })).toEqual(['id']);
    expect(await refused('methods.save', { ...method, phases: [] })).toEqual(['phases']);
    expect(await refused('methods.save', { ...method, phases: [{ ...copy?.phases[0], key: 'Case And Question' }] })).toEqual(['phases.0.key']);
    expect(await refused('methods.save', { ...method, phases: [{ ...copy?.phases[0], minutes: 0 }] })).toEqual(['phases.0.minutes']);
    expect(await refused('methods.save', { ...method, phases: [{ ...copy?.phases[0], mode: 'debate' }] })).toEqual(['phases.0.mode']);
    expect(await refused('methods.save', { ...method, builtIn: true })).toEqual(['']);
    expect(await refused('methods.remove', { id: 'balint' })).toEqual(['id']);
  });
});
