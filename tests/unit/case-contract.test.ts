import { describe, expect, it } from 'vitest';
import { contract, type MethodName, type Result } from '../../shared/contract';
import { PSEUDONYM_LIMIT, TEXT_LIMIT } from '../../shared/domain/case';
import { createDispatch, type Handlers } from '../../electron/core/dispatch';

const CASE_ID = '6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01';
const PARTNER_ID = '0b0c7f4e-2c8a-4b7e-9d0e-3f4a5b6c7d8e';

/** Every handler just reports what it was given: validation happens before any handler runs. */
const echoHandlers = Object.fromEntries(Object.keys(contract).map((method) => [method, (input: unknown) => ({ received: input })])) as unknown as Handlers;
const dispatch = createDispatch(echoHandlers);

type Failure = Extract<Result<unknown>, { ok: false }>;

async function refused(method: MethodName, input: unknown): Promise<string[]> {
  const result = await dispatch(method, input);
  expect(result.ok, `${method} should refuse ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
  const { error } = result as Failure;
  expect(error.code).toBe('INVALID_INPUT');
  return (error.details?.issues ?? []).map((issue) => issue.path.join('.'));
}

function accepted(method: MethodName, input: unknown): unknown {
  const parsed = contract[method].input.safeParse(input);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  return parsed.data;
}

function factor(overrides: Record<string, unknown> = {}) {
  return {
    caseId: CASE_ID,
    sector: 'external',
    category: 'housing',
    otherLabel: null,
    text: 'Woont met vier in één kamer',
    kind: 'observation',
    voice: 'professional',
    chainPartnerId: null,
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'no',
    tags: [],
    status: 'current',
    ...overrides,
  };
}

describe('the case contract refuses invalid input and names the field', () => {
  it('pseudonym: required, trimmed, at most 80 characters', async () => {
    expect(await refused('cases.create', { phase: '0-6m' })).toEqual(['pseudonym']);
    expect(await refused('cases.create', { pseudonym: '', phase: '0-6m' })).toEqual(['pseudonym']);
    expect(await refused('cases.create', { pseudonym: '    ', phase: '0-6m' })).toEqual(['pseudonym']);
    expect(await refused('cases.create', { pseudonym: 'x'.repeat(PSEUDONYM_LIMIT + 1), phase: '0-6m' })).toEqual(['pseudonym']);
    expect(accepted('cases.create', { pseudonym: ` ${'x'.repeat(PSEUDONYM_LIMIT)} `, phase: '0-6m' })).toMatchObject({
      pseudonym: 'x'.repeat(PSEUDONYM_LIMIT),
    });
    expect(await refused('cases.update', { id: CASE_ID, pseudonym: '' })).toEqual(['pseudonym']);
    expect(await refused('people.save', { caseId: CASE_ID, role: 'parent', pseudonym: 'x'.repeat(PSEUDONYM_LIMIT + 1) })).toEqual(['pseudonym']);
  });

  it('free texts: at most 20,000 characters', async () => {
    const tooLong = 'x'.repeat(TEXT_LIMIT + 1);
    accepted('cases.create', { pseudonym: 'A', phase: '0-6m', contextNote: 'x'.repeat(TEXT_LIMIT) });
    expect(await refused('cases.create', { pseudonym: 'A', phase: '0-6m', contextNote: tooLong })).toEqual(['contextNote']);
    expect(await refused('relationship.save', { caseId: CASE_ID, worries: tooLong })).toEqual(['worries']);
    expect(await refused('people.save', { caseId: CASE_ID, role: 'parent', pseudonym: 'M', note: tooLong })).toEqual(['note']);
    expect(await refused('factors.save', factor({ text: tooLong }))).toEqual(['text']);
    expect(await refused('chain.save', { caseId: CASE_ID, type: 'gp', alreadyAsked: tooLong })).toEqual(['alreadyAsked']);
  });

  it('a category must belong to its sector', async () => {
    expect(await refused('factors.save', factor({ sector: 'child', category: 'housing' }))).toEqual(['category']);
    expect(await refused('factors.save', factor({ sector: 'buffer', category: 'domestic-violence' }))).toEqual(['category']);
    expect(await refused('factors.save', factor({ category: 'bad-parenting' }))).toEqual(['category']);
    accepted('factors.save', factor({ sector: 'parent', category: 'unprocessed-trauma-loss' }));
    accepted('factors.save', factor({ sector: 'buffer', category: 'parent-strength', pressure: null, duration: null, buffered: null }));
  });

  it("'other' needs its own label", async () => {
    expect(await refused('factors.save', factor({ category: 'other' }))).toEqual(['otherLabel']);
    expect(await refused('factors.save', factor({ category: 'other', otherLabel: '   ' }))).toEqual(['otherLabel']);
    expect(await refused('factors.save', factor({ category: 'other', otherLabel: 'x'.repeat(121) }))).toEqual(['otherLabel']);
    accepted('factors.save', factor({ category: 'other', otherLabel: 'Schulden bij familie' }));
  });

  it('a chain voice needs its chain partner', async () => {
    expect(await refused('factors.save', factor({ voice: 'chain' }))).toEqual(['chainPartnerId']);
    expect(await refused('factors.save', factor({ voice: 'chain', chainPartnerId: 'the midwife' }))).toEqual(['chainPartnerId']);
    accepted('factors.save', factor({ voice: 'chain', chainPartnerId: PARTNER_ID }));
  });

  it('enums and shapes are checked field by field', async () => {
    expect(await refused('cases.create', { pseudonym: 'A', phase: 'pregnancy', pregnancyWeek: 45 })).toEqual(['pregnancyWeek']);
    expect(await refused('cases.create', { pseudonym: 'A', phase: 'pregnancy', pregnancyWeek: 20.5 })).toEqual(['pregnancyWeek']);
    expect(await refused('cases.create', { pseudonym: 'A', phase: '0-6m', holderId: 'anna' })).toEqual(['holderId']);
    expect(await refused('cases.setStatus', { id: CASE_ID, status: 'archived' })).toEqual(['status']);
    expect(await refused('cases.list', { status: 'risky' })).toEqual(['status']);
    expect(await refused('cases.list', { query: 'x'.repeat(81) })).toEqual(['query']);
    expect(await refused('factors.save', factor({ kind: 'fact' }))).toEqual(['kind']);
    expect(await refused('factors.save', factor({ voice: 'neighbour' }))).toEqual(['voice']);
    expect(await refused('factors.save', factor({ pressure: 'extreme' }))).toEqual(['pressure']);
    expect(await refused('factors.save', factor({ duration: 'forever' }))).toEqual(['duration']);
    expect(await refused('factors.save', factor({ buffered: 'maybe' }))).toEqual(['buffered']);
    expect(await refused('factors.save', factor({ tags: ['ace-physical-abuse', 'risk-score'] }))).toEqual(['tags.1']);
    expect(await refused('factors.save', factor({ placement: { radial: -0.1, along: 0.5 } }))).toEqual(['placement.radial']);
    // A due week is an ISO week that exists; people hold no exact due date any more (0012).
    expect(await refused('cases.create', { pseudonym: 'A', phase: 'pregnancy', dueWeek: '2027-W53' })).toEqual(['dueWeek']);
    expect(await refused('cases.update', { id: CASE_ID, dueWeek: '2027-03-25' })).toEqual(['dueWeek']);
    expect(await refused('cases.update', { id: CASE_ID, parentVoice: { worries: 'x'.repeat(20_001) } })).toEqual(['parentVoice.worries']);
    expect((await refused('people.save', { caseId: CASE_ID, role: 'child', pseudonym: 'B', dueDate: '2025-05-20' })).length).toBeGreaterThan(0);
    expect(await refused('people.save', { caseId: CASE_ID, role: 'neighbour', pseudonym: 'M' })).toEqual(['role']);
    expect(await refused('chain.save', { caseId: CASE_ID, type: 'gp', label: 'x'.repeat(121) })).toEqual(['label']);
    expect(await refused('snapshots.take', { caseId: 'not-an-id' })).toEqual(['caseId']);
  });

  it('nothing outside the schema gets in: no names, birth dates or citizen service numbers', async () => {
    expect((await refused('people.save', { caseId: CASE_ID, role: 'parent', pseudonym: 'M', fullName: 'Maria Jansen' })).length).toBeGreaterThan(0);
    expect((await refused('people.save', { caseId: CASE_ID, role: 'child', pseudonym: 'K', dateOfBirth: '2024-01-01' })).length).toBeGreaterThan(0);
    expect((await refused('cases.create', { pseudonym: 'A', phase: '0-6m', bsn: '123456782' })).length).toBeGreaterThan(0);
    expect((await refused('factors.save', factor({ score: 7 }))).length).toBeGreaterThan(0);
  });

  it('defaults fill what a form may leave out', async () => {
    expect(accepted('cases.list', {})).toEqual({ status: 'all', mine: false, query: '', sort: 'lastActivity' });
    expect(accepted('cases.create', { pseudonym: 'A', phase: '0-6m' })).toEqual({
      pseudonym: 'A',
      phase: '0-6m',
      dueWeek: null,
      pregnancyWeek: null,
      holderId: null,
      contextNote: '',
    });
    expect(accepted('factors.save', factor())).toMatchObject({ placement: null, sessionId: null });
    expect(accepted('chain.save', { caseId: CASE_ID, type: 'other' })).toEqual({
      caseId: CASE_ID,
      type: 'other',
      label: '',
      relationship: '',
      alreadyAsked: '',
      lastContact: null,
    });
    const result = await dispatch('cases.delete', { id: CASE_ID });
    expect(result.ok).toBe(false);
    expect(((result as Failure).error.details?.issues ?? []).map((i) => i.path.join('.'))).toEqual(['confirmPseudonym']);
  });
});
