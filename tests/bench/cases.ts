/**
 * Case benchmarks for `npm run bench`: the case list with 5,000 cases, and opening a case whose
 * map holds 200 factors and 20 snapshots, both through the contract's dispatch (input and output
 * parsing included), as the renderer calls them. Setup uses a cheap KDF; it is not what is measured.
 * Beside the case's round trip: the same SQL run straight on the vault (same file, key and connection
 * settings), and the round trip over it as a ratio: what the contract, the worker hop, the mapping of
 * rows and the output check add to the query itself.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASE_PHASES, CATEGORY_CATALOG, FACTOR_KINDS, STRESS_SECTORS } from '../../shared/domain/case';
import type { Core } from '../../electron/core';
import { startCoreWorker } from '../../electron/core/worker/client';
import { fold as foldForSearch } from '../../shared/domain/text';
import { openVaultDatabase } from '../../electron/core/db/database';
import { benchHost, call, chooseFolder } from './bench-core';
import { benchDataKey } from './vault-key';

const PASSPHRASE = 'kwartel fiets ochtend zeventig';
const SETUP_KDF = { N: 1024, r: 8, p: 1 };
const CASES = 5_000;
const BIG_CASE_FACTORS = 200;
const BIG_CASE_SNAPSHOTS = 20;
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median time of `runs` calls after two warm-up calls. */
async function timeCalls(runs: number, operation: () => Promise<unknown>): Promise<number> {
  await operation();
  await operation();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await operation();
    times.push(performance.now() - started);
  }
  return median(times);
}

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** The big case: built through the contract, a snapshot after every tenth factor. */
async function buildBigCase(core: Core, holderId: string): Promise<string> {
  const big = await call(core, 'cases.create', { pseudonym: 'Familie Groot', phase: '6-12m', holderId, contextNote: 'Veel betrokkenen' });
  const partner = await call(core, 'chain.save', { caseId: big.id, type: 'youth-care', label: 'Wijkteam', relationship: 'Wisselend contact' });
  for (let i = 0; i < BIG_CASE_FACTORS; i += 1) {
    const sector = i % 5 === 4 ? 'buffer' : pick(STRESS_SECTORS, i);
    const isBuffer = sector === 'buffer';
    await call(core, 'factors.save', {
      caseId: big.id,
      sector,
      category: pick(
        CATEGORY_CATALOG[sector].filter((c) => c !== 'other'),
        i,
      ),
      otherLabel: null,
      text: `Factor ${i}: ${'wat gezien of gehoord is, in eigen woorden '.repeat(4)}`,
      kind: pick(FACTOR_KINDS, i),
      voice: i % 7 === 0 ? 'chain' : 'professional',
      chainPartnerId: i % 7 === 0 ? partner.id : null,
      pressure: isBuffer ? null : pick(['light', 'moderate', 'heavy'], i),
      duration: isBuffer ? null : pick(['brief', 'temporary', 'prolonged'], i),
      buffered: isBuffer ? null : pick(['yes', 'partly', 'no'], i),
      tags: i % 3 === 0 ? ['els-poverty'] : [],
      status: i % 11 === 0 ? 'resolved' : 'current',
      placement: { radial: (i % 10) / 10, along: (i % 17) / 17 },
    });
    if ((i + 1) % (BIG_CASE_FACTORS / BIG_CASE_SNAPSHOTS) === 0) await call(core, 'snapshots.take', { caseId: big.id, label: `Stand ${i + 1}` });
  }
  return big.id;
}

/** The statements `cases.get` runs (electron/core/casefile/caseFile.ts), as raw SQL. */
const CASE_GET_SQL = [
  'SELECT * FROM cases WHERE id = ?',
  'SELECT * FROM people WHERE case_id = ? ORDER BY created_at, rowid',
  'SELECT * FROM factors WHERE case_id = ? ORDER BY created_at, rowid',
  'SELECT * FROM chain_partners WHERE case_id = ? ORDER BY created_at, rowid',
  'SELECT id, case_id, taken_at, reason, label, factor_count FROM map_snapshots WHERE case_id = ? ORDER BY taken_at, rowid',
];

/** Median time of the raw statements of `cases.get` on the vault's file, opened directly. */
async function rawCaseGet(databaseFile: string, dataKey: Buffer, caseId: string): Promise<{ ms: number; factors: number }> {
  const db = openVaultDatabase(databaseFile, dataKey);
  try {
    const statements = CASE_GET_SQL.map((text) => db.prepare(text));
    let factors = 0;
    const ms = await timeCalls(RUNS, async () => {
      const rows = statements.map((statement) => statement.all(caseId));
      factors = rows[2]?.length ?? 0;
    });
    return { ms, factors };
  } finally {
    db.close();
  }
}

/** 5,000 ordinary cases written straight into the vault in one transaction (through the contract it takes minutes of fsyncs). */
function insertCases(databaseFile: string, dataKey: Buffer, holders: readonly (string | null)[]): void {
  const db = openVaultDatabase(databaseFile, dataKey);
  try {
    const insertCase =
      db.prepare(`INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, due_week, status, holder_id, context_note, created_at, updated_at, closed_at, last_activity_at, map_changed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`);
    const insertFactor =
      db.prepare(`INSERT INTO factors (id, case_id, sector, category, text, kind, voice, pressure, duration, buffered, tags, status, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'professional', 'moderate', 'temporary', 'partly', '[]', ?, ?, ?)`);
    const names = ['Zoë', 'Noah', 'Emma', 'Daan', 'Saar', 'Liam', 'Fenna', 'Mohammed', 'Aylin', 'Bram', 'Chloë', 'Jesús', 'Ilse', 'Yara'];
    const start = Date.parse('2024-03-01T00:00:00.000Z');
    db.transaction(() => {
      for (let i = 0; i < CASES; i += 1) {
        const id = randomUUID();
        const pseudonym = `${pick(names, i)} ${pick(names, i * 7 + 3).slice(0, 1)}. ${i}`;
        const phase = pick(CASE_PHASES, i * 3);
        const at = new Date(start + ((i * 7_919) % 365) * 86_400_000 + (i % 86_400) * 1000).toISOString();
        const status = i % 4 === 0 ? 'closed' : 'open';
        insertCase.run(
          id,
          pseudonym,
          foldForSearch(pseudonym),
          phase,
          phase === 'pregnancy' ? `2027-W${String(1 + (i % 30)).padStart(2, '0')}` : null,
          status,
          pick(holders, i),
          at,
          at,
          status === 'closed' ? at : null,
          at,
          at,
        );
        for (let f = 0; f < i % 7; f += 1) {
          const sector = pick(STRESS_SECTORS, i + f);
          insertFactor.run(
            randomUUID(),
            id,
            sector,
            pick(CATEGORY_CATALOG[sector], f),
            'Observatie',
            pick(FACTOR_KINDS, f),
            f === 5 ? 'resolved' : 'current',
            at,
            at,
          );
        }
      }
    })();
  } finally {
    db.close();
  }
}

export async function benchCases(): Promise<Record<string, number>> {
  const root = await fs.mkdtemp(join(tmpdir(), 'dyade-bench-cases-'));
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
    const folder = await chooseFolder(core, host, 'newVault', join(root, 'vault'));
    const { session } = await call(core, 'vault.create', { folder, label: 'Bench', memberName: 'Anna', passphrase: PASSPHRASE });
    const bo = await call(core, 'members.add', { displayName: 'Bo', passphrase: 'lantaarn rivier mosterd gieter' });
    const cas = await call(core, 'members.add', { displayName: 'Cas', passphrase: 'zeilboot kompas regenjas dertien' });
    const bigCaseId = await buildBigCase(core, session.member.id);
    await core.lock('user');

    const dataKey = await benchDataKey(session.path, session.member.id, PASSPHRASE);
    insertCases(join(session.path, 'vault.db'), dataKey, [session.member.id, bo.id, cas.id, null]);
    dataKey.fill(0);
    await call(core, 'vault.unlock', { path: session.path, memberId: session.member.id, passphrase: PASSPHRASE });

    const list = await call(core, 'cases.list', {});
    if (list.length !== CASES + 1) throw new Error(`expected ${CASES + 1} cases, listed ${list.length}`);
    const detail = await call(core, 'cases.get', { id: bigCaseId });
    if (detail.factors.length !== BIG_CASE_FACTORS || detail.snapshots.length !== BIG_CASE_SNAPSHOTS) throw new Error('big case incomplete');

    const { createdAt: _createdAt, updatedAt: _updatedAt, ...edited } = detail.factors[1] ?? {};
    const results = {
      caseList5000MedianMs: await timeCalls(RUNS, () => call(core, 'cases.list', {})),
      caseList5000SortedByPseudonymMedianMs: await timeCalls(RUNS, () => call(core, 'cases.list', { sort: 'pseudonym' })),
      caseList5000QueryMedianMs: await timeCalls(RUNS, () => call(core, 'cases.list', { query: 'zoe', status: 'open' })),
      caseGet200FactorsMedianMs: await timeCalls(RUNS, () => call(core, 'cases.get', { id: bigCaseId })),
      snapshotGet200FactorsMedianMs: await timeCalls(RUNS, () => call(core, 'snapshots.get', { id: detail.snapshots.at(-1)?.id })),
      factorSaveOn200FactorMapMedianMs: await timeCalls(RUNS, () => call(core, 'factors.save', { ...edited, text: `Bewerkt ${performance.now()}` })),
    };
    await core.shutdown();
    const rawKey = await benchDataKey(session.path, session.member.id, PASSPHRASE);
    const raw = await rawCaseGet(join(session.path, 'vault.db'), rawKey, bigCaseId);
    rawKey.fill(0);
    if (raw.factors !== BIG_CASE_FACTORS) throw new Error(`raw query read ${raw.factors} factors`);
    return {
      ...results,
      caseGet200FactorsRawSqlMedianMs: raw.ms,
      caseGetContractOverRawSqlRatio: results.caseGet200FactorsMedianMs / raw.ms,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
