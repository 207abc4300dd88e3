import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { searchIndexDdl } from '../../electron/core/db/searchIndex';
import { openVaultDatabase } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import type { SearchResult } from '../../shared/domain/journal';
import { factorInput, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, makeTempDir } from './support/vaultFixture';

const marked = (result: SearchResult | undefined) => [...(result?.title ?? []), ...(result?.snippet ?? [])].filter((s) => s.mark).map((s) => s.text);
const ids = (results: SearchResult[]) => results.map((r) => r.sourceId);

async function setup() {
  const t = await createTestCore();
  await createTestVault(t);
  return t;
}

describe('search finds what you mean (stems, labels, week)', { timeout: 60_000 }, () => {
  it('finds Dutch and English words by their stem and highlights them as written', async () => {
    const t = await setup();
    const a = await newCase(t, 'Familie Abel', { contextNote: 'Moeder vergeet vaak haar afspraken bij de verloskundige.' });
    const b = await newCase(t, 'Familie Bos', { contextNote: 'Eén afspraak per maand lukt goed.' });
    const c = await newCase(t, 'Family Cole', { contextNote: 'Mother missed two appointments at the clinic.' });

    const singular = await t.call('search.query', { query: 'afspraak' });
    expect(ids(singular.results).sort()).toEqual([a.id, b.id].sort());
    expect(marked(singular.results.find((r) => r.sourceId === a.id))).toEqual(['afspraken']);

    const plural = await t.call('search.query', { query: 'afspraken' });
    expect(ids(plural.results).sort()).toEqual([a.id, b.id].sort());
    expect(marked(plural.results.find((r) => r.sourceId === b.id))).toEqual(['afspraak']);

    const english = await t.call('search.query', { query: 'appointment' });
    expect(ids(english.results)).toEqual([c.id]);
    expect(marked(english.results[0])).toEqual(['appointments']);
    // Typing still finds by prefix.
    expect(ids((await t.call('search.query', { query: 'afspr' })).results).sort()).toEqual([a.id, b.id].sort());
  });

  it("finds a factor by its category's label in Dutch and English, people by role, a case by its due week", async () => {
    const t = await setup();
    const noord = await newCase(t, 'Familie Noord', { phase: 'pregnancy', pregnancyWeek: 31 });
    const zuid = await newCase(t, 'Familie Zuid', { phase: 'pregnancy', pregnancyWeek: 20 });
    const money = await t.call('factors.save', factorInput(noord.id, { sector: 'external', category: 'finances', text: 'Vader heeft twee banen.' }));
    await t.call('factors.save', factorInput(zuid.id, { sector: 'external', category: 'housing', text: 'Krappe woning.' }));

    for (const query of ['financiën', 'financien', 'finances', 'financ']) {
      const found = await t.call('search.query', { query });
      expect(ids(found.results), query).toEqual([money.id]);
    }
    // A case is found by its due week (0012), as people write it; 31 weeks today is 9 weeks on.
    const [year, week] = (noord.dueWeek ?? '').split('-W').map(Number);
    for (const query of [`week ${week} ${year}`, `week ${week} van ${year}`, `week ${week} of ${year}`, `uitgerekende week ${week}`, `due week ${week}`]) {
      expect(ids((await t.call('search.query', { query, kinds: ['case'] })).results), query).toEqual([noord.id]);
    }
    // The due week moves with the case.
    await t.call('cases.update', { id: zuid.id, pregnancyWeek: 31 });
    expect(ids((await t.call('search.query', { query: `uitgerekende week ${week}`, kinds: ['case'] })).results).sort()).toEqual([noord.id, zuid.id].sort());

    const person = await t.call('people.save', { caseId: noord.id, role: 'parent', pseudonym: 'M.' });
    expect(ids((await t.call('search.query', { query: 'ouder', kinds: ['person'] })).results)).toEqual([person.id]);
    expect(ids((await t.call('search.query', { query: 'parent', kinds: ['person'] })).results)).toEqual([person.id]);
  });

  it('migrates an indexed vault: the index gains its terms and the triggers match the live definition', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    const upTo0006 = Object.fromEntries(MIGRATION_NAMES.filter((name) => name < '0007').map((name) => [name, MIGRATIONS[name]])) as Parameters<
      typeof migrateVault
    >[2];
    await migrateVault(db, createKysely(db), upTo0006);
    db.exec(`
      INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, pregnancy_week, context_note, created_at, updated_at, last_activity_at)
      VALUES ('c1', 'Familie Oost', 'familie oost', 'pregnancy', 31, 'Veel afspraken gemist.', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
    `);
    await migrateVault(db, createKysely(db));
    const match = (q: string) =>
      db.prepare(`SELECT d.source_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?`).pluck().all(q);
    expect(match('"afsprak"')).toEqual(['c1']);
    // 0012 turned the typed week (31 on 1 January 2025) into the due week, week 10 of 2025.
    expect(db.prepare(`SELECT due_week FROM cases`).pluck().get()).toBe('2025-W10');
    expect(match('"uitgerekende" "week" "10" "2025"')).toEqual(['c1']);
    expect(() => db.exec(`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`)).not.toThrow();
    const live = searchIndexDdl()
      .filter((s) => s.startsWith('CREATE TRIGGER'))
      .map((s) => s.replace(/\s+/g, ' '));
    const stored = (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'`).pluck().all() as string[]).map((s) =>
      s.replace(/\s+/g, ' '),
    );
    expect(stored.sort()).toEqual(live.sort());
    db.close();
  });
});
