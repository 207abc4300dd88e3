import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase, type SqliteHandle } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { startAuditChain } from '../../electron/core/vault/auditChain';
import type { MethodInput } from '../../shared/contract';
import { CHAIN_TYPES, PERSON_ROLES } from '../../shared/domain/case';
import { emptyMeldcodeSteps } from '../../shared/domain/meldcode';
import { factorInput, issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, makeTempDir, type TestCore } from './support/vaultFixture';

const AT = '2025-03-01T09:00:00.000Z';
const TEAM = 'zeven blauwe reigers boven de polder';

function filled(caseId: string): MethodInput<'meldcode.save'> {
  const steps = emptyMeldcodeSteps();
  return {
    caseId,
    step1: { date: '2026-12-15', signals: 'Blauwe plek op de bovenarm, moeder zegt: gestoten.', kindcheck: 'Eén kind (4 mnd), moeder zorgt alleen.' },
    step2: {
      date: '2026-12-16',
      consulted: 'aandachtsfunctionaris',
      adviceFrom: 'veilig-thuis',
      adviceBy: 'adviseur Veilig Thuis',
      advice: 'Gesprek voeren, opnieuw wegen.',
    },
    step3: { date: '2026-12-17', withWhom: 'moeder', said: 'Wat ik zag en waar ik me zorgen over maak.', reaction: 'Schrok, wil hulp bij de nachten.' },
    step4: {
      date: '2026-12-18',
      answers: {
        ...steps.step4.answers,
        suspicion: { answer: 'yes', note: 'Signalen blijven.' },
        unsafety: { answer: 'no', note: '' },
        'able-to-help': { answer: 'yes', note: 'Extra huisbezoeken.' },
      },
    },
    step5: { date: '2026-12-19', reportNeeded: 'yes', reportReasons: 'Met moeder besproken.', helpPossible: 'yes', helpReasons: 'Huisbezoek elke week.' },
  };
}

describe('meldcode record', () => {
  it('is empty until saved, then keeps the five steps as given and moves the case’s activity', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const made = await newCase(t, 'Familie Ster');
    const empty = await t.call('meldcode.get', { caseId: made.id });
    expect(empty).toEqual({ caseId: made.id, ...emptyMeldcodeSteps(), updatedAt: null });

    t.clock.now = new Date('2026-12-19T10:00:00.000Z');
    const input = filled(made.id);
    const saved = await t.call('meldcode.save', input);
    const { caseId: _caseId, ...steps } = input;
    expect(saved).toEqual({ caseId: made.id, ...steps, updatedAt: '2026-12-19T10:00:00.000Z' });
    expect(await t.call('meldcode.get', { caseId: made.id })).toEqual(saved);
    expect((await t.call('cases.get', { id: made.id })).case.lastActivityAt).toBe('2026-12-19T10:00:00.000Z');

    // Saved again whole: a step cleared is cleared.
    const again = await t.call('meldcode.save', { ...input, step3: { date: null, withWhom: '', said: '', reaction: '' } });
    expect(again.step3).toEqual({ date: null, withWhom: '', said: '', reaction: '' });
    expect((await t.call('meldcode.get', { caseId: made.id })).step3.withWhom).toBe('');
  });

  it('refuses an unknown case, a bad date or an answer the domain does not know, with the field named', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const made = await newCase(t);
    expect((await t.fail('meldcode.get', { caseId: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await t.fail('meldcode.save', { ...filled(made.id), caseId: randomUUID() })).code).toBe('NOT_FOUND');
    const badDate = await t.fail('meldcode.save', { ...filled(made.id), step1: { date: '15-12-2026', signals: '', kindcheck: '' } });
    expect(badDate.code).toBe('INVALID_INPUT');
    expect(issuePaths(badDate)).toContain('step1.date');
    const badAnswer = await t.fail('meldcode.save', {
      ...filled(made.id),
      step5: { date: null, reportNeeded: 'maybe' as 'yes', reportReasons: '', helpPossible: null, helpReasons: '' },
    });
    expect(issuePaths(badAnswer)).toContain('step5.reportNeeded');
    expect((await t.call('meldcode.get', { caseId: made.id })).updatedAt).toBeNull();
  });

  it('goes with its case when the case is erased', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const doomed = await newCase(t, 'Familie Weg');
    await t.call('meldcode.save', filled(doomed.id));
    await t.call('cases.erase', { id: doomed.id, confirmPseudonym: 'Familie Weg' });
    expect((await t.fail('meldcode.get', { caseId: doomed.id })).code).toBe('NOT_FOUND');
  });

  it('is in the access export, and null there while nothing was saved', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const made = await newCase(t);
    expect((await t.call('access.get', { caseId: made.id })).meldcode).toBeNull();
    const saved = await t.call('meldcode.save', filled(made.id));
    expect((await t.call('access.get', { caseId: made.id })).meldcode).toEqual(saved);
  });

  it('prints as a PDF through the print view of its case, audited as a print', async () => {
    const routes: string[] = [];
    const t = await createTestCore({
      printToPdf: async (core, route) => {
        routes.push(route);
        const shown = await core.dispatch('meldcode.get', { caseId: route.split('/').pop() ?? '' });
        if (!shown.ok) throw new Error(`the print view could not read the record: ${shown.error.code}`);
        return new Uint8Array(Buffer.from('%PDF-1.7 test'));
      },
    });
    await createTestVault(t);
    const made = await newCase(t);
    await t.call('meldcode.save', filled(made.id));
    const path = join(t.root, 'meldcode.pdf');
    expect(await t.call('reports.savePdf', { kind: 'meldcode', id: made.id, file: await t.chooseSaveFile('pdf', path) })).toEqual({ path, bytes: 13 });
    expect(routes).toEqual([`#/print/meldcode/${made.id}`]);
    expect((await t.call('audit.search', { action: 'print.made' })).entries.map((e) => e.detail.kind)).toEqual(['meldcode-pdf']);
    expect((await t.fail('reports.savePdf', { kind: 'meldcode', id: randomUUID(), file: await t.chooseSaveFile('pdf', path) })).code).toBe('NOT_FOUND');
    expect(routes).toHaveLength(1);
  }, 60_000);

  it('travels in an exchange file and merges like every item: added, then unchanged, then updated', async () => {
    const a = await createTestCore();
    await createTestVault(a, 'vault-a', 'Anna');
    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    const made = await newCase(a, 'Familie Eik');
    await a.call('people.save', { caseId: made.id, role: 'partner', pseudonym: 'Partner P' });
    await a.call('chain.save', { caseId: made.id, type: 'youth-mental-health', label: 'Jeugd-ggz-team' });
    const saved = await a.call('meldcode.save', filled(made.id));
    const file = join(a.root, 'eik.dyade');
    const exported = await a.call('exchange.export', { caseIds: [made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    expect(exported.manifest.cases[0]!.counts).toMatchObject({ case: 1, person: 1, chain: 1, meldcode: 1 });

    const first = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(first.cases[0]).toMatchObject({ isNew: true, added: 4, conflicts: 0 });
    expect(await b.call('meldcode.get', { caseId: made.id })).toEqual(saved);
    const detail = await b.call('cases.get', { id: made.id });
    expect(detail.people.map((p) => p.role)).toEqual(['partner']);
    expect(detail.chain.map((c) => c.type)).toEqual(['youth-mental-health']);

    a.clock.now = new Date(a.clock.now.getTime() + 60_000);
    const changed = await a.call('meldcode.save', {
      ...filled(made.id),
      step5: { ...filled(made.id).step5, helpReasons: 'Huisbezoek en CenteringOuderschap.' },
    });
    await a.call('exchange.export', { caseIds: [made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    const second = await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    expect(second.cases[0]).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await b.call('meldcode.get', { caseId: made.id })).step5.helpReasons).toBe(changed.step5.helpReasons);
  });
});

// ------------------------------------------------------------------------------------------------
// The 0011 migration on a vault with rows
// ------------------------------------------------------------------------------------------------

const upTo = (last: string) =>
  Object.fromEntries(MIGRATION_NAMES.filter((name) => name <= last).map((name) => [name, MIGRATIONS[name]])) as Parameters<typeof migrateVault>[2];

const KEPT: Record<string, string> = {
  cases: 'id',
  people: 'id',
  chain_partners: 'id',
  factors: 'id',
  session_contributions: 'id',
  exchange_base: 'item_table, item_id',
  exchange_conflicts: 'id',
  search_docs: 'id',
};

function fill(db: SqliteHandle): void {
  db.exec(`
    INSERT INTO members (id, display_name, added_at, added_by, removed_at) VALUES ('m1', 'Anna', '${AT}', NULL, NULL);
    INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, pregnancy_week, status, holder_id, context_note, created_at, updated_at, last_activity_at) VALUES
      ('c1', 'Zoë', 'zoe', 'pregnancy', 20, 'open', 'm1', 'notitie', '${AT}', '${AT}', '${AT}'),
      ('c2', 'Noah', 'noah', '1-2y', NULL, 'closed', NULL, '', '${AT}', '${AT}', '${AT}');
    INSERT INTO people (id, case_id, role, pseudonym, age_band, due_date, note, created_at, updated_at) VALUES
      ('p2', 'c1', 'child', 'Kind', 'unborn', '2025-07-01', '', '${AT}', '${AT}'),
      ('p1', 'c1', 'parent', 'M', 'adult', NULL, 'moeder', '${AT}', '${AT}'),
      ('p3', 'c2', 'household', 'Oma', NULL, NULL, 'woont in', '${AT}', '${AT}');
    INSERT INTO chain_partners (id, case_id, type, label, relationship, already_asked, last_contact, created_at, updated_at) VALUES
      ('k2', 'c1', 'midwife', 'Verloskundige', '', '', NULL, '${AT}', '${AT}'),
      ('k1', 'c1', 'gp', 'Huisarts', 'vertrouwd', 'slaap', '2025-02-20', '${AT}', '${AT}'),
      ('k3', 'c2', 'veilig-thuis', 'VT', '', '', NULL, '${AT}', '${AT}');
    INSERT INTO factors (id, case_id, sector, category, other_label, text, kind, voice, chain_partner_id, pressure, duration, buffered, tags, status, placement, session_id, created_at, updated_at) VALUES
      ('f1', 'c1', 'external', 'housing', NULL, 'krappe woning', 'observation', 'chain', 'k1', 'heavy', 'prolonged', 'partly', '[]', 'current', NULL, NULL, '${AT}', '${AT}'),
      ('f2', 'c1', 'buffer', 'professional-support', NULL, 'ziet haar wekelijks', 'observation', 'chain', 'k2', NULL, NULL, NULL, '[]', 'current', NULL, NULL, '${AT}', '${AT}'),
      ('f3', 'c1', 'buffer', 'other', 'buurvrouw', 'helpt', 'hypothesis', 'parent', NULL, NULL, NULL, NULL, '[]', 'current', NULL, NULL, '${AT}', '${AT}'),
      ('f4', 'c2', 'parent', 'psychological-problems', NULL, 'somber', 'parent-words', 'chain', 'k3', NULL, NULL, NULL, '[]', 'current', NULL, NULL, '${AT}', '${AT}');
    INSERT INTO exchange_base (item_table, item_id, case_id, hash) VALUES ('chain_partners', 'k1', 'c1', 'h1'), ('people', 'p1', 'c1', 'h2');
    INSERT INTO exchange_conflicts (id, case_id, item_table, item_id, incoming, incoming_hash, from_vault_id, imported_at) VALUES ('x1', 'c1', 'people', 'p1', '{"id":"p1"}', 'h4', 'vault-b', '${AT}');
  `);
}

function rows(db: SqliteHandle): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(KEPT).map(([table, key]) => [table, db.prepare(`SELECT rowid AS _rowid, * FROM ${table} ORDER BY ${key}`).all()]));
}

function shape(db: SqliteHandle): unknown {
  return {
    foreignKeys: Object.fromEntries(Object.keys(KEPT).map((table) => [table, db.pragma(`foreign_key_list(${table})`)])),
    // The new table's own key index aside, everything as it was.
    indexesAndTriggers: db
      .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name <> 'meldcode_records' ORDER BY type, name`)
      .all(),
  };
}

describe('0011_meldcode_chain', () => {
  it('rebuilds people, the chain and the exchange bookkeeping with every row, rowid and link; factors keep their chain partner', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    // Just before 0011, then 0011 alone: the later migrations change rows of their own.
    await migrateVault(db, createKysely(db), upTo('0010_care_options'));
    fill(db);
    const before = { rows: rows(db), shape: shape(db) };
    expect(before.rows.factors!.filter((f) => (f as { chain_partner_id: string | null }).chain_partner_id !== null)).toHaveLength(3);

    await migrateVault(db, createKysely(db), upTo('0011_meldcode_chain'));
    startAuditChain(db);
    expect(rows(db)).toEqual(before.rows);
    expect(shape(db)).toEqual(before.shape);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '%_0011' OR name LIKE '%before_0011')`).all()).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The factors' reference still names chain_partners, the rebuilt table.
    expect(db.pragma('foreign_key_list(factors)')).toEqual(
      expect.arrayContaining([expect.objectContaining({ table: 'chain_partners', from: 'chain_partner_id', on_delete: 'SET NULL' })]),
    );

    // The new values fit; an unknown one does not.
    for (const role of PERSON_ROLES) expect(() => db.prepare(`UPDATE people SET role = ? WHERE id = 'p1'`).run(role), role).not.toThrow();
    for (const type of CHAIN_TYPES) expect(() => db.prepare(`UPDATE chain_partners SET type = ? WHERE id = 'k1'`).run(type), type).not.toThrow();
    expect(() => db.prepare(`UPDATE people SET role = 'neighbour' WHERE id = 'p1'`).run()).toThrow(/CHECK constraint failed: people_role/);
    expect(() => db.prepare(`INSERT INTO exchange_base (item_table, item_id, case_id, hash) VALUES ('meldcode_records', 'c1', 'c1', 'h')`).run()).not.toThrow();

    // Links still act: removing a chain partner clears its factor's link; removing a case takes its people, chain and record.
    db.prepare(`INSERT INTO meldcode_records (case_id, signals, updated_at) VALUES ('c2', 'signalen', '${AT}')`).run();
    db.prepare(`DELETE FROM chain_partners WHERE id = 'k1'`).run();
    expect(db.prepare(`SELECT chain_partner_id FROM factors WHERE id = 'f1'`).pluck().get()).toBeNull();
    expect(db.prepare(`SELECT chain_partner_id FROM factors WHERE id = 'f2'`).pluck().get()).toBe('k2');
    // The search index triggers came back: a new person is found.
    db.prepare(
      `INSERT INTO people (id, case_id, role, pseudonym, note, created_at, updated_at) VALUES ('p9', 'c1', 'partner', 'Vader V', 'kolibriewoord', ?, ?)`,
    ).run(AT, AT);
    expect(db.prepare(`SELECT count(*) FROM search_docs WHERE kind = 'person' AND source_id = 'p9'`).pluck().get()).toBe(1);
    db.prepare(`DELETE FROM cases WHERE id = 'c2'`).run();
    for (const table of ['people', 'chain_partners', 'factors', 'meldcode_records']) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE case_id = 'c2'`).pluck().get(), table).toBe(0);
    }
    db.close();
  });
});

describe('chain types and the partner role', () => {
  it('saves a chain partner of every new type and a person with the role partner', async () => {
    const t: TestCore = await createTestCore();
    await createTestVault(t);
    const made = await newCase(t);
    for (const type of [
      'youth-mental-health',
      'youth-protection',
      'child-protection-board',
      'paediatrician',
      'gynaecologist',
      'gp-mental-health',
      'social-work',
      'debt-counselling',
    ] as const) {
      expect((await t.call('chain.save', { caseId: made.id, type, label: type })).type).toBe(type);
    }
    const partner = await t.call('people.save', { caseId: made.id, role: 'partner', pseudonym: 'Partner P' });
    expect(partner.role).toBe('partner');
    const linked = await t.call(
      'factors.save',
      factorInput(made.id, { voice: 'chain', chainPartnerId: (await t.call('cases.get', { id: made.id })).chain[0]!.id }),
    );
    expect(linked.chainPartnerId).not.toBeNull();
  });
});
