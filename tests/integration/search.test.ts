import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { rebuildSearchIndex } from '../../electron/core/db/searchIndex';
import { openVaultDatabase } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import type { SearchResult } from '../../shared/domain/journal';
import { decryptedVaultBytes, factorInput, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, makeTempDir, STRONG_PASSPHRASE, unwrapTestKey, type TestCore } from './support/vaultFixture';

const marked = (result: SearchResult | undefined) => result?.snippet.filter((s) => s.mark).map((s) => s.text) ?? [];
const ids = (results: SearchResult[]) => results.map((r) => r.sourceId);

async function setup() {
  const t = await createTestCore();
  const vault = await createTestVault(t);
  return { t, ...vault };
}

/** Rows written straight into the vault file, as an importer (or the sessions feature) would. */
async function writeDirectly(t: TestCore, folder: string, memberId: string, statements: (db: ReturnType<typeof openVaultDatabase>) => void) {
  await t.call('vault.lock');
  const key = await unwrapTestKey(folder, memberId, STRONG_PASSPHRASE);
  const db = openVaultDatabase(join(folder, 'vault.db'), key);
  statements(db);
  db.close();
  await t.call('vault.unlock', { path: folder, memberId, passphrase: STRONG_PASSPHRASE });
  return key;
}

describe('search', () => {
  it('finds text accent-insensitively, by prefix as you type, ranked, with highlighted snippets', async () => {
    const { t } = await setup();
    const zoe = await newCase(t, 'Familie Zoë', { contextNote: 'Moeder ervaart veel spanning sinds de verhuizing.' });
    await t.call('factors.save', factorInput(zoe.id, { text: 'Geïsoleerd: geen familie in de buurt, partner werkt in het buitenland.' }));
    await t.call('chain.save', {
      caseId: zoe.id,
      type: 'midwife',
      label: 'Verloskundige',
      alreadyAsked: 'Vroeg al naar het netwerk en de coöperatie met kraamzorg.',
    });
    const entry = await t.call('journal.create', { caseId: zoe.id, body: 'Ik merk dat ik de **moeder** snel een label gaf.' });

    expect(ids((await t.call('search.query', { query: 'zoe' })).results)).toEqual([zoe.id]);
    expect(ids((await t.call('search.query', { query: 'ZOË' })).results)).toEqual([zoe.id]);
    const isolated = await t.call('search.query', { query: 'geisol' });
    expect(isolated.results).toHaveLength(1);
    expect(isolated.results[0]).toMatchObject({
      kind: 'factor',
      caseId: zoe.id,
      casePseudonym: 'Familie Zoë',
      facts: { sector: 'external', category: 'housing' },
    });
    expect(marked(isolated.results[0])).toEqual(['Geïsoleerd']);
    expect(ids((await t.call('search.query', { query: 'cooperatie' })).results)).toHaveLength(1);

    const twoWords = await t.call('search.query', { query: 'moed lab' });
    expect(ids(twoWords.results)).toEqual([entry.id]);
    expect(twoWords.results[0]?.snippet.map((s) => s.text).join('')).not.toContain('**');
    expect(marked(twoWords.results[0])).toEqual(['moeder', 'label']);

    // "moeder" in the case's own text and in the journal: both found; the pseudonym ranks a case first
    expect((await t.call('search.query', { query: 'moeder' })).results.map((r) => r.kind).sort()).toEqual(['case', 'journal']);
    expect((await t.call('search.query', { query: 'familie' })).results[0]?.kind).toBe('case');
  });

  it('treats FTS syntax in the query as plain words and ignores an empty query', async () => {
    const { t } = await setup();
    await newCase(t, 'Familie Noord', { contextNote: 'near het station' });
    expect((await t.call('search.query', { query: '' })).results).toEqual([]);
    expect((await t.call('search.query', { query: '"*():' })).results).toEqual([]);
    expect((await t.call('search.query', { query: 'NEAR(noord' })).results).toHaveLength(1);
    expect((await t.call('search.query', { query: 'noord AND OR NOT' })).results).toEqual([]);
    expect((await t.call('search.query', { query: 'title:noord' })).results).toEqual([]);
  });

  it('filters by kind, case and date', async () => {
    const { t } = await setup();
    const a = await newCase(t, 'Familie A', { contextNote: 'slaapproblemen' });
    t.clock.now = new Date('2025-03-10T09:00:00.000Z');
    const b = await newCase(t, 'Familie B');
    await t.call('factors.save', factorInput(b.id, { text: 'slaapgebrek bij vader' }));
    await t.call('journal.create', { caseId: b.id, body: 'Over de slaap van Bo' });
    expect((await t.call('search.query', { query: 'slaap' })).results).toHaveLength(3);
    expect((await t.call('search.query', { query: 'slaap', kinds: ['factor', 'journal'] })).results.map((r) => r.kind).sort()).toEqual(['factor', 'journal']);
    expect(ids((await t.call('search.query', { query: 'slaap', caseId: a.id })).results)).toEqual([a.id]);
    expect(ids((await t.call('search.query', { query: 'slaap', to: '2025-03-01' })).results)).toEqual([a.id]);
    expect((await t.call('search.query', { query: 'slaap', from: '2025-03-10' })).results).toHaveLength(2);
  });

  it('date filters find rows whose ids do not follow their dates (edits, imports), and an upgraded vault gets the date index', async () => {
    const { t, folder, session } = await setup();
    const item = await newCase(t, 'Familie Datum');
    t.clock.now = new Date('2025-03-10T09:00:00.000Z');
    const recent = await t.call('journal.create', { caseId: item.id, body: 'datumwoord van maart' });
    // Written after the March entry, with older dates: higher ids, earlier days.
    await writeDirectly(t, folder, session.member.id, (db) => {
      for (const [id, at] of [
        ['66666666-6666-4666-8666-666666666666', '2025-01-05T09:00:00.000Z'],
        ['77777777-7777-4777-8777-777777777777', '2025-02-05T09:00:00.000Z'],
      ] as const)
        db.prepare(
          `INSERT INTO factors (id, case_id, sector, category, kind, voice, text, created_at, updated_at) VALUES (?, ?, 'child', 'temperament', 'observation', 'parent', 'datumwoord geimporteerd', ?, ?)`,
        ).run(id, item.id, at, at);
    });
    const found = async (filter: { from?: string; to?: string }) => ids((await t.call('search.query', { query: 'datumwoord', ...filter })).results).sort();
    expect(await found({})).toHaveLength(3);
    expect(await found({ from: '2025-02-01' })).toEqual(['77777777-7777-4777-8777-777777777777', recent.id].sort());
    expect(await found({ to: '2025-02-10' })).toEqual(['66666666-6666-4666-8666-666666666666', '77777777-7777-4777-8777-777777777777']);
    expect(await found({ from: '2025-01-01', to: '2025-01-31' })).toEqual(['66666666-6666-4666-8666-666666666666']);
    expect(await found({ from: '2025-02-05', to: '2025-02-05' })).toEqual(['77777777-7777-4777-8777-777777777777']);
    expect(await found({ from: '2025-04-01' })).toEqual([]);
    expect(await found({ to: '2024-12-31' })).toEqual([]);
    expect(await found({ from: '2025-03-01', to: '2025-02-01' })).toEqual([]);

    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    const upTo15 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0016')) as Parameters<typeof migrateVault>[2];
    await migrateVault(db, createKysely(db), upTo15);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'search_docs_at'`).pluck().get()).toBe(0);
    await migrateVault(db, createKysely(db));
    expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'search_docs_at'`).pluck().get()).toBe('CREATE INDEX search_docs_at ON search_docs (at)');
    db.close();
  });

  it('keeps the index in step: edits replace old text, deleted text is no longer findable, and its bytes are gone', async () => {
    const { t, folder, session } = await setup();
    const item = await newCase(t, 'Familie Wis');
    const entry = await t.call('journal.create', { caseId: item.id, body: 'Eerste versie met xylofoonwoord' });
    await t.call('journal.update', { id: entry.id, body: 'Tweede versie met trompetwoord' });
    expect((await t.call('search.query', { query: 'xylofoonwoord' })).results).toEqual([]);
    expect(ids((await t.call('search.query', { query: 'trompetw' })).results)).toEqual([entry.id]);
    const person = await t.call('people.save', { caseId: item.id, role: 'parent', pseudonym: 'Vader V', note: 'harmonicawoord' });
    await t.call('people.remove', { id: person.id });
    expect((await t.call('search.query', { query: 'harmonicawoord' })).results).toEqual([]);

    await t.call('journal.delete', { id: entry.id });
    expect((await t.call('search.query', { query: 'trompetwoord' })).results).toEqual([]);
    await t.call('vault.lock');
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    const bytes = await decryptedVaultBytes(join(folder, 'vault.db'), key);
    expect(bytes.includes(Buffer.from('trompetwoord'))).toBe(false);
    expect(bytes.includes(Buffer.from('harmonicawoord'))).toBe(false);
  });

  it('removes everything of a deleted case from the index, sessions, contributions and action points included', async () => {
    const { t, folder, session } = await setup();
    const item = await newCase(t, 'Familie Weg', { contextNote: 'kabouterwoord' });
    await t.call('factors.save', factorInput(item.id, { text: 'kabouterwoord factor' }));
    const at = '2025-03-01T09:00:00.000Z';
    await writeDirectly(t, folder, session.member.id, (db) => {
      db.prepare(
        `INSERT INTO sessions (id, case_id, method_id, method, question, participants, roles, status, timer, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', ?, 'what-and-why', '{}', 'kabouterwoord vraag', '[]', '{}', 'finished', '{}', ?, ?)`,
      ).run(item.id, at, at);
      db.prepare(
        `INSERT INTO session_outcomes (session_id, intensity, reasons, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'specific', 'reden kaboutergrond', ?)`,
      ).run(at);
      db.prepare(
        `INSERT INTO session_contributions (id, session_id, phase_key, kind, text, created_at, updated_at) VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'why', 'hypothesis', 'kabouterwoord hypothese', ?, ?)`,
      ).run(at, at);
      db.prepare(
        `INSERT INTO session_contributions (id, session_id, phase_key, kind, text, hidden, created_at, updated_at) VALUES ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', 'silent', 'idea', 'kabouterwoord verborgen', 1, ?, ?)`,
      ).run(at, at);
      db.prepare(
        `INSERT INTO action_points (id, case_id, session_id, text, created_at, updated_at) VALUES ('44444444-4444-4444-8444-444444444444', ?, '11111111-1111-4111-8111-111111111111', 'kabouterwoord actie', ?, ?)`,
      ).run(item.id, at, at);
    });
    const found = (await t.call('search.query', { query: 'kabouterwoord' })).results;
    // the hidden silent-round note stays out until revealed
    expect(found.map((r) => r.kind).sort()).toEqual(['action', 'case', 'contribution', 'factor', 'session']);
    expect(found.find((r) => r.kind === 'contribution')?.sessionId).toBe('11111111-1111-4111-8111-111111111111');
    expect(ids((await t.call('search.query', { query: 'kaboutergrond' })).results)).toEqual(['11111111-1111-4111-8111-111111111111']);

    const { items } = await t.call('timeline.get', { caseId: item.id });
    expect(items.filter((i) => i.kind === 'session').map((i) => i.event)).toEqual(['planned']);
    expect(items.find((i) => i.kind === 'session')?.facts).toMatchObject({ intensity: 'specific', judgmentReasons: 'reden kaboutergrond' });
    expect(items.filter((i) => i.kind === 'contribution')).toHaveLength(1);
    expect(items.filter((i) => i.kind === 'action')).toHaveLength(1);

    await t.call('cases.delete', { id: item.id, confirmPseudonym: 'Familie Weg' });
    expect((await t.call('search.query', { query: 'kabouterwoord' })).results).toEqual([]);
    expect((await t.call('search.query', { query: 'weg' })).results).toEqual([]);
  });

  it('finds what a restored backup holds', async () => {
    const { t, session } = await setup();
    const item = await newCase(t, 'Familie Terug', { contextNote: 'backupwoord' });
    await t.call('journal.create', { caseId: item.id, body: 'Herstelde notitie met herstelwoord' });
    const backup = await t.call('vault.backup', { folder: await t.chooseFolder('backupTarget', join(t.root, 'usb')) });
    await t.call('cases.delete', { id: item.id, confirmPseudonym: 'Familie Terug' });
    expect((await t.call('search.query', { query: 'herstelwoord' })).results).toEqual([]);
    await t.call('vault.lock');
    const restored = join(t.root, 'restored');
    await t.call('vault.restore', { backup: await t.chooseFolder('restoreSource', backup.path), folder: await t.chooseFolder('restoreTarget', restored) });
    await t.call('vault.unlock', { path: restored, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('search.query', { query: 'herstelw' })).results.map((r) => r.kind)).toEqual(['journal']);
    expect((await t.call('search.query', { query: 'backupwoord' })).results.map((r) => r.casePseudonym)).toEqual(['Familie Terug']);
  });

  it('indexes imported rows, and rebuildSearchIndex restores a damaged index for an importer', async () => {
    const { t, folder, session } = await setup();
    const item = await newCase(t, 'Familie Import');
    const at = '2025-03-01T09:00:00.000Z';
    await writeDirectly(t, folder, session.member.id, (db) => {
      db.prepare(
        `INSERT INTO factors (id, case_id, sector, category, kind, voice, text, created_at, updated_at) VALUES ('55555555-5555-4555-8555-555555555555', ?, 'child', 'temperament', 'observation', 'parent', 'geïmporteerde importwoordtekst', ?, ?)`,
      ).run(item.id, at, at);
    });
    expect((await t.call('search.query', { query: 'importwoord' })).results).toHaveLength(1);
    await writeDirectly(t, folder, session.member.id, (db) => {
      db.exec('DELETE FROM search_docs');
      expect(db.prepare(`SELECT count(*) FROM search_fts WHERE search_fts MATCH 'importwoordtekst'`).pluck().get()).toBe(0);
      expect(rebuildSearchIndex(db, { caseId: item.id })).toEqual({ indexed: 2 });
      expect(rebuildSearchIndex(db).indexed).toBe(2);
      db.exec(`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`);
    });
    expect(ids((await t.call('search.query', { query: 'geimporteerde' })).results)).toEqual(['55555555-5555-4555-8555-555555555555']);
  });

  it('0004_journal migrates a vault at 0003 with rows in it and indexes them', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    const upTo3 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0004')) as Parameters<typeof migrateVault>[2];
    await migrateVault(db, createKysely(db), upTo3);
    const at = '2025-02-01T00:00:00.000Z';
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m1', 'Anna', ?)`).run(at);
    db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, context_note, created_at, updated_at, last_activity_at) VALUES ('c1', 'Zoë', 'zoe', 'pregnancy', 'oude notitie', ?, ?, ?)`,
    ).run(at, at, at);
    db.prepare(
      `INSERT INTO factors (id, case_id, sector, category, kind, voice, text, created_at, updated_at) VALUES ('f1', 'c1', 'external', 'housing', 'observation', 'parent', 'krappe woning', ?, ?)`,
    ).run(at, at);
    await migrateVault(db, createKysely(db));
    expect(db.prepare(`SELECT kind, source_id FROM search_docs ORDER BY kind`).all()).toEqual([
      { kind: 'case', source_id: 'c1' },
      { kind: 'factor', source_id: 'f1' },
    ]);
    expect(db.prepare(`SELECT count(*) FROM search_fts WHERE search_fts MATCH '"zoe"*'`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM journal_entries`).pluck().get()).toBe(0);
    db.close();
  });
});
