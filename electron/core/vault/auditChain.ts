import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SqliteHandle } from '../db/database';
import { SETTING_KEYS } from '../db/schema';

/**
 * The audit log's HMAC chain (migration 0009): every row's MAC covers its content and the MAC of the
 * row before, so a row deleted, edited or slipped in without the app (a dropped trigger, a SQLite
 * tool) shows as a break; the newest MAC is also kept in the MAC'd vault header and in each backup,
 * so a cut-off tail shows too. The chain key is random and lives in the encrypted database, so it
 * survives a rotation of the data key.
 */
export const AUDIT_MAC_FUNCTION = 'dyade_audit_mac';

type Cell = string | number | bigint | null;

function macOf(key: Buffer, prev: Cell, id: Cell, at: Cell, action: Cell, actor: Cell, detail: Cell): string {
  const fields = [prev, id, at, action, actor, detail].map((value) => (typeof value === 'bigint' ? Number(value) : value));
  return createHmac('sha256', key).update(JSON.stringify(fields), 'utf8').digest('base64');
}

function chainKey(sqlite: SqliteHandle): { key: Buffer; fresh: boolean } {
  const stored = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SETTING_KEYS.auditChainKey) as string | undefined;
  if (stored) return { key: Buffer.from(JSON.parse(stored) as string, 'base64'), fresh: false };
  const key = randomBytes(32);
  sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SETTING_KEYS.auditChainKey, JSON.stringify(key.toString('base64')));
  return { key, fresh: true };
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  actor_member_id: string | null;
  detail: string;
}

/**
 * Register the chain function on an open vault connection (after its migrations, before any audit
 * row is written). The first time, the rows written before the chain existed are chained once.
 */
export function startAuditChain(sqlite: SqliteHandle): void {
  sqlite.transaction(() => {
    const { key, fresh } = chainKey(sqlite);
    sqlite.function(AUDIT_MAC_FUNCTION, { deterministic: true }, (prev, id, at, action, actor, detail) =>
      macOf(key, prev as Cell, id as Cell, at as Cell, action as Cell, actor as Cell, detail as Cell),
    );
    if (!fresh) return;
    let prev: string | null = null;
    const insert = sqlite.prepare('INSERT INTO audit_chain (id, mac) VALUES (?, ?)');
    for (const row of sqlite.prepare('SELECT id, at, action, actor_member_id, detail FROM audit_log ORDER BY id').all() as AuditRow[]) {
      prev = macOf(key, prev, row.id, row.at, row.action, row.actor_member_id, row.detail);
      insert.run(row.id, prev);
    }
  })();
}

export interface AuditHead {
  id: number;
  mac: string;
}

/** The newest link of the chain, for the vault header and backups. */
export function auditHead(sqlite: SqliteHandle): AuditHead | null {
  const row = sqlite.prepare('SELECT id, mac FROM audit_chain ORDER BY id DESC LIMIT 1').get() as AuditHead | undefined;
  return row ?? null;
}

export interface AuditChainReport {
  ok: boolean;
  entries: number;
  /** The id of the first row where the chain breaks (a row missing, altered or added outside the app). */
  breakAt: number | null;
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'base64');
  const y = Buffer.from(b, 'base64');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Walk the whole chain; `head` is the newest link the vault header remembers. */
export function verifyAuditChain(sqlite: SqliteHandle, head: AuditHead | null | undefined): AuditChainReport {
  const { key } = chainKey(sqlite);
  const rows = sqlite
    .prepare(
      `SELECT l.id AS id, l.at AS at, l.action AS action, l.actor_member_id AS actor_member_id, l.detail AS detail, c.mac AS mac, 0 AS orphan
       FROM audit_log l LEFT JOIN audit_chain c ON c.id = l.id
       UNION ALL
       SELECT c.id, NULL, NULL, NULL, NULL, c.mac, 1 FROM audit_chain c WHERE c.id NOT IN (SELECT id FROM audit_log)
       ORDER BY id`,
    )
    .iterate() as Iterable<AuditRow & { mac: string | null; orphan: number }>;
  let prev: string | null = null;
  let entries = 0;
  let last: AuditHead | null = null;
  for (const row of rows) {
    entries += row.orphan ? 0 : 1;
    // A link whose row is gone, a row without a link, or a link that does not match its row.
    if (row.orphan || row.mac === null || !sameMac(row.mac, macOf(key, prev, row.id, row.at, row.action, row.actor_member_id, row.detail))) {
      return { ok: false, entries, breakAt: row.id };
    }
    prev = row.mac;
    last = { id: row.id, mac: row.mac };
  }
  if (head) {
    // The tail the header remembers must still be there.
    if (!last || last.id < head.id) return { ok: false, entries, breakAt: last ? last.id + 1 : head.id };
    const atHead = sqlite.prepare('SELECT mac FROM audit_chain WHERE id = ?').pluck().get(head.id) as string | undefined;
    if (!atHead || !sameMac(atHead, head.mac)) return { ok: false, entries, breakAt: head.id };
  }
  return { ok: true, entries, breakAt: null };
}
