import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PSEUDONYM_LIMIT, TEXT_LIMIT } from '../../shared/domain/case';
import { openVaultDatabase } from '../../electron/core/db/database';
import { decryptedVaultBytes, factorInput, issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, listFiles, OTHER_PASSPHRASE, STRONG_PASSPHRASE, unwrapTestKey, type TestCore } from './support/vaultFixture';

function later(t: TestCore, minutes: number): string {
  t.clock.now = new Date(t.clock.now.getTime() + minutes * 60_000);
  return t.clock.now.toISOString();
}

describe('cases', () => {
  it('creates, edits, closes, reopens a case; the pregnancy week is kept only in the pregnancy phase', async () => {
    const t = await createTestCore();
    const { session } = await createTestVault(t);
    const created = await t.call('cases.create', { pseudonym: '  Familie Zon  ', phase: 'pregnancy', pregnancyWeek: 24, holderId: session.member.id });
    expect(created).toMatchObject({
      pseudonym: 'Familie Zon',
      phase: 'pregnancy',
      pregnancyWeek: 24,
      status: 'open',
      holderId: session.member.id,
      contextNote: '',
      relationship: { form: 'dyad', now: '', goesWell: '', worries: '' },
      createdAt: t.clock.now.toISOString(),
      lastActivityAt: t.clock.now.toISOString(),
      closedAt: null,
    });
    expect((await newCase(t, 'Baby B', { phase: '0-6m', pregnancyWeek: 12 })).pregnancyWeek).toBeNull();

    const editedAt = later(t, 5);
    const edited = await t.call('cases.update', { id: created.id, phase: '0-6m', contextNote: 'Eerste kind, verhuisd in mei' });
    expect(edited).toMatchObject({
      phase: '0-6m',
      pregnancyWeek: null,
      contextNote: 'Eerste kind, verhuisd in mei',
      updatedAt: editedAt,
      lastActivityAt: editedAt,
      createdAt: created.createdAt,
    });
    // The relationship at the map's centre has its own method; only the fields given change.
    const related = await t.call('relationship.save', { caseId: created.id, now: 'Moeder zoekt oogcontact' });
    expect(related.relationship).toEqual({ form: 'dyad', now: 'Moeder zoekt oogcontact', goesWell: '', worries: '' });
    expect((await t.call('relationship.save', { caseId: created.id, worries: 'Slaapt weinig' })).relationship).toMatchObject({
      now: 'Moeder zoekt oogcontact',
      worries: 'Slaapt weinig',
    });
    // Only the fields given change; a pregnancy week given outside the pregnancy phase is dropped.
    const renamed = await t.call('cases.update', { id: created.id, pseudonym: 'Familie Maan', pregnancyWeek: 30 });
    expect(renamed).toMatchObject({ pseudonym: 'Familie Maan', phase: '0-6m', pregnancyWeek: null, contextNote: 'Eerste kind, verhuisd in mei' });
    expect(renamed.relationship).toMatchObject({ now: 'Moeder zoekt oogcontact', worries: 'Slaapt weinig' });
    expect((await t.call('cases.update', { id: created.id, phase: 'pregnancy', pregnancyWeek: 30 })).pregnancyWeek).toBe(30);

    const closedAt = later(t, 60);
    const closed = await t.call('cases.setStatus', { id: created.id, status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', closedAt, lastActivityAt: closedAt });
    later(t, 1);
    expect((await t.call('cases.setStatus', { id: created.id, status: 'closed' })).closedAt).toBe(closedAt);
    const reopened = await t.call('cases.setStatus', { id: created.id, status: 'open' });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null });
    expect((await t.call('cases.get', { id: created.id })).case).toEqual(reopened);
  });

  it('a case holder must be a current member; a holder who left does not block other edits', async () => {
    const t = await createTestCore();
    const { session } = await createTestVault(t);
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    const stranger = await t.fail('cases.create', { pseudonym: 'X', phase: '1-2y', holderId: randomUUID() });
    expect(stranger.code).toBe('INVALID_INPUT');
    expect(issuePaths(stranger)).toEqual(['holderId']);
    const held = await newCase(t, 'Held by Bo', { holderId: bo.id });
    await t.call('members.remove', { memberId: bo.id });
    expect(issuePaths(await t.fail('cases.create', { pseudonym: 'Y', phase: '1-2y', holderId: bo.id }))).toEqual(['holderId']);
    expect(issuePaths(await t.fail('cases.update', { id: (await newCase(t, 'Z')).id, holderId: bo.id }))).toEqual(['holderId']);
    // The whole form comes back with the old holder: still saved.
    expect((await t.call('cases.update', { id: held.id, holderId: bo.id, contextNote: 'note' })).holderId).toBe(bo.id);
    expect((await t.call('cases.update', { id: held.id, holderId: session.member.id })).holderId).toBe(session.member.id);
    expect((await t.call('cases.update', { id: held.id, holderId: null })).holderId).toBeNull();
  });

  it('unknown ids are NOT_FOUND; a locked vault is VAULT_LOCKED', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const id = randomUUID();
    for (const [method, input] of [
      ['cases.get', { id }],
      ['cases.update', { id, contextNote: 'x' }],
      ['cases.setStatus', { id, status: 'closed' }],
      ['cases.delete', { id, confirmPseudonym: 'x' }],
      ['people.save', { caseId: id, role: 'child', pseudonym: 'K' }],
      ['people.remove', { id }],
    ] as const) {
      expect((await t.fail(method, input)).code, method).toBe('NOT_FOUND');
    }
    await t.call('vault.lock');
    expect((await t.fail('cases.list', {})).code).toBe('VAULT_LOCKED');
    expect((await t.fail('cases.create', { pseudonym: 'A', phase: '0-6m' })).code).toBe('VAULT_LOCKED');
  });

  it('invalid input is refused with the field named', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    expect(issuePaths(await t.fail('cases.create', { pseudonym: '   ', phase: '0-6m' }))).toEqual(['pseudonym']);
    expect(issuePaths(await t.fail('cases.create', { pseudonym: 'x'.repeat(PSEUDONYM_LIMIT + 1), phase: '0-6m' }))).toEqual(['pseudonym']);
    expect(issuePaths(await t.fail('cases.create', { pseudonym: 'A', phase: '0-6m', contextNote: 'x'.repeat(TEXT_LIMIT + 1) }))).toEqual(['contextNote']);
    expect(issuePaths(await t.fail('cases.create', { pseudonym: 'A', phase: 'toddler' }))).toEqual(['phase']);
    const made = await newCase(t, 'A');
    expect(issuePaths(await t.fail('relationship.save', { caseId: made.id, now: 'x'.repeat(TEXT_LIMIT + 1) }))).toEqual(['now']);
    expect(issuePaths(await t.fail('people.save', { caseId: made.id, role: 'parent', pseudonym: '' }))).toEqual(['pseudonym']);
    // A due week is an ISO week that exists (2026 has 53 weeks, 2027 has 52); no exact due date is kept.
    expect(issuePaths(await t.fail('cases.create', { pseudonym: 'A', phase: 'pregnancy', dueWeek: '2027-W53' }))).toEqual(['dueWeek']);
    expect(issuePaths(await t.fail('cases.create', { pseudonym: 'A', phase: 'pregnancy', dueWeek: '1 mei' }))).toEqual(['dueWeek']);
    expect((await t.fail('people.save', { caseId: made.id, role: 'child', pseudonym: 'B', dueDate: '2025-05-20' })).code).toBe('INVALID_INPUT');
    // No fields for full names, dates of birth or citizen service numbers exist to be filled.
    expect((await t.fail('people.save', { caseId: made.id, role: 'parent', pseudonym: 'M', bsn: '123456782' })).code).toBe('INVALID_INPUT');
    expect((await t.call('cases.get', { id: made.id })).people).toEqual([]);
  });

  it('people: added, edited, removed, and re-created with their id (undo); each write is case activity', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const family = await newCase(t, 'Familie Berg', { phase: 'pregnancy', pregnancyWeek: 30 });
    const other = await newCase(t, 'Familie Dal');
    const mother = await t.call('people.save', { caseId: family.id, role: 'parent', pseudonym: 'M', ageBand: 'adult' });
    const addedAt = later(t, 1);
    const unborn = await t.call('people.save', {
      caseId: family.id,
      role: 'child',
      pseudonym: 'Baby',
      ageBand: 'unborn',
      note: 'Tweede kind',
    });
    expect(unborn).toMatchObject({ caseId: family.id, role: 'child', ageBand: 'unborn', note: 'Tweede kind', createdAt: addedAt });
    expect((await t.call('cases.get', { id: family.id })).case.lastActivityAt).toBe(addedAt);

    const editedAt = later(t, 1);
    const edited = await t.call('people.save', { caseId: family.id, id: mother.id, role: 'parent', pseudonym: 'Moeder', ageBand: '18-25y' });
    expect(edited).toMatchObject({ id: mother.id, pseudonym: 'Moeder', ageBand: '18-25y', createdAt: mother.createdAt, updatedAt: editedAt });
    // A person of another case cannot be taken over by naming their id.
    expect((await t.fail('people.save', { caseId: other.id, id: mother.id, role: 'parent', pseudonym: 'X' })).code).toBe('NOT_FOUND');

    const removedAt = later(t, 1);
    await t.call('people.remove', { id: unborn.id });
    const afterRemove = await t.call('cases.get', { id: family.id });
    expect(afterRemove.people.map((p) => p.pseudonym)).toEqual(['Moeder']);
    expect(afterRemove.case.updatedAt).toBe(removedAt);
    const undone = await t.call('people.save', {
      caseId: family.id,
      id: unborn.id,
      role: 'child',
      pseudonym: 'Baby',
      ageBand: 'unborn',
      note: 'Tweede kind',
    });
    expect(undone.id).toBe(unborn.id);
    expect((await t.call('cases.get', { id: family.id })).people.map((p) => p.id).sort()).toEqual([mother.id, unborn.id].sort());
    expect((await t.fail('people.remove', { id: randomUUID() })).code).toBe('NOT_FOUND');
  });

  it('list: filters by status, phase, my cases and an accent-insensitive query; sorts; counts current factors; names the holder', async () => {
    const t = await createTestCore();
    const { session } = await createTestVault(t);
    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    const zoe = await newCase(t, 'Zoë de Vries', { phase: '0-6m', holderId: session.member.id });
    later(t, 1);
    const ayla = await newCase(t, 'ayla', { phase: 'pregnancy', pregnancyWeek: 12, holderId: bo.id });
    later(t, 1);
    const bram = await newCase(t, 'Bram 50%_', { phase: '1-2y' });
    later(t, 1);
    const emre = await newCase(t, 'Émre', { phase: 'preconception', holderId: session.member.id });
    later(t, 1);
    await t.call('cases.setStatus', { id: bram.id, status: 'closed' });
    later(t, 1);
    for (const status of ['current', 'current', 'resolved'] as const) await t.call('factors.save', factorInput(zoe.id, { status }));
    await t.call('factors.save', factorInput(zoe.id, { sector: 'buffer', category: 'family' }));

    const ids = async (input: object) => (await t.call('cases.list', input)).map((c) => c.id);
    // Default: all statuses, the most recent activity first.
    expect(await ids({})).toEqual([zoe.id, bram.id, emre.id, ayla.id]);
    expect(await ids({ status: 'open' })).toEqual([zoe.id, emre.id, ayla.id]);
    expect(await ids({ status: 'closed' })).toEqual([bram.id]);
    expect(await ids({ phase: 'pregnancy' })).toEqual([ayla.id]);
    expect(await ids({ mine: true })).toEqual([zoe.id, emre.id]);
    expect(await ids({ mine: true, status: 'open', phase: 'preconception' })).toEqual([emre.id]);
    expect(await ids({ sort: 'pseudonym' })).toEqual([ayla.id, bram.id, emre.id, zoe.id]);
    expect(await ids({ sort: 'phase' })).toEqual([emre.id, ayla.id, zoe.id, bram.id]);
    expect(await ids({ query: 'zoe' })).toEqual([zoe.id]);
    expect(await ids({ query: 'ZOË DE' })).toEqual([zoe.id]);
    expect(await ids({ query: 'emre' })).toEqual([emre.id]);
    expect(await ids({ query: '  A ' })).toEqual([bram.id, ayla.id]);
    expect(await ids({ query: '%' })).toEqual([bram.id]);
    expect(await ids({ query: '_' })).toEqual([bram.id]);
    expect(await ids({ query: 'nobody' })).toEqual([]);

    const list = await t.call('cases.list', {});
    expect(list.find((c) => c.id === zoe.id)).toEqual({
      id: zoe.id,
      pseudonym: 'Zoë de Vries',
      phase: '0-6m',
      dueWeek: null,
      pregnancyWeek: null,
      status: 'open',
      holderId: session.member.id,
      holderName: 'Anna',
      lastActivityAt: t.clock.now.toISOString(),
      // three current factors (two stressors and a buffer); the resolved one is not counted
      factorCount: 3,
    });
    expect(list.find((c) => c.id === ayla.id)).toMatchObject({ holderName: 'Bo', pregnancyWeek: 12, factorCount: 0 });
    expect(list.find((c) => c.id === bram.id)).toMatchObject({ holderName: null, holderId: null });
    // Renaming moves the search too.
    await t.call('cases.update', { id: zoe.id, pseudonym: 'Noor' });
    expect(await ids({ query: 'zoe' })).toEqual([]);
    expect(await ids({ query: 'noor' })).toEqual([zoe.id]);
    expect((await t.fail('cases.list', { sort: 'score' })).code).toBe('INVALID_INPUT');
  });

  it('everything of a case survives lock and unlock', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const made = await newCase(t, 'Familie Wind', { holderId: session.member.id, contextNote: 'Verwezen door de huisarts' });
    await t.call('people.save', { caseId: made.id, role: 'parent', pseudonym: 'V' });
    const gp = await t.call('chain.save', { caseId: made.id, type: 'gp', label: 'Huisartsenpraktijk', relationship: 'Vertrouwd', lastContact: '2025-02-20' });
    await t.call(
      'factors.save',
      factorInput(made.id, { voice: 'chain', chainPartnerId: gp.id, tags: ['els-poverty'], placement: { radial: 0.3, along: 0.7 } }),
    );
    await t.call('factors.save', factorInput(made.id, { sector: 'buffer', category: 'network', text: 'Buurvrouw past op' }));
    await t.call('relationship.save', { caseId: made.id, form: 'triad', goesWell: 'Vader neemt de nacht' });
    await t.call('snapshots.take', { caseId: made.id, label: 'Voor intervisie' });
    const before = await t.call('cases.get', { id: made.id });
    const listed = await t.call('cases.list', {});
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect(await t.call('cases.get', { id: made.id })).toEqual(before);
    expect(await t.call('cases.list', {})).toEqual(listed);
    expect(before.factors).toHaveLength(2);
    expect(before.chain).toHaveLength(1);
    expect(before.snapshots).toHaveLength(1);
  });

  it('delete asks for the pseudonym and removes every row and every byte of the case', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    const canary = `KANARIE-${randomUUID()}`;
    const kept = await newCase(t, 'Familie Blijft');
    await t.call('factors.save', factorInput(kept.id, { text: 'Blijft staan' }));
    const doomed = await newCase(t, 'Familie Weg', { contextNote: `${canary} context` });
    await t.call('people.save', { caseId: doomed.id, role: 'parent', pseudonym: `${canary}-ouder`, note: canary });
    const partner = await t.call('chain.save', { caseId: doomed.id, type: 'veilig-thuis', alreadyAsked: canary });
    // Long enough to spill into overflow pages, which are freed (not edited) on delete.
    await t.call(
      'factors.save',
      factorInput(doomed.id, { text: `${canary} ${'woorden van moeder '.repeat(600)}`, voice: 'chain', chainPartnerId: partner.id }),
    );
    await t.call('relationship.save', { caseId: doomed.id, worries: canary });
    await t.call('snapshots.take', { caseId: doomed.id });
    expect((await decryptedVaultBytes(join(folder, 'vault.db'), key)).includes(canary), 'the check can see the canary before deletion').toBe(true);

    for (const wrong of ['', 'familie weg', 'Familie']) {
      const error = await t.fail('cases.delete', { id: doomed.id, confirmPseudonym: wrong });
      expect(error.code).toBe('INVALID_INPUT');
      expect(issuePaths(error)).toEqual(['confirmPseudonym']);
    }
    expect((await t.call('cases.get', { id: doomed.id })).factors).toHaveLength(1);
    await t.call('cases.delete', { id: doomed.id, confirmPseudonym: '  Familie Weg ' });
    expect((await t.fail('cases.get', { id: doomed.id })).code).toBe('NOT_FOUND');
    expect((await t.call('cases.list', {})).map((c) => c.id)).toEqual([kept.id]);
    // While the vault is still open: the service's checkpoint left no trace in vault.db or its WAL.
    expect((await decryptedVaultBytes(join(folder, 'vault.db'), key)).includes(canary)).toBe(false);

    await t.call('vault.lock');
    const db = openVaultDatabase(join(folder, 'vault.db'), key);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      const idColumn = table === 'cases' ? 'id' : columns.includes('case_id') ? 'case_id' : null;
      if (idColumn) expect(db.prepare(`SELECT count(*) FROM ${table} WHERE ${idColumn} = ?`).pluck().get(doomed.id), table).toBe(0);
      for (const column of columns) {
        expect(db.prepare(`SELECT count(*) FROM ${table} WHERE CAST(${column} AS TEXT) LIKE ?`).pluck().get(`%${canary}%`), `${table}.${column}`).toBe(0);
      }
    }
    expect(db.prepare('SELECT count(*) FROM factors').pluck().get()).toBe(1);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // No byte of any file in the vault folder (database, WAL, header, the backup made at lock)
    // holds the canary, neither as stored nor decrypted.
    for (const file of await listFiles(folder)) {
      expect((await fs.readFile(file)).includes(canary), file).toBe(false);
      if (file.endsWith('vault.db')) expect((await decryptedVaultBytes(file, key)).includes(canary), `${file} decrypted`).toBe(false);
    }
  });
});
