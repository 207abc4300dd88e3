/**
 * Vault benchmarks for `npm run bench` (tests/bench/run.ts prints them): unlock with the real KDF,
 * open + key check with a derived key, and the cost of encryption for 10,000 inserts and reads.
 *
 * Encrypted against plain: the same table, the same reads, the same connection settings (the
 * vault's cache_size included), both warmed up, rounds interleaved, medians. A read from a fresh
 * connection decrypts and checks (HMAC) every page it touches; a read on an open connection finds
 * the pages decrypted in the page cache. Ratios are of CPU time: on a shared machine wall time
 * measures the neighbours too (the wall times are printed beside them).
 */
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { startCoreWorker } from '../../electron/core/worker/client';
import { benchHost, chooseFolder } from './bench-core';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { openVaultDatabase, type SqliteHandle } from '../../electron/core/db/database';
import { readHeader } from '../../electron/core/vault/header';
import { deriveKek } from '../../electron/core/vault/keys';
import { slotDataKey } from '../../electron/core/vault/slotKeys';

const PASSPHRASE = 'kwartel fiets ochtend zeventig';
const ROWS = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const READ_ROUNDS = 9;

/** The connection settings of openVaultDatabase (electron/core/db/database.ts), for the plain file. */
const PLAIN_PRAGMAS = [
  'locking_mode=EXCLUSIVE',
  'temp_store=MEMORY',
  'cache_size=-32768',
  'journal_mode=WAL',
  'synchronous=FULL',
  'foreign_keys=ON',
  'secure_delete=ON',
];

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(work: () => void): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function insertRows(db: SqliteHandle): Timing {
  db.exec(`CREATE TABLE bench (id INTEGER PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL)`);
  const insert = db.prepare('INSERT INTO bench (at, body) VALUES (?, ?)');
  return timed(() =>
    db.transaction(() => {
      for (let i = 0; i < ROWS; i += 1) insert.run(new Date(1_700_000_000_000 + i).toISOString(), `entry ${i} ${'reflectie '.repeat(10)}`);
    })(),
  );
}

/** The read workload: every row by its id. */
function readRows(db: SqliteHandle): Timing {
  const read = db.prepare('SELECT id, at, body FROM bench WHERE id = ?');
  let bytes = 0;
  const timing = timed(() => {
    for (let i = 1; i <= ROWS; i += 1) bytes += (read.get(i) as { body: string }).body.length;
  });
  if (bytes === 0) throw new Error('nothing read');
  return timing;
}

/** Medians of `rounds` reads of each side, interleaved (order alternating), after one warm-up each. */
function compareReads(encrypted: () => Timing, plain: () => Timing, rounds = READ_ROUNDS): { encrypted: Timing; plain: Timing } {
  encrypted();
  plain();
  const enc: Timing[] = [];
  const pln: Timing[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2) {
      enc.push(encrypted());
      pln.push(plain());
    } else {
      pln.push(plain());
      enc.push(encrypted());
    }
  }
  const mid = (list: Timing[]): Timing => ({ wallMs: median(list.map((t) => t.wallMs)), cpuMs: median(list.map((t) => t.cpuMs)) });
  return { encrypted: mid(enc), plain: mid(pln) };
}

export async function benchVault(): Promise<Record<string, number>> {
  const root = await fs.mkdtemp(join(tmpdir(), 'dyade-bench-'));
  try {
    // Through the core's worker, as the app calls it.
    const host = benchHost();
    const core = startCoreWorker({
      app: { name: 'Dyade', version: 'bench', platform: process.platform, systemLocale: 'en' },
      settingsFile: join(root, 'settings.json'),
      host,
    });
    const created = await core.dispatch('vault.create', {
      folder: await chooseFolder(core, host, 'newVault', join(root, 'vault')),
      label: 'Bench',
      memberName: 'Anna',
      passphrase: PASSPHRASE,
    });
    if (!created.ok) throw new Error(created.error.message);
    const { session } = created.value as { session: { path: string; member: { id: string } } };
    await core.lock('user');

    // Unlock through the contract: KDF (real parameters) + unwrap + open + key check + schema check + audit.
    const unlockTimes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const result = await core.dispatch('vault.unlock', { path: session.path, memberId: session.member.id, passphrase: PASSPHRASE });
      unlockTimes.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
      await core.lock('user');
    }
    await core.shutdown();

    // Open + key check + schema check with an already derived key.
    const header = await readHeader(session.path);
    const slot = header.slots.find((s) => s.memberId === session.member.id);
    if (!slot) throw new Error('no slot');
    const kdfStarted = performance.now();
    const kek = await deriveKek(PASSPHRASE, slot.kdf);
    const kdfMs = performance.now() - kdfStarted;
    kek.fill(0);
    const key = await slotDataKey(header, slot, PASSPHRASE);
    if (!key) throw new Error('unwrap failed');
    const openTimes: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const started = performance.now();
      const db = openVaultDatabase(join(session.path, 'vault.db'), key);
      await migrateVault(db, createKysely(db));
      openTimes.push(performance.now() - started);
      if (schemaState(db).kind !== 'current') throw new Error('schema not current');
      db.close();
    }

    const openEncrypted = (create = false) => openVaultDatabase(join(root, 'encrypted.db'), key, { create });
    const openPlain = () => {
      const db = new Database(join(root, 'plain.db'));
      for (const pragma of PLAIN_PRAGMAS) db.pragma(pragma);
      return db;
    };
    const encrypted = openEncrypted(true);
    const plain = openPlain();
    const encInsert = insertRows(encrypted);
    const plainInsert = insertRows(plain);
    // Reads on the open connections: the pages are in the page cache, decrypted.
    const hot = compareReads(
      () => readRows(encrypted),
      () => readRows(plain),
    );
    encrypted.close();
    plain.close();
    // Reads from a fresh connection each round: every page comes from the file and is decrypted and checked.
    const fresh = (open: () => SqliteHandle) => () => {
      const db = open();
      try {
        return readRows(db);
      } finally {
        db.close();
      }
    };
    const cold = compareReads(fresh(openEncrypted), fresh(openPlain));
    key.fill(0);
    kek.fill(0);

    return {
      unlockMedianMs: median(unlockTimes),
      kdfMs,
      openWithDerivedKeyMedianMs: median(openTimes),
      insert10kEncryptedMs: encInsert.wallMs,
      insert10kPlainMs: plainInsert.wallMs,
      insertRatioEncryptedToPlain: encInsert.cpuMs / plainInsert.cpuMs,
      read10kEncryptedMs: cold.encrypted.wallMs,
      read10kPlainMs: cold.plain.wallMs,
      read10kEncryptedCpuMs: cold.encrypted.cpuMs,
      read10kPlainCpuMs: cold.plain.cpuMs,
      freshConnectionReadRatioEncryptedToPlain: cold.encrypted.cpuMs / cold.plain.cpuMs,
      read10kCachedEncryptedMs: hot.encrypted.wallMs,
      read10kCachedPlainMs: hot.plain.wallMs,
      cachedReadRatioEncryptedToPlain: hot.encrypted.cpuMs / hot.plain.cpuMs,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
