/**
 * Search benchmark for `npm run bench`: 100,000 indexed text items (factors, people notes, action points
 * and journal entries in generated Dutch and English case-note language) in an encrypted vault; query
 * p50 and p95 of two-word prefix queries with snippets through the contract's dispatch; and what the
 * index adds to each inserted item (the triggers' work, against the same inserts into a plain table).
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORY_CATALOG, STRESS_SECTORS } from '../../shared/domain/case';
import type { Core } from '../../electron/core';
import { startCoreWorker } from '../../electron/core/worker/client';
import { fold as foldForSearch } from '../../shared/domain/text';
import { openVaultDatabase } from '../../electron/core/db/database';
import { benchHost, call, chooseFolder } from './bench-core';
import { benchDataKey } from './vault-key';
import { stemmedMatch } from '../../electron/core/db/searchTerms';

export const PASSPHRASE = 'kwartel fiets ochtend zeventig';
export const SETUP_KDF = { N: 1024, r: 8, p: 1 };
const ITEMS = 100_000;
const CASES = 500;
const QUERY_RUNS = 200;
const PLAIN_SAMPLE = 10_000;

/** A small deterministic generator, so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DUTCH = {
  who: [
    'Moeder',
    'Vader',
    'De baby',
    'Het kind',
    'Oma',
    'De partner',
    'Moeder en baby',
    'De zus van moeder',
    'De verloskundige',
    'De kraamverzorgster',
    'De huisarts',
    'Het wijkteam',
  ],
  does: [
    'vertelt dat ze slecht slaapt',
    'maakt zich zorgen over de financiën',
    'huilt veel in de avond',
    'zoekt oogcontact en ontspant bij haar stem',
    'voelt zich geïsoleerd sinds de verhuizing',
    'komt trouw naar elke afspraak',
    'twijfelt of ze ons kan vertrouwen',
    'heeft weinig contact met familie',
    'reageert gespannen op vragen over de zwangerschap',
    'zingt elke avond voor de baby',
    'is somber sinds het voorjaar',
    'vroeg al naar steun in het netwerk',
    'mist een voorbeeld van haar eigen moeder',
    'wil een geduldige ouder zijn',
    'vindt de voeding moeizaam gaan',
  ],
  tail: [
    '',
    'volgens moeder',
    'zo zag ik het tijdens het huisbezoek',
    'wat betekent dat voor de relatie?',
    'dat is al eerder gevraagd in de keten',
    'ik wil dit bespreken in de intervisie',
    'de coöperatie met de kraamzorg loopt goed',
  ],
};
const ENGLISH = {
  who: ['Mother', 'Father', 'The baby', 'The child', 'Grandmother', 'The partner', 'The midwife', 'The GP', 'The neighbourhood team'],
  does: [
    'says she sleeps badly',
    'worries about money and debts',
    'cries a lot in the evening',
    'seeks eye contact and relaxes at her voice',
    'feels isolated since the move',
    'comes to every appointment',
    'doubts whether she can trust us',
    'has little contact with family',
    'sings to the baby every night',
    'has been low since spring',
    'already asked about support in the network',
    'finds feeding difficult',
  ],
  tail: [
    '',
    'in her own words',
    'as I saw it during the home visit',
    'what does that mean for the relationship?',
    'the chain already asked this',
    'to discuss in intervision',
  ],
};

function pick<T>(items: readonly T[], r: () => number): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Two to four sentences of case-note text; about one item in four in English. */
export function caseNote(r: () => number): string {
  const bank = r() < 0.25 ? ENGLISH : DUTCH;
  const sentences: string[] = [];
  const count = 2 + Math.floor(r() * 3);
  for (let i = 0; i < count; i += 1) {
    const tail = pick(bank.tail, r);
    sentences.push(`${pick(bank.who, r)} ${pick(bank.does, r)}${tail ? `, ${tail}` : ''}.`);
  }
  return sentences.join(' ');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Inserted {
  indexedMs: number;
  plainMs: number;
}

/** The items, written straight into the vault in transactions of 10,000 (the triggers index them). */
function insertItems(databaseFile: string, dataKey: Buffer, memberId: string): Inserted {
  const db = openVaultDatabase(databaseFile, dataKey);
  const r = random(1001);
  try {
    const start = Date.parse('2024-01-01T00:00:00.000Z');
    const caseIds: string[] = [];
    const insertCase = db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, context_note, created_at, updated_at, last_activity_at) VALUES (?, ?, ?, 'pregnancy', ?, ?, ?, ?)`,
    );
    const names = ['Zoë', 'Noah', 'Emma', 'Daan', 'Saar', 'Liam', 'Fenna', 'Mohammed', 'Aylin', 'Bram', 'Chloë', 'Jesús', 'Ilse', 'Yara'];
    db.transaction(() => {
      for (let i = 0; i < CASES; i += 1) {
        const id = randomUUID();
        const at = new Date(start + i * 60_000).toISOString();
        const pseudonym = `Familie ${pick(names, r)} ${i}`;
        insertCase.run(id, pseudonym, foldForSearch(pseudonym), caseNote(r), at, at, at);
        caseIds.push(id);
      }
    })();
    const factor = db.prepare(
      `INSERT INTO factors (id, case_id, sector, category, text, kind, voice, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'observation', 'professional', ?, ?)`,
    );
    const person = db.prepare(`INSERT INTO people (id, case_id, role, pseudonym, note, created_at, updated_at) VALUES (?, ?, 'parent', ?, ?, ?, ?)`);
    const action = db.prepare(`INSERT INTO action_points (id, case_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
    const entry = db.prepare(`INSERT INTO journal_entries (id, author_id, case_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    const items = ITEMS - CASES;
    const batch = 10_000;
    let indexedMs = 0;
    for (let offset = 0; offset < items; offset += batch) {
      const rows = Array.from({ length: Math.min(batch, items - offset) }, (_, k) => ({ i: offset + k, text: caseNote(r), caseId: pick(caseIds, r) }));
      const began = performance.now();
      db.transaction(() => {
        for (const { i, text, caseId } of rows) {
          const at = new Date(start + i * 30_000).toISOString();
          const id = randomUUID();
          if (i % 4 === 0) {
            const sector = STRESS_SECTORS[i % STRESS_SECTORS.length] ?? 'external';
            factor.run(id, caseId, sector, CATEGORY_CATALOG[sector][0], text, at, at);
          } else if (i % 4 === 1) person.run(id, caseId, `P${i}`, text, at, at);
          else if (i % 4 === 2) action.run(id, caseId, text, at, at);
          else entry.run(id, memberId, caseId, text, at, at);
        }
      })();
      indexedMs += performance.now() - began;
    }
    // The same kind of rows into a table without triggers: what inserting costs without the index.
    db.exec(`CREATE TABLE bench_plain (id TEXT PRIMARY KEY, case_id TEXT, body TEXT, created_at TEXT, updated_at TEXT)`);
    const plain = db.prepare(`INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?)`);
    const rows = Array.from({ length: PLAIN_SAMPLE }, (_, i) => ({ i, text: caseNote(r), caseId: pick(caseIds, r) }));
    const began = performance.now();
    db.transaction(() => {
      for (const { i, text, caseId } of rows) {
        const at = new Date(start + i * 30_000).toISOString();
        plain.run(randomUUID(), caseId, text, at, at);
      }
    })();
    const plainMs = ((performance.now() - began) / PLAIN_SAMPLE) * items;
    db.exec('DROP TABLE bench_plain');
    const count = db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
    if (count !== ITEMS) throw new Error(`expected ${ITEMS} indexed items, found ${count}`);
    return { indexedMs, plainMs };
  } finally {
    db.close();
  }
}

/** Two-word prefix queries as typed: the first word and the start of the second. */
const QUERIES = [
  'moeder slaa',
  'vader fina',
  'baby huil',
  'geisol verh',
  'familie cont',
  'mother slee',
  'baby even',
  'keten vroe',
  'zwangerschap gesp',
  'netwerk steu',
  'ouder gedul',
  'feeding diff',
];

/**
 * The same queries as raw FTS5 (the app's own match expression, bm25 order, 20 rows) on the same
 * index, straight through SQLite: what the app adds (filters, snippets, the worker hop, the
 * contract) is the ratio of the two. The raw query ranks every match, the app only its window of
 * the RANK_WINDOW most recent, so for common words the ratio can fall below 1.
 */
async function rawFts5Times(path: string, memberId: string): Promise<number[]> {
  const dataKey = await benchDataKey(path, memberId, PASSPHRASE);
  const db = openVaultDatabase(join(path, 'vault.db'), dataKey);
  dataKey.fill(0);
  try {
    const raw = db.prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20`).pluck();
    for (const query of QUERIES) raw.all(stemmedMatch(query));
    const times: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i += 1) {
      const match = stemmedMatch(QUERIES[i % QUERIES.length] ?? '');
      const began = performance.now();
      raw.all(match);
      times.push(performance.now() - began);
    }
    return times;
  } finally {
    db.close();
  }
}

/** A vault in `<root>/vault` holding ITEMS indexed items, made through `core` (cheap KDF) and left locked. */
export async function seedSearchVault(core: Core, host: { answers: string[] }, root: string): Promise<{ path: string; memberId: string; inserted: Inserted }> {
  const folder = await chooseFolder(core, host, 'newVault', join(root, 'vault'));
  const { session } = await call(core, 'vault.create', { folder, label: 'Bench', memberName: 'Anna', passphrase: PASSPHRASE });
  await core.lock('user');
  const dataKey = await benchDataKey(session.path, session.member.id, PASSPHRASE);
  const inserted = insertItems(join(session.path, 'vault.db'), dataKey, session.member.id);
  dataKey.fill(0);
  return { path: session.path, memberId: session.member.id, inserted };
}

export async function benchSearch(): Promise<Record<string, number>> {
  const root = await fs.mkdtemp(join(tmpdir(), 'dyade-bench-search-'));
  try {
    // Through the core's worker, as the app calls it.
    const host = benchHost();
    const core = startCoreWorker(
      {
        app: { name: 'Dyade', version: 'bench', platform: process.platform, systemLocale: 'en' },
        settingsFile: join(root, 'settings.json'),
        host,
      },
      { kdf: SETUP_KDF },
    );
    const { path, memberId, inserted } = await seedSearchVault(core, host, root);
    await call(core, 'vault.unlock', { path, memberId, passphrase: PASSPHRASE });

    for (const query of QUERIES) await call(core, 'search.query', { query });
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < QUERY_RUNS; i += 1) {
      const query = QUERIES[i % QUERIES.length] ?? '';
      const began = performance.now();
      const { results } = await call(core, 'search.query', { query });
      times.push(performance.now() - began);
      found += results.length;
    }
    if (found === 0) throw new Error('the queries found nothing');
    const filtered: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i += 1) {
      const began = performance.now();
      await call(core, 'search.query', { query: QUERIES[i % QUERIES.length] ?? '', kinds: ['journal', 'factor'], from: '2024-02-01' });
      filtered.push(performance.now() - began);
    }
    const items = ITEMS - CASES;
    await core.lock('user');
    const raw = await rawFts5Times(path, memberId);
    await core.shutdown();
    return {
      rawFts5QueryP50Ms: percentile(raw, 50),
      appOverRawFts5QueryRatio: percentile(times, 50) / Math.max(percentile(raw, 50), 0.001),
      twoWordPrefixQueryP50Ms: percentile(times, 50),
      twoWordPrefixQueryP95Ms: percentile(times, 95),
      filteredQueryP95Ms: percentile(filtered, 95),
      insertWithIndexPer1000ItemsMs: (inserted.indexedMs / items) * 1000,
      indexingCostPer1000ItemsMs: ((inserted.indexedMs - inserted.plainMs) / items) * 1000,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('search.ts')) {
  void benchSearch().then((numbers) => console.log(numbers));
}
