import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { openVaultDatabase } from '../../electron/core/db/database';
import { EXCHANGE_MAGIC, openExchangeFile, sealExchangeFile } from '../../electron/core/exchange/file';
import { decryptedVaultBytes, factorInput, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, listFiles, STRONG_PASSPHRASE, TEST_KDF, unwrapTestKey, type TestCore } from './support/vaultFixture';

const TEAM = 'zeven blauwe reigers boven de polder';

/** A case with people, a chain partner, factors, a snapshot, a session with contributions, outcome and actions, and a journal entry. */
async function richCase(t: TestCore, pseudonym: string, memberId: string) {
  const made = await newCase(t, pseudonym, { contextNote: 'Eerste kind, verhuisd in de zwangerschap' });
  await t.call('people.save', { caseId: made.id, role: 'parent', pseudonym: 'Moeder M', note: 'Werkt parttime' });
  const partner = await t.call('chain.save', { caseId: made.id, type: 'midwife', label: 'Verloskundige', alreadyAsked: 'Steun thuis' });
  const factor = await t.call('factors.save', factorInput(made.id, { text: 'Woont met vier in een kamer' }));
  await t.call(
    'factors.save',
    factorInput(made.id, {
      text: 'Verloskundige ziet moeder wekelijks',
      sector: 'buffer',
      category: 'professional-support',
      voice: 'chain',
      chainPartnerId: partner.id,
      pressure: null,
      duration: null,
      buffered: null,
    }),
  );
  await t.call('snapshots.take', { caseId: made.id, label: 'Voor intervisie' });
  const session = await t.call('sessions.create', {
    caseId: made.id,
    methodId: 'what-and-why',
    question: 'Hoe steun ik moeder zonder over te nemen?',
    participants: [{ memberId }, { guestInitials: 'jd' }],
    roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: null },
  });
  await t.call('contributions.save', { sessionId: session.id, phaseKey: session.method.phases[0]!.key, kind: 'question', text: 'Wat helpt moeder nu al?' });
  await t.call('sessions.saveOutcome', { id: session.id, judgment: { intensity: 'ordinary', reasons: 'Buffers zijn sterk' }, takeAway: 'Ritme helpt' });
  await t.call('actions.save', { caseId: made.id, sessionId: session.id, text: 'Huisbezoek plannen', ownerMemberId: memberId });
  await t.call('journal.create', { caseId: made.id, title: 'Na het huisbezoek', body: 'Rustiger dan verwacht' });
  return { made, factor, session };
}

/** Everything a user can see of a case, without member-specific fields. */
async function visible(t: TestCore, caseId: string) {
  const detail = await t.call('cases.get', { id: caseId });
  const sessions = await t.call('sessions.list', { caseId });
  const sessionDetails = [];
  for (const s of sessions) {
    const d = await t.call('sessions.get', { id: s.id });
    sessionDetails.push({ ...d, actions: d.actions.map((a) => ({ ...a, ownerMemberId: null })) });
  }
  return {
    case: { ...detail.case, holderId: null, lastActivityAt: null, updatedAt: null },
    people: detail.people,
    factors: detail.factors.map((f) => ({ ...f, updatedAt: null })),
    chain: detail.chain,
    snapshots: detail.snapshots,
    sessions: sessionDetails,
  };
}

async function twoVaults() {
  const a = await createTestCore();
  const va = await createTestVault(a, 'vault-a', 'Anna');
  const b = await createTestCore();
  const vb = await createTestVault(b, 'vault-b', 'Bram');
  return { a, b, va, vb };
}

async function rowCounts(t: TestCore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const method of ['cases.list'] as const) out[method] = (await t.call(method, {})).length;
  const cases = await t.call('cases.list', {});
  for (const c of cases) {
    const d = await t.call('cases.get', { id: c.id });
    out[`factors:${c.id}`] = d.factors.length;
    out[`people:${c.id}`] = d.people.length;
  }
  out.conflicts = (await t.call('exchange.conflicts', {})).length;
  out.audit = (await t.call('audit.list', { limit: 500 })).entries.length;
  return out;
}

type ProgressRun = { id: string; operation: string; fraction: number; done: boolean }[];

/** The core.progress events of one operation, run by run (each run has its own id). */
function progressRuns(t: TestCore, operation: string): ProgressRun[] {
  const runs = new Map<string, ProgressRun>();
  for (const { event, payload } of t.events) {
    if (event !== 'core.progress') continue;
    const progress = payload as ProgressRun[number];
    if (progress.operation === operation) runs.set(progress.id, [...(runs.get(progress.id) ?? []), progress]);
  }
  return [...runs.values()];
}

/** A run rises from 0, never goes back, and ends with one done event at 1. */
function expectWholeRun(run: ProgressRun): void {
  expect(run[0]).toMatchObject({ fraction: 0, done: false });
  expect(run.at(-1)).toMatchObject({ fraction: 1, done: true });
  expect(run.slice(0, -1).every((event) => !event.done)).toBe(true);
  expect(run.map((event) => event.fraction)).toEqual([...run.map((event) => event.fraction)].sort((x, y) => x - y));
}

describe('exchange files', () => {
  it('exports two cases from vault A and imports them into vault B with equal content, search index and audit', async () => {
    const { a, b, va, vb } = await twoVaults();
    const one = await richCase(a, 'Familie Eik', va.session.member.id);
    const two = await richCase(a, 'Familie Beuk', va.session.member.id);
    await newCase(a, 'Familie Blijft Thuis');
    const file = join(a.root, 'twee.dyade');
    const exported = await a.call('exchange.export', {
      caseIds: [one.made.id, two.made.id],
      includeJournal: true,
      passphrase: TEAM,
      file: await a.chooseSaveFile('exchange', file),
    });
    expect(exported.manifest.cases.map((c) => c.id)).toEqual([one.made.id, two.made.id]);
    expect(exported.manifest.cases[0]!.counts).toMatchObject({
      case: 1,
      person: 1,
      chain: 1,
      factor: 2,
      snapshot: 1,
      session: 1,
      contribution: 1,
      outcome: 1,
      action: 1,
      journal: 1,
    });
    const bytes = await fs.readFile(file);
    expect(bytes.subarray(0, 8).equals(EXCHANGE_MAGIC)).toBe(true);
    // Encrypted: no pseudonym or text in the file's bytes.
    expect(bytes.includes('Familie Eik')).toBe(false);
    expect(bytes.includes('Woont met vier')).toBe(false);

    const preview = await b.call('exchange.preview', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(preview.cases.map((c) => [c.pseudonym, c.isNew, c.added, c.conflicts])).toEqual([
      ['Familie Eik', true, 11, 0],
      ['Familie Beuk', true, 11, 0],
    ]);
    expect(await b.call('cases.list', {})).toEqual([]);

    const report = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(report.conflicts).toEqual([]);
    expect(await visible(b, one.made.id)).toEqual(await visible(a, one.made.id));
    expect(await visible(b, two.made.id)).toEqual(await visible(a, two.made.id));
    expect((await b.call('cases.list', {})).map((c) => c.pseudonym).sort()).toEqual(['Familie Beuk', 'Familie Eik']);
    // The journal entry is now the importing member's own.
    expect((await b.call('journal.list', {})).map((e) => e.title)).toEqual(['Na het huisbezoek', 'Na het huisbezoek']);
    const found = await b.call('search.query', { query: 'vier in een kamer' });
    expect(found.results.map((r) => r.caseId).sort()).toEqual([one.made.id, two.made.id].sort());
    const audit = (await b.call('audit.list', { limit: 50 })).entries.map((e) => e.action);
    expect(audit).toContain('import.done');
    expect((await a.call('audit.list', { limit: 50 })).entries.find((e) => e.action === 'export.made')?.detail).toMatchObject({ kind: 'exchange', cases: 2 });
    expect(vb.session.vaultId).not.toBe(va.session.vaultId);

    // Importing the same file again changes nothing.
    const again = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(again.cases.every((c) => c.added === 0 && c.updated === 0 && c.conflicts === 0)).toBe(true);
  });

  it('takes a change made on one side, and keeps both versions of a factor changed on both sides', async () => {
    const { a, b, va } = await twoVaults();
    const one = await richCase(a, 'Familie Eik', va.session.member.id);
    const file = join(a.root, 'eik.dyade');
    await a.call('exchange.export', { caseIds: [one.made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });

    // Only A changes the context note; both change the same factor.
    a.clock.now = new Date('2025-03-02T09:00:00.000Z');
    b.clock.now = new Date('2025-03-02T10:00:00.000Z');
    await a.call('cases.update', { id: one.made.id, contextNote: 'Verhuisd naar een eengezinswoning' });
    await a.call('factors.save', { ...factorInput(one.made.id, { text: 'Woont nu ruimer (A)' }), id: one.factor.id });
    await b.call('factors.save', { ...factorInput(one.made.id, { text: 'Woont nog steeds krap (B)' }), id: one.factor.id });
    await a.call('exchange.export', { caseIds: [one.made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });

    const preview = await b.call('exchange.preview', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(preview.cases[0]).toMatchObject({ isNew: false, conflicts: 1 });
    const report = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({
      kind: 'factor',
      itemId: one.factor.id,
      localText: 'Woont nog steeds krap (B)',
      incomingText: 'Woont nu ruimer (A)',
      casePseudonym: 'Familie Eik',
    });
    const detail = await b.call('cases.get', { id: one.made.id });
    expect(detail.case.contextNote).toBe('Verhuisd naar een eengezinswoning');
    expect(detail.factors.find((f) => f.id === one.factor.id)?.text).toBe('Woont nog steeds krap (B)');
    // Importing again does not add the same conflict twice.
    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    const conflicts = await b.call('exchange.conflicts', { caseId: one.made.id });
    expect(conflicts).toHaveLength(1);

    await b.call('exchange.resolve', { id: conflicts[0]!.id, keep: 'incoming' });
    expect((await b.call('cases.get', { id: one.made.id })).factors.find((f) => f.id === one.factor.id)?.text).toBe('Woont nu ruimer (A)');
    expect(await b.call('exchange.conflicts', {})).toEqual([]);
    // The resolved version is the common state: importing the same file again is quiet.
    const quiet = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(quiet.cases[0]).toMatchObject({ conflicts: 0, updated: 0 });
  });

  it('refuses a wrong passphrase, a tampered, truncated, foreign or future file, and imports nothing', async () => {
    const { a, b, va } = await twoVaults();
    const one = await richCase(a, 'Familie Eik', va.session.member.id);
    const file = join(a.root, 'eik.dyade');
    await a.call('exchange.export', { caseIds: [one.made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    const good = await fs.readFile(file);
    const before = await rowCounts(b);

    const variants: Array<[string, Buffer, string, string | undefined]> = [];
    variants.push(['wrong passphrase', good, 'WRONG_PASSPHRASE', undefined]);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 40]! ^= 0x01;
    variants.push(['tampered byte', flipped, 'INVALID_INPUT', 'tampered']);
    variants.push(['truncated', good.subarray(0, good.length - 100), 'INVALID_INPUT', 'truncated']);
    variants.push(['cut in the header', good.subarray(0, 20), 'INVALID_INPUT', 'truncated']);
    variants.push(['another program', Buffer.concat([Buffer.from('PK\x03\x04'), good.subarray(4)]), 'INVALID_INPUT', 'not-an-exchange-file']);
    variants.push(['empty file', Buffer.alloc(0), 'INVALID_INPUT', 'not-an-exchange-file']);
    const headerLength = good.readUInt32BE(8);
    const header = JSON.parse(good.subarray(12, 12 + headerLength).toString('utf8')) as { version: number };
    const future = Buffer.from(JSON.stringify({ ...header, version: 99 }), 'utf8');
    const futureLength = Buffer.alloc(4);
    futureLength.writeUInt32BE(future.length);
    variants.push(['future version', Buffer.concat([good.subarray(0, 8), futureLength, future, good.subarray(12 + headerLength)]), 'INVALID_INPUT', 'too-new']);
    const headerEdit = Buffer.from(
      good
        .subarray(12, 12 + headerLength)
        .toString('utf8')
        .replace('"gzip"', '"GZIP"'),
      'utf8',
    );
    variants.push(['edited header', Buffer.concat([good.subarray(0, 12), headerEdit, good.subarray(12 + headerLength)]), 'INVALID_INPUT', 'tampered']);
    // KDF costs from the unauthenticated header: refused before scrypt runs (2 GiB and minutes otherwise).
    const withKdf = (kdf: Record<string, unknown>) => {
      const edited = Buffer.from(JSON.stringify({ ...header, kdf: { ...(header as unknown as { kdf: object }).kdf, ...kdf } }), 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(edited.length);
      return Buffer.concat([good.subarray(0, 8), length, edited, good.subarray(12 + headerLength)]);
    };
    variants.push(['expensive kdf', withKdf({ N: 2 ** 20, r: 16, p: 4 }), 'INVALID_INPUT', 'tampered']);
    variants.push(['kdf not a power of two', withKdf({ N: 1000 }), 'INVALID_INPUT', 'tampered']);

    for (const [name, bytes, code, reason] of variants) {
      const path = join(b.root, `${name.replace(/ /g, '-')}.dyade`);
      await fs.writeFile(path, bytes);
      const passphrase = name === 'wrong passphrase' ? 'een heel ander wachtwoord dan dit' : TEAM;
      for (const method of ['exchange.preview', 'exchange.import'] as const) {
        const error = await b.fail(method, { file: await b.chooseOpenFile(path), passphrase });
        expect([name, error.code, error.details?.reason]).toEqual([name, code, reason]);
      }
    }
    expect(await rowCounts(b)).toEqual(before);
    expect((await b.fail('exchange.import', { file: await b.chooseOpenFile(join(b.root, 'missing.dyade')), passphrase: TEAM })).code).toBe('NOT_FOUND');
  });

  it('refuses authentic files with rows that break the rules or reach into local cases, imports nothing, and the case list still loads', async () => {
    const { a, b, va, vb } = await twoVaults();
    const one = await richCase(a, 'Familie Eik', va.session.member.id);
    const file = join(a.root, 'eik.dyade');
    await a.call('exchange.export', { caseIds: [one.made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file), includeJournal: false });
    type Payload = { manifest: { cases: Array<{ id: string }> }; tables: Record<string, Array<Record<string, string | number | null>>> };
    const payload = (await openExchangeFile(await fs.readFile(file), TEAM, TEST_KDF)) as Payload;
    // What B already has: a case of its own with a factor and a session.
    const local = await richCase(b, 'Familie Beuk', vb.session.member.id);
    const before = await rowCounts(b);

    const variant = (change: (p: Payload) => void): Payload => {
      const copy = structuredClone(payload);
      change(copy);
      return copy;
    };
    const cases = (p: Payload) => p.tables.cases!;
    const variants: Array<[string, Payload]> = [
      ['unknown phase', variant((p) => void (cases(p)[0]!.phase = 'evil'))],
      ['numeric status', variant((p) => void (cases(p)[0]!.status = 7))],
      ['1 MB pseudonym', variant((p) => void (cases(p)[0]!.pseudonym = 'x'.repeat(1_000_000)))],
      ['missing text', variant((p) => void (p.tables.factors![0]!.sector = null))],
      ['a factor aimed at a local case', variant((p) => void (p.tables.factors![0]!.case_id = local.made.id))],
      ['a local case in the manifest only', variant((p) => void p.manifest.cases.push({ ...p.manifest.cases[0]!, id: local.made.id }))],
      ['a contribution to a local session', variant((p) => void (p.tables.session_contributions![0]!.session_id = local.session.id))],
      ['a local factor moved into the carried case', variant((p) => void (p.tables.factors![0]!.id = local.factor.id))],
    ];
    for (const [name, hostile] of variants) {
      const path = join(b.root, `${name.replace(/ /g, '-')}.dyade`);
      await fs.writeFile(path, await sealExchangeFile(hostile, TEAM, TEST_KDF));
      for (const method of ['exchange.preview', 'exchange.import'] as const) {
        const error = await b.fail(method, { file: await b.chooseOpenFile(path), passphrase: TEAM });
        expect([name, error.code, error.details?.reason]).toEqual([name, 'INVALID_INPUT', 'invalid-rows']);
      }
    }
    expect(await rowCounts(b)).toEqual(before);
    expect((await b.call('cases.get', { id: local.made.id })).factors.map((f) => f.id)).toContain(local.factor.id);
  }, 60_000);

  it('reports an import as core.progress events that end done, also when the file is refused', async () => {
    const { a, b, va } = await twoVaults();
    const one = await richCase(a, 'Familie Eik', va.session.member.id);
    const file = join(a.root, 'eik.dyade');
    await a.call('exchange.export', { caseIds: [one.made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    await b.call('exchange.preview', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(progressRuns(b, 'import')).toEqual([]);

    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    const [run, ...others] = progressRuns(b, 'import');
    expect(others).toEqual([]);
    expectWholeRun(run!);
    // Between the start and the end: the plan, the rows going in, the search index.
    expect(run!.filter((event) => event.fraction > 0 && event.fraction < 1).length).toBeGreaterThan(2);

    await b.fail('exchange.import', { file: await b.chooseOpenFile(file), passphrase: 'een heel ander wachtwoord dan dit' });
    const runs = progressRuns(b, 'import');
    expect(runs).toHaveLength(2);
    expect(runs[1]!.map((event) => [event.fraction, event.done])).toEqual([
      [0, false],
      [1, true],
    ]);
  });

  it('refuses a weak team passphrase and unknown cases on export', async () => {
    const { a } = await twoVaults();
    const made = await newCase(a, 'Familie Eik');
    expect(
      (await a.fail('exchange.export', { caseIds: [made.id], passphrase: 'welkom123', file: await a.chooseSaveFile('exchange', join(a.root, 'x.dyade')) }))
        .code,
    ).toBe('WEAK_PASSPHRASE');
    expect(
      (await a.fail('exchange.export', { caseIds: [randomUUID()], passphrase: TEAM, file: await a.chooseSaveFile('exchange', join(a.root, 'x.dyade')) })).code,
    ).toBe('NOT_FOUND');
  });

  it('the privacy check lists a citizen service number and a phone number in what would leave', async () => {
    const { a } = await twoVaults();
    const made = await newCase(a, 'Familie Eik', { contextNote: 'BSN 123456782 staat in het dossier' });
    await a.call('people.save', { caseId: made.id, role: 'parent', pseudonym: 'Moeder', note: 'Bereikbaar op 06-12345678' });
    await a.call('factors.save', factorInput(made.id, { text: 'Slaapt slecht sinds week 12' }));
    const checked = await a.call('exchange.check', { caseIds: [made.id] });
    expect(checked.hits.map((h) => [h.kind, h.field, h.identifier, h.found])).toEqual([
      ['case', 'context_note', 'bsn', '123456782'],
      ['person', 'note', 'phone', '06-12345678'],
    ]);
    expect(checked.hits[0]!.snippet).toContain('123456782');
  });
});

describe('retention and erasure', () => {
  it('lists closed cases past the policy and erases one so no byte of it is left in the vault folder', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    expect(await t.call('retention.get', {})).toMatchObject({ policy: { enabled: false, months: 24 }, due: [] });
    const canary = `KANARIE-${randomUUID()}`;
    const kept = await newCase(t, 'Familie Blijft');
    const doomed = await newCase(t, 'Familie Weg', { contextNote: `${canary} context` });
    await t.call('people.save', { caseId: doomed.id, role: 'parent', pseudonym: 'Ouder', note: canary });
    await t.call('factors.save', factorInput(doomed.id, { text: `${canary} ${'woorden '.repeat(800)}` }));
    await t.call('snapshots.take', { caseId: doomed.id });
    const session1 = await t.call('sessions.create', {
      caseId: doomed.id,
      methodId: 'what-and-why',
      question: canary,
      participants: [{ memberId: session.member.id }],
      roles: { caseHolder: 0, facilitator: 0, timekeeper: null, scribe: null },
    });
    await t.call('actions.save', { caseId: doomed.id, sessionId: session1.id, text: canary });
    await t.call('journal.create', { caseId: doomed.id, body: canary });
    await t.call('exchange.export', { caseIds: [doomed.id], passphrase: TEAM, file: await t.chooseSaveFile('exchange', join(t.root, 'weg.dyade')) });
    await t.call('cases.setStatus', { id: doomed.id, status: 'closed' });
    await t.call('cases.noteOpened', { id: doomed.id });
    expect((await t.call('search.query', { query: canary })).results.length).toBeGreaterThan(0);

    await t.call('retention.set', { enabled: true, months: 6 });
    expect((await t.call('retention.get', {})).due).toEqual([]);
    t.clock.now = new Date('2025-09-01T09:00:01.000Z');
    expect((await t.call('retention.get', {})).due.map((d) => [d.pseudonym, d.dueAt])).toEqual([['Familie Weg', '2025-09-01T09:00:00.000Z']]);

    expect((await t.fail('cases.erase', { id: doomed.id, confirmPseudonym: 'Familie' })).code).toBe('INVALID_INPUT');
    await t.call('cases.erase', { id: doomed.id, confirmPseudonym: 'Familie Weg' });
    expect((await t.call('retention.get', {})).due).toEqual([]);
    expect((await t.call('search.query', { query: canary })).results).toEqual([]);
    expect((await t.call('cases.list', {})).map((c) => c.id)).toEqual([kept.id]);
    const erased = (await t.call('audit.list', { limit: 100 })).entries.find((e) => e.action === 'case.erased');
    expect(erased?.detail).toEqual({ caseId: doomed.id });
    expect(JSON.stringify((await t.call('audit.list', { limit: 500 })).entries)).not.toContain('Familie Weg');
    expect((await decryptedVaultBytes(join(folder, 'vault.db'), key)).includes(canary)).toBe(false);

    await t.call('vault.lock');
    const db = openVaultDatabase(join(folder, 'vault.db'), key);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      for (const column of columns)
        expect(db.prepare(`SELECT count(*) FROM ${table} WHERE CAST(${column} AS TEXT) LIKE ?`).pluck().get(`%${canary}%`), `${table}.${column}`).toBe(0);
    }
    db.close();
    for (const file of await listFiles(folder)) {
      expect((await fs.readFile(file)).includes(canary), file).toBe(false);
      if (file.endsWith('vault.db')) expect((await decryptedVaultBytes(file, key)).includes(canary), `${file} decrypted`).toBe(false);
    }
  });
  it('reports an erasure, its VACUUM included, as core.progress events that end done, also when refused', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const doomed = await newCase(t, 'Familie Weg');
    expect((await t.fail('cases.erase', { id: doomed.id, confirmPseudonym: 'Familie' })).code).toBe('INVALID_INPUT');
    const [refused] = progressRuns(t, 'erase');
    expect(refused!.map((event) => [event.fraction, event.done])).toEqual([
      [0, false],
      [1, true],
    ]);

    await t.call('cases.erase', { id: doomed.id, confirmPseudonym: 'Familie Weg' });
    const runs = progressRuns(t, 'erase');
    expect(runs).toHaveLength(2);
    expectWholeRun(runs[1]!);
    // The rows, then the VACUUM after the commit, then the checkpoint.
    expect(runs[1]!.map((event) => event.fraction)).toEqual([0, 0.2, 0.9, 1]);
  });
});

describe('audit', () => {
  it('notes a case opened once per unlock, a search without its query, and filters and exports the log', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const made = await newCase(t, 'Familie Eik');
    await t.call('cases.noteOpened', { id: made.id });
    await t.call('cases.noteOpened', { id: made.id });
    await t.call('search.query', { query: 'geheimzoekwoord' });
    await t.call('search.query', { query: 'geheimzoekwoord2' });
    const opened = await t.call('audit.search', { action: 'case.opened' });
    expect(opened.entries).toHaveLength(1);
    expect(opened.entries[0]!.actor?.id).toBe(session.member.id);
    const searched = await t.call('audit.search', { action: 'search.performed' });
    expect(searched.entries).toHaveLength(1);
    expect(JSON.stringify(searched.entries)).not.toContain('geheim');
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    await t.call('cases.noteOpened', { id: made.id });
    expect((await t.call('audit.search', { action: 'case.opened' })).entries).toHaveLength(2);

    expect((await t.call('audit.search', { memberId: randomUUID() })).entries).toEqual([]);
    expect((await t.call('audit.search', { from: '2025-03-02' })).entries).toEqual([]);
    expect((await t.call('audit.search', { from: '2025-03-01', to: '2025-03-01' })).entries.length).toBeGreaterThan(3);
    expect((await t.fail('audit.search', { action: 'nope' })).code).toBe('INVALID_INPUT');

    const csv = join(t.root, 'audit.csv');
    const exported = await t.call('audit.export', { file: await t.chooseSaveFile('audit', csv), format: 'csv', filter: { action: 'case.opened' } });
    expect(exported.count).toBe(2);
    const text = await fs.readFile(csv, 'utf8');
    expect(text.split('\r\n')[0]).toBe('id,at,action,member_id,member,detail');
    expect(text.trim().split('\r\n')).toHaveLength(3);
    const json = join(t.root, 'audit.json');
    await t.call('audit.export', { file: await t.chooseSaveFile('audit', json), format: 'json', filter: {} });
    expect(JSON.parse(await fs.readFile(json, 'utf8'))).toMatchObject({ schema: 'dyade-audit-export' });
    expect((await t.call('audit.search', { action: 'audit.exported' })).entries).toHaveLength(2);
  });

  it('saves reports and the access export through the core and audits each save', async () => {
    const t = await createTestCore();
    const { session } = await createTestVault(t);
    const { made } = await richCase(t, 'Familie Eik', session.member.id);
    const access = await t.call('access.get', { caseId: made.id });
    // Reading a case whole for an access export is audited by the core, each time.
    await t.call('access.get', { caseId: made.id });
    const reads = (await t.call('audit.search', { action: 'case.opened' })).entries.filter((entry) => entry.detail.view === 'access-export');
    expect(reads).toHaveLength(2);
    expect(access).toMatchObject({ schema: 'dyade-access-export', version: 1, case: { pseudonym: 'Familie Eik' } });
    expect(access.sessions).toHaveLength(1);
    expect(access.journal).toHaveLength(1);
    expect(access.snapshots[0]!.state.factors.length).toBe(2);
    const path = join(t.root, 'eik.md');
    const report = await t.chooseSaveFile('report', path);
    await t.call('reports.save', { kind: 'case-markdown', file: report, caseId: made.id, text: '# Familie Eik\n' });
    expect(await fs.readFile(path, 'utf8')).toBe('# Familie Eik\n');
    // A choice is good for one save.
    expect(await t.fail('reports.save', { kind: 'case-markdown', file: report, caseId: made.id, text: 'nog eens' })).toMatchObject({
      code: 'FILE_CHOICE_EXPIRED',
    });
    const png = join(t.root, 'map.png');
    const image = { caseId: made.id, base64: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64') };
    // A file chosen to save a report does not take a map image.
    expect(await t.fail('reports.save', { kind: 'map-png', file: await t.chooseSaveFile('report', png), ...image })).toMatchObject({
      code: 'FILE_CHOICE_EXPIRED',
      details: { reason: 'other-purpose' },
    });
    await expect(fs.stat(png)).rejects.toThrow();
    await t.call('reports.save', { kind: 'map-png', file: await t.chooseSaveFile('map', png), ...image });
    expect((await fs.readFile(png)).length).toBe(4);
    expect((await t.fail('reports.save', { kind: 'map-png', file: await t.chooseSaveFile('map', png), caseId: made.id })).code).toBe('INVALID_INPUT');
    expect((await t.fail('reports.savePdf', { kind: 'case', id: made.id, file: await t.chooseSaveFile('pdf', join(t.root, 'x.pdf')) })).details?.reason).toBe(
      'pdf-unavailable',
    );
    const exports = (await t.call('audit.search', { action: 'export.made' })).entries.map((e) => e.detail.kind);
    expect(exports).toEqual(['map-png', 'case-markdown']);
  });

  it('prints a PDF while the print view asks the core for the case (no wait behind its own print)', async () => {
    const routes: string[] = [];
    const t = await createTestCore({
      printToPdf: async (core, route) => {
        routes.push(route);
        // The hidden window loads the print view, which reads the case through the core before printing.
        const caseId = route.split('/').pop() ?? '';
        const shown = await core.dispatch('cases.get', { id: caseId });
        if (!shown.ok) throw new Error(`the print view could not read the case: ${shown.error.code}`);
        return new Uint8Array(Buffer.from('%PDF-1.7 test'));
      },
    });
    const { session } = await createTestVault(t);
    const { made } = await richCase(t, 'Familie Eik', session.member.id);
    const path = join(t.root, 'eik.pdf');
    const saved = await t.call('reports.savePdf', { kind: 'case', id: made.id, file: await t.chooseSaveFile('pdf', path) });
    expect(saved).toEqual({ path, bytes: 13 });
    expect(routes).toEqual([`#/print/case/${made.id}`]);
    expect((await fs.readFile(path, 'utf8')).startsWith('%PDF')).toBe(true);
    const prints = (await t.call('audit.search', { action: 'print.made' })).entries.map((e) => e.detail.kind);
    expect(prints).toEqual(['case-pdf']);
    // An unknown case is refused before anything is printed.
    expect((await t.fail('reports.savePdf', { kind: 'case', id: randomUUID(), file: await t.chooseSaveFile('pdf', path) })).code).toBe('NOT_FOUND');
    expect(routes).toHaveLength(1);
  }, 60_000);

  it("passes the print view's own error code back from the host, across the worker", async () => {
    const t = await createTestCore({
      // The print window's view failed with a contract code (electron/main/printToPdf.ts throws it).
      printToPdf: async () => {
        throw new AppError('VAULT_LOCKED', 'The print view reported VAULT_LOCKED.');
      },
    });
    const { session } = await createTestVault(t);
    const { made } = await richCase(t, 'Familie Iep', session.member.id);
    const path = join(t.root, 'iep.pdf');
    expect((await t.fail('reports.savePdf', { kind: 'case', id: made.id, file: await t.chooseSaveFile('pdf', path) })).code).toBe('VAULT_LOCKED');
    await expect(fs.access(path)).rejects.toThrow();
  }, 60_000);
});
