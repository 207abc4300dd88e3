import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase } from '../../electron/core/db/database';
import { livePhase } from '../../electron/core/cases/rows';
import type { CaseRow } from '../../electron/core/cases/record';
import { newDataKey } from '../../electron/core/vault/keys';
import { localDay } from '../../shared/domain/dates';
import { dueWeekFromPregnancyWeek } from '../../shared/domain/thousand-days';
import { newCase } from './support/caseFixture';
import { openExchangeFile, sealExchangeFile } from '../../electron/core/exchange/file';
import { createTestCore, createTestVault, makeTempDir, TEST_KDF } from './support/vaultFixture';

const TEAM = 'zeven blauwe reigers boven de polder';
const before0012 = Object.fromEntries(MIGRATION_NAMES.filter((name) => name < '0012').map((name) => [name, MIGRATIONS[name]])) as Parameters<
  typeof migrateVault
>[2];

describe('0012: the due week and the parent’s voice', () => {
  it('converts stored due dates and typed weeks of pregnancy to due weeks, drops the exact dates, and indexes the parent’s words', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    await migrateVault(db, createKysely(db), before0012);
    // Midday UTC, so the local day is the same in every time zone the test may run in.
    const at = (day: string) => `${day}T12:00:00.000Z`;
    const insertCase = db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, pregnancy_week, context_note, created_at, updated_at, last_activity_at) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)`,
    );
    const insertPerson = db.prepare(
      `INSERT INTO people (id, case_id, role, pseudonym, age_band, due_date, note, created_at, updated_at) VALUES (?, ?, 'child', 'Baby', 'unborn', ?, '', ?, ?)`,
    );
    // Week 20 on Wednesday 4 March 2026 (week 10): 20 weeks on is week 30 of 2026.
    insertCase.run('c1', 'Familie Eik', 'familie eik', 'pregnancy', 20, at('2026-03-04'), at('2026-05-01'), at('2026-05-01'));
    // An exact due date wins over the typed week; the earliest of two; 1 January 2027 is in week 53 of 2026.
    insertCase.run('c2', 'Familie Beuk', 'familie beuk', 'pregnancy', 30, at('2026-06-01'), at('2026-06-01'), at('2026-06-01'));
    insertPerson.run('p1', 'c2', '2027-02-01', at('2026-06-01'), at('2026-06-01'));
    insertPerson.run('p2', 'c2', '2027-01-01', at('2026-06-01'), at('2026-06-01'));
    // A week outside the pregnancy phase means nothing; a case without either keeps no due week.
    insertCase.run('c3', 'Familie Den', 'familie den', '0-6m', 12, at('2026-03-04'), at('2026-03-04'), at('2026-03-04'));
    insertCase.run('c4', 'Familie Es', 'familie es', '1-2y', null, at('2026-03-04'), at('2026-03-04'), at('2026-03-04'));
    // A due date on a case that is not (any longer) in pregnancy still gives its week: the strip counts from it.
    insertPerson.run('p3', 'c4', '2025-02-10', at('2026-03-04'), at('2026-03-04'));

    await migrateVault(db, createKysely(db));

    const rows = db.prepare(`SELECT id, due_week, parent_worries, parent_goes_well, parent_asks FROM cases ORDER BY id`).all();
    expect(rows).toEqual([
      { id: 'c1', due_week: '2026-W30', parent_worries: '', parent_goes_well: '', parent_asks: '' },
      { id: 'c2', due_week: '2026-W53', parent_worries: '', parent_goes_well: '', parent_asks: '' },
      { id: 'c3', due_week: null, parent_worries: '', parent_goes_well: '', parent_asks: '' },
      { id: 'c4', due_week: '2025-W07', parent_worries: '', parent_goes_well: '', parent_asks: '' },
    ]);
    const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('cases')).not.toContain('pregnancy_week');
    expect(columns('people')).not.toContain('due_date');
    expect(db.prepare(`SELECT count(*) FROM people`).pluck().get()).toBe(3);

    // The phase follows the due week: seen from 1 July 2026, c1 is in week 37 and c4's child is 16 months.
    const row = (id: string) => db.prepare(`SELECT * FROM cases WHERE id = ?`).get(id) as CaseRow;
    expect(livePhase(row('c1'), '2026-07-01')).toEqual({ phase: 'pregnancy', pregnancyWeek: 37 });
    expect(livePhase(row('c1'), '2026-09-01')).toEqual({ phase: '0-6m', pregnancyWeek: null });
    expect(livePhase(row('c4'), '2026-07-01')).toEqual({ phase: '1-2y', pregnancyWeek: null });
    expect(livePhase(row('c3'), '2026-07-01')).toEqual({ phase: '0-6m', pregnancyWeek: null });

    // The database keeps only week-shaped values; the parent's words are searchable with the case.
    expect(() => db.prepare(`UPDATE cases SET due_week = '2026-03-04' WHERE id = 'c1'`).run()).toThrow(/cases_due_week/);
    db.prepare(`UPDATE cases SET parent_asks = 'Ze vraagt om hulp bij het slapen' WHERE id = 'c3'`).run();
    const match = (q: string) =>
      db.prepare(`SELECT d.source_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?`).pluck().all(q);
    expect(match('"slapen"')).toEqual(['c3']);
    expect(match('"uitgerekende" "week" "53"')).toEqual(['c2']);
    expect(() => db.exec(`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`)).not.toThrow();
    db.close();
  });

  it('the parent’s voice: saved, searchable, exported and imported; her answer lands on the map as her words', async () => {
    const a = await createTestCore();
    await createTestVault(a, 'vault-a', 'Anna');
    const made = await newCase(a, 'Familie Wilg', { phase: 'pregnancy', pregnancyWeek: 31 });
    const today = localDay(a.clock.now);
    expect(made).toMatchObject({ phase: 'pregnancy', pregnancyWeek: 31, dueWeek: dueWeekFromPregnancyWeek(31, today) });

    // Only the fields given change.
    await a.call('cases.update', { id: made.id, parentVoice: { worries: 'Ik ben bang dat ik het niet aankan' } });
    const voiced = await a.call('cases.update', { id: made.id, parentVoice: { goesWell: 'Mijn moeder helpt', asks: 'Iemand die meekijkt na de bevalling' } });
    expect(voiced.parentVoice).toEqual({
      worries: 'Ik ben bang dat ik het niet aankan',
      goesWell: 'Mijn moeder helpt',
      asks: 'Iemand die meekijkt na de bevalling',
    });
    expect((await a.call('cases.get', { id: made.id })).case.parentVoice).toEqual(voiced.parentVoice);
    const found = await a.call('search.query', { query: 'bevalling', kinds: ['case'] });
    expect(found.results.map((r) => r.sourceId)).toEqual([made.id]);
    expect((await a.fail('cases.update', { id: made.id, parentVoice: { worries: 'x'.repeat(20_001) } })).code).toBe('INVALID_INPUT');

    // A conversation answer saved as a beschermende factor in her words.
    const factor = await a.call('factors.save', {
      caseId: made.id,
      sector: 'buffer',
      category: 'parent-strength',
      otherLabel: null,
      text: 'Ik zing elke avond voor haar',
      kind: 'parent-words',
      voice: 'parent',
      chainPartnerId: null,
      pressure: null,
      duration: null,
      buffered: null,
      tags: [],
      status: 'current',
    });
    expect(factor).toMatchObject({ kind: 'parent-words', voice: 'parent', pressure: null, duration: null, buffered: null });

    // The voice and the due week travel with the case.
    const file = join(a.root, 'wilg.dyade');
    await a.call('exchange.export', { caseIds: [made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    b.clock.now = a.clock.now;
    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    const imported = await b.call('cases.get', { id: made.id });
    expect(imported.case).toMatchObject({ dueWeek: made.dueWeek, pregnancyWeek: 31, parentVoice: voiced.parentVoice });
    expect(imported.factors).toEqual([expect.objectContaining({ id: factor.id, kind: 'parent-words', voice: 'parent', text: 'Ik zing elke avond voor haar' })]);
    expect((await b.call('search.query', { query: 'bevalling', kinds: ['case'] })).results.map((r) => r.sourceId)).toEqual([made.id]);
  });

  it('an exchange file from before 0012 still imports: its typed week and exact due date become the due week', async () => {
    const a = await createTestCore();
    await createTestVault(a, 'vault-a', 'Anna');
    const made = await newCase(a, 'Familie Linde', { phase: 'pregnancy', dueWeek: '2026-W53' });
    await a.call('people.save', { caseId: made.id, role: 'child', pseudonym: 'Baby', ageBand: 'unborn' });
    const other = await newCase(a, 'Familie Hazel', { phase: 'pregnancy', dueWeek: '2026-W30' });
    const file = join(a.root, 'linde.dyade');
    await a.call('exchange.export', { caseIds: [made.id, other.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    type Payload = { tables: Record<string, Array<Record<string, string | number | null>>> };
    const payload = (await openExchangeFile(await fs.readFile(file), TEAM, TEST_KDF)) as Payload;
    // Rewrite the rows as an older app wrote them: no due week or voice, a typed week, an exact date.
    for (const row of payload.tables.cases!) {
      delete row.due_week;
      delete row.parent_worries;
      delete row.parent_goes_well;
      delete row.parent_asks;
      row.phase = 'pregnancy';
      row.pregnancy_week = row.id === other.id ? 20 : 30;
      row.created_at = '2026-03-04T12:00:00.000Z';
    }
    for (const row of payload.tables.people!) row.due_date = '2027-01-01';
    const legacy = join(a.root, 'legacy.dyade');
    await fs.writeFile(legacy, await sealExchangeFile(payload, TEAM, TEST_KDF));

    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    await b.call('exchange.import', { file: await b.chooseOpenFile(legacy), passphrase: TEAM });
    // The exact date (1 January 2027, week 53 of 2026) wins; else 20 weeks on 4 March 2026 is week 30.
    expect((await b.call('cases.get', { id: made.id })).case).toMatchObject({ dueWeek: '2026-W53', parentVoice: { worries: '', goesWell: '', asks: '' } });
    expect((await b.call('cases.get', { id: other.id })).case.dueWeek).toBe('2026-W30');
    expect((await b.call('cases.get', { id: made.id })).people).toEqual([expect.objectContaining({ pseudonym: 'Baby', ageBand: 'unborn' })]);
  });
});
