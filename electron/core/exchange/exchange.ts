import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import {
  EXCHANGE_FORMAT_VERSION,
  ExchangeManifest,
  type ExchangeCaseResult,
  type ExchangeConflict,
  type ExchangeCounts,
  type ExchangeImportReport,
  type ExchangeItemKind,
  type PrivacyHit,
} from '../../../shared/domain/exchange';
import { PSEUDONYM_LIMIT, TEXT_LIMIT } from '../../../shared/domain/case';
import { assessPassphrase } from '../../../shared/domain/passphrase';
import { scanFields } from '../../../shared/domain/privacy';
import type { ReadContext, WriteContext } from '../context';
import { MELDCODE_TEXT_COLUMNS } from '../db/schema';
import { rebuildSearchIndex } from '../db/searchIndex';
import type { ReadableDb } from '../db/transaction';
import { upgradeLegacyRows } from './legacy';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic';
import type { ScryptParams } from '../vault/keys';
import type { SqliteHandle } from '../db/database';
import { appendAudit } from '../vault/audit';
import { fileProblem, MAX_EXCHANGE_FILE_BYTES, openExchangeFile, sealExchangeFile } from './file';
import { conflictFromRow, type ConflictRow } from './rows';

type Value = string | number | null;
type Row = Record<string, Value>;

/** One table a case spans, as it travels in an exchange file. */
interface ItemTable {
  table: string;
  kind: ExchangeItemKind;
  key: 'id' | 'session_id' | 'case_id';
  /** How a row finds its case: it is the case, it has case_id, or it belongs to a session. */
  scope: 'self' | 'case' | 'session';
  /** References to members of the writing vault: not compared, and cleared when unknown here. */
  memberColumns: readonly string[];
  /**
   * References to rows that do not travel (a session's meeting: the team's own calendar), by the
   * table they point at: not compared, cleared when unknown here, and kept as they are here on update.
   */
  localColumns?: Readonly<Record<string, string>>;
  /** Free text the privacy check reads; JSON columns are read string by string. */
  textColumns: readonly string[];
  jsonColumns?: readonly string[];
  /** The column shown for each version of a conflict. */
  label: string;
}

/** In foreign-key order: a row's parents are always written before it. */
export const ITEM_TABLES: readonly ItemTable[] = [
  {
    table: 'cases',
    kind: 'case',
    key: 'id',
    scope: 'self',
    memberColumns: ['holder_id'],
    textColumns: ['pseudonym', 'context_note', 'relationship_now', 'relationship_goes_well', 'relationship_worries'],
    label: 'pseudonym',
  },
  { table: 'people', kind: 'person', key: 'id', scope: 'case', memberColumns: [], textColumns: ['pseudonym', 'note'], label: 'pseudonym' },
  {
    table: 'chain_partners',
    kind: 'chain',
    key: 'id',
    scope: 'case',
    memberColumns: [],
    textColumns: ['label', 'relationship', 'already_asked'],
    label: 'label',
  },
  { table: 'factors', kind: 'factor', key: 'id', scope: 'case', memberColumns: [], textColumns: ['other_label', 'text'], label: 'text' },
  { table: 'map_snapshots', kind: 'snapshot', key: 'id', scope: 'case', memberColumns: [], textColumns: ['label'], jsonColumns: ['state'], label: 'label' },
  {
    table: 'sessions',
    kind: 'session',
    key: 'id',
    scope: 'case',
    memberColumns: [],
    localColumns: { meeting_id: 'meetings' },
    textColumns: ['question', 'tried'],
    jsonColumns: ['participants'],
    label: 'question',
  },
  {
    table: 'session_contributions',
    kind: 'contribution',
    key: 'id',
    scope: 'session',
    memberColumns: [],
    textColumns: ['text', 'change_my_mind'],
    label: 'text',
  },
  {
    table: 'session_outcomes',
    kind: 'outcome',
    key: 'session_id',
    scope: 'session',
    memberColumns: [],
    textColumns: ['for_whom', 'context', 'reasons', 'take_away', 'do_differently'],
    // The intensity step's record: indications, what the parent wants, options weighed with reasons.
    jsonColumns: ['care_record'],
    label: 'reasons',
  },
  {
    table: 'session_step2_records',
    kind: 'step2',
    key: 'session_id',
    scope: 'session',
    memberColumns: [],
    textColumns: ['consulted', 'consulted_role', 'signals', 'outcome'],
    label: 'outcome',
  },
  {
    // One record per case, keyed by its case.
    table: 'meldcode_records',
    kind: 'meldcode',
    key: 'case_id',
    scope: 'case',
    memberColumns: [],
    textColumns: MELDCODE_TEXT_COLUMNS,
    label: 'signals',
  },
  { table: 'action_points', kind: 'action', key: 'id', scope: 'case', memberColumns: ['owner_member_id'], textColumns: ['text', 'owner_name'], label: 'text' },
  {
    table: 'hypothesis_reviews',
    kind: 'hypothesis-review',
    key: 'id',
    scope: 'case',
    memberColumns: ['member_id'],
    textColumns: ['note'],
    label: 'note',
  },
  {
    table: 'hypothesis_details',
    kind: 'hypothesis-detail',
    key: 'id',
    scope: 'case',
    memberColumns: [],
    textColumns: ['change_my_mind'],
    label: 'change_my_mind',
  },
  {
    table: 'journal_entries',
    kind: 'journal',
    key: 'id',
    scope: 'case',
    memberColumns: ['author_id'],
    textColumns: ['title', 'body'],
    jsonColumns: ['sections'],
    label: 'title',
  },
];

/** Bookkeeping columns that move with every touch; two versions differing only there are the same. */
const VOLATILE = new Set(['updated_at', 'last_activity_at', 'map_changed_at', 'pseudonym_folded']);

const Payload = z.object({
  manifest: z.object({ format: z.literal('dyade-exchange'), version: z.number().int() }).passthrough(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
});

function emptyCounts(): ExchangeCounts {
  return {};
}

/** A content hash of an item that ignores bookkeeping and member references (they differ per vault). */
export function itemHash(spec: ItemTable, row: Row): string {
  const entries = Object.keys(row)
    .filter((column) => !VOLATILE.has(column) && !isLocalReference(spec, column))
    .sort()
    .map((column) => [column, row[column]]);
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/** A member or local reference: it means something only in the vault that wrote it. */
function isLocalReference(spec: ItemTable, column: string): boolean {
  return spec.memberColumns.includes(column) || Object.prototype.hasOwnProperty.call(spec.localColumns ?? {}, column);
}

function short(text: Value | undefined): string {
  const value = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  return value.length > 200 ? `${value.slice(0, 199)}…` : value;
}

/** Every string inside a JSON text (a snapshot's map state, a session's participants, journal sections). */
function jsonStrings(text: Value): string[] {
  if (typeof text !== 'string') return [];
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  try {
    walk(JSON.parse(text));
  } catch {
    out.push(text);
  }
  return out;
}

type Decision = 'added' | 'updated' | 'unchanged' | 'keptLocal' | 'conflict';

interface Planned {
  spec: ItemTable;
  row: Row;
  caseId: string;
  hash: string;
  decision: Decision;
  local: Row | undefined;
}

/**
 * Exchange files: export selected cases into one encrypted file, preview and merge one into this
 * vault. The merge is three-way per item: the hash of what was last exchanged (exchange_base) says
 * which side changed. Changed only there: taken. Changed only here: kept. Changed on both sides:
 * the local version stays and the incoming one is kept as a conflict the team resolves.
 * Deletions do not travel: an item removed on one side stays on the other.
 */

interface ColumnRule {
  type: 'TEXT' | 'INTEGER' | 'REAL';
  notNull: boolean;
  /** NOT NULL without a default: a new row must bring it. */
  required: boolean;
  /** The values a `CHECK (column IN (…))` constraint allows. */
  allowed: Set<Value> | null;
  maxLength: number;
}

/** Ids and references: a UUID, with room to spare. */
const ID_LIMIT = 100;
/** A JSON column (a snapshot's map state, a session's participants, journal sections). */
const JSON_LIMIT = 1_000_000;

/**
 * What each column of a table accepts, read from this vault's own schema: its STRICT type, NOT NULL,
 * the value list of a CHECK … IN constraint, and a length cap from the domain (pseudonyms, free text).
 * Incoming rows are checked against it before an import is planned; the database's own constraints
 * stay as the second wall.
 */
function columnRules(sqlite: SqliteHandle, spec: ItemTable): Map<string, ColumnRule> {
  const info = sqlite.prepare(`PRAGMA table_info(${spec.table})`).all() as {
    name: string;
    type: string;
    notnull: number;
    pk: number;
    dflt_value: string | null;
  }[];
  const ddl = (sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(spec.table) as string | undefined) ?? '';
  const rules = new Map<string, ColumnRule>();
  for (const column of info) {
    const check = new RegExp(String.raw`CHECK \(${column.name} IN \(([^)]*)\)\)`).exec(ddl);
    const allowed = check
      ? new Set<Value>(
          (check[1] ?? '')
            .split(',')
            .map((item) => item.trim())
            .map((item) => (item.startsWith("'") ? item.slice(1, -1).replace(/''/g, "'") : Number(item))),
        )
      : null;
    const isId = column.name === 'id' || column.name.endsWith('_id');
    const maxLength = isId
      ? ID_LIMIT
      : column.name === 'pseudonym'
        ? PSEUDONYM_LIMIT
        : (spec.jsonColumns ?? []).includes(column.name) || column.name === 'tags'
          ? JSON_LIMIT
          : TEXT_LIMIT;
    const type = column.type.toUpperCase() === 'INTEGER' ? 'INTEGER' : column.type.toUpperCase() === 'REAL' ? 'REAL' : 'TEXT';
    const notNull = column.notnull === 1 || column.pk === 1;
    rules.set(column.name, { type, notNull, required: notNull && column.dflt_value === null, allowed, maxLength });
  }
  return rules;
}

function invalidRow(spec: ItemTable, column: string, why: string): AppError {
  return fileProblem('invalid-rows', `A ${spec.table} row has ${why} in ${column}.`);
}

/** Check one incoming row against the rules of its table; throws 'invalid-rows' naming what is wrong. */
function validateRow(spec: ItemTable, row: Row, rules: Map<string, ColumnRule>): void {
  for (const [column, value] of Object.entries(row)) {
    const rule = rules.get(column);
    if (!rule) throw fileProblem('tampered', `A ${spec.table} row does not fit this vault's schema.`);
    if (value === null) {
      if (rule.notNull) throw invalidRow(spec, column, 'no value');
      continue;
    }
    if (rule.type === 'TEXT' && typeof value !== 'string') throw invalidRow(spec, column, 'a number instead of text');
    if (rule.type === 'INTEGER' && !Number.isSafeInteger(value)) throw invalidRow(spec, column, 'no whole number');
    if (rule.type === 'REAL' && (typeof value !== 'number' || !Number.isFinite(value))) throw invalidRow(spec, column, 'no number');
    if (typeof value === 'string' && [...value].length > rule.maxLength) throw invalidRow(spec, column, 'a text that is too long');
    if (rule.allowed && !rule.allowed.has(value)) throw invalidRow(spec, column, 'a value this app does not know');
  }
  for (const [column, rule] of rules) {
    if (rule.required && !(column in row)) throw invalidRow(spec, column, 'no value');
  }
}

/** The case a local row belongs to, if the row exists here. */
function localCaseOf(sqlite: SqliteHandle, spec: ItemTable, local: Row): string | undefined {
  if (spec.scope === 'self') return String(local.id);
  if (spec.scope === 'case') return typeof local.case_id === 'string' ? local.case_id : undefined;
  const owner = sqlite.prepare('SELECT case_id FROM sessions WHERE id = ?').pluck().get(local.session_id) as string | undefined;
  return owner;
}

/** The rows of these cases, table by table; journal entries only the exporting member's own. */
function readRows({ sqlite, member }: Pick<ReadContext, 'sqlite' | 'member'>, caseIds: string[], includeJournal: boolean): Map<ItemTable, Row[]> {
  const marks = caseIds.map(() => '?').join(', ');
  const out = new Map<ItemTable, Row[]>();
  for (const spec of ITEM_TABLES) {
    if (spec.table === 'journal_entries' && !includeJournal) continue;
    let query: string;
    const params: string[] = [...caseIds];
    if (spec.scope === 'self') query = `SELECT * FROM cases WHERE id IN (${marks})`;
    else if (spec.scope === 'session') query = `SELECT * FROM ${spec.table} WHERE session_id IN (SELECT id FROM sessions WHERE case_id IN (${marks}))`;
    else query = `SELECT * FROM ${spec.table} WHERE case_id IN (${marks})`;
    if (spec.table === 'journal_entries') {
      query += ' AND author_id = ?';
      params.push(member.id);
    }
    out.set(spec, sqlite.prepare(`${query} ORDER BY rowid`).all(...params) as Row[]);
  }
  return out;
}

function caseOf(spec: ItemTable, row: Row, sessionCases: Map<string, string>): string | undefined {
  if (spec.scope === 'self') return typeof row.id === 'string' ? row.id : undefined;
  if (spec.scope === 'case') return typeof row.case_id === 'string' ? row.case_id : undefined;
  return typeof row.session_id === 'string' ? sessionCases.get(row.session_id) : undefined;
}

async function requireCases(db: ReadableDb, caseIds: string[]): Promise<void> {
  const found = await db.selectFrom('cases').select('id').where('id', 'in', caseIds).execute();
  if (found.length !== new Set(caseIds).size) throw new AppError('NOT_FOUND', 'No such case.');
}

/** The privacy check over every text an export of these cases would carry. */
export async function checkExport(
  ctx: ReadContext,
  input: { caseIds: string[]; includeJournal: boolean },
): Promise<{ hits: PrivacyHit[]; fieldsChecked: number }> {
  await requireCases(ctx.db, input.caseIds);
  const rows = readRows(ctx, input.caseIds, input.includeJournal);
  const sessionCases = new Map((rows.get(ITEM_TABLES[5]!) ?? []).map((s) => [String(s.id), String(s.case_id)]));
  const pseudonyms = new Map((rows.get(ITEM_TABLES[0]!) ?? []).map((c) => [String(c.id), String(c.pseudonym)]));
  const fields: Array<{ label: string; text: string }> = [];
  const where: Array<{ caseId: string; kind: ExchangeItemKind; field: string }> = [];
  for (const [spec, list] of rows) {
    for (const row of list) {
      const caseId = caseOf(spec, row, sessionCases) ?? '';
      const add = (field: string, text: string) => {
        if (!text.trim()) return;
        where.push({ caseId, kind: spec.kind, field });
        fields.push({ label: String(where.length - 1), text });
      };
      for (const column of spec.textColumns) if (typeof row[column] === 'string') add(column, row[column]);
      for (const column of spec.jsonColumns ?? []) for (const text of jsonStrings(row[column] ?? null)) add(column, text);
    }
  }
  const hits: PrivacyHit[] = [];
  for (const field of scanFields(fields)) {
    const place = where[Number(field.label)]!;
    const text = fields[Number(field.label)]!.text;
    for (const finding of field.findings) {
      const from = Math.max(0, finding.start - 30);
      const to = Math.min(text.length, finding.end + 30);
      hits.push({
        caseId: place.caseId,
        casePseudonym: pseudonyms.get(place.caseId) ?? '',
        kind: place.kind,
        field: place.field,
        identifier: finding.kind,
        found: finding.text,
        snippet: `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
      });
    }
  }
  return { hits, fieldsChecked: fields.length };
}

export async function exportCases(
  ctx: WriteContext,
  input: { caseIds: string[]; includeJournal: boolean; passphrase: string; path: string },
  kdf: ScryptParams,
): Promise<{ path: string; bytes: number; manifest: ExchangeManifest }> {
  const { db, sqlite, member, now, vault } = ctx;
  const assessment = await assessPassphrase(input.passphrase, [vault.label, member.displayName]);
  if (!assessment.acceptable) throw new AppError('WEAK_PASSPHRASE', 'The exchange passphrase is too weak.', { reason: assessment.reason ?? 'tooPredictable' });
  const caseIds = [...new Set(input.caseIds)];
  await requireCases(db, caseIds);
  const rows = readRows(ctx, caseIds, input.includeJournal);
  const sessionCases = new Map((rows.get(ITEM_TABLES[5]!) ?? []).map((s) => [String(s.id), String(s.case_id)]));
  const counts = new Map(caseIds.map((id) => [id, emptyCounts()]));
  const tables: Record<string, Row[]> = {};
  for (const [spec, list] of rows) {
    tables[spec.table] = list;
    for (const row of list) {
      const tally = counts.get(caseOf(spec, row, sessionCases) ?? '');
      if (tally) tally[spec.kind] = (tally[spec.kind] ?? 0) + 1;
    }
  }
  const manifest: ExchangeManifest = {
    format: 'dyade-exchange',
    version: EXCHANGE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    vaultId: vault.vaultId,
    includesJournal: input.includeJournal,
    cases: caseIds.map((id) => ({ id, counts: counts.get(id) ?? {} })),
  };
  const file = await sealExchangeFile({ manifest, tables }, input.passphrase, kdf);
  await writeFileAtomic(input.path, file);
  // What left is the common state of the next merge with whoever imports it.
  for (const [spec, list] of rows) for (const row of list) setBase(sqlite, spec, row, caseOf(spec, row, sessionCases) ?? '', itemHash(spec, row));
  await appendAudit(db, {
    at: now,
    action: 'export.made',
    actorMemberId: member.id,
    detail: { kind: 'exchange', cases: caseIds.length, journal: input.includeJournal },
  });
  return { path: input.path, bytes: file.length, manifest };
}

function setBase(sqlite: SqliteHandle, spec: ItemTable, row: Row, caseId: string, hash: string): void {
  sqlite
    .prepare(
      'INSERT INTO exchange_base (item_table, item_id, case_id, hash) VALUES (?, ?, ?, ?) ON CONFLICT (item_table, item_id) DO UPDATE SET hash = excluded.hash, case_id = excluded.case_id',
    )
    .run(spec.table, String(row[spec.key]), caseId, hash);
}

/** Decrypt, validate and plan the merge of a file; nothing is written. */
async function plan(sqlite: SqliteHandle, path: string, passphrase: string, kdf: ScryptParams) {
  let file: Buffer;
  try {
    // The size is checked before anything is allocated for it.
    if ((await fs.stat(path)).size > MAX_EXCHANGE_FILE_BYTES) throw fileProblem('too-large', 'The file is larger than an exchange file can be.');
    file = await fs.readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', 'The exchange file cannot be read.');
  }
  const raw = await openExchangeFile(file, passphrase, kdf);
  const parsed = Payload.safeParse(raw);
  if (!parsed.success) throw fileProblem('tampered', 'The payload is not an exchange payload.');
  // A file from before 0012 carries the exact due dates and the typed week: made to fit, nothing lost.
  upgradeLegacyRows(parsed.data.tables);
  if (parsed.data.manifest.version > EXCHANGE_FORMAT_VERSION) throw fileProblem('too-new', 'The payload is newer than this app reads.');
  const manifest = ExchangeManifest.safeParse(parsed.data.manifest);
  if (!manifest.success) throw fileProblem('tampered', 'The manifest is not valid.');
  const known = new Set(ITEM_TABLES.map((spec) => spec.table));
  if (Object.keys(parsed.data.tables).some((table) => !known.has(table))) throw fileProblem('tampered', 'The payload has an unknown table.');
  // Only cases the file carries whole: a row aimed at a case (or a session) it does not carry is refused.
  const carried = new Set((parsed.data.tables.cases ?? []).map((row) => row.id));
  const caseIds = new Set(manifest.data.cases.map((c) => c.id).filter((id) => carried.has(id)));
  if (caseIds.size !== manifest.data.cases.length || carried.size !== manifest.data.cases.length)
    throw fileProblem('invalid-rows', 'The manifest and the cases the file carries differ.');

  const sessionCases = new Map<string, string>();
  for (const s of parsed.data.tables.sessions ?? []) if (typeof s.id === 'string' && typeof s.case_id === 'string') sessionCases.set(s.id, s.case_id);
  const planned: Planned[] = [];
  const selectBase = sqlite.prepare('SELECT hash FROM exchange_base WHERE item_table = ? AND item_id = ?').pluck();
  for (const spec of ITEM_TABLES) {
    const incoming = parsed.data.tables[spec.table] ?? [];
    if (incoming.length === 0) continue;
    const rules = columnRules(sqlite, spec);
    const selectLocal = sqlite.prepare(`SELECT * FROM ${spec.table} WHERE ${spec.key} = ?`);
    for (const row of incoming) {
      if (typeof row[spec.key] !== 'string') throw fileProblem('tampered', `A ${spec.table} row does not fit this vault's schema.`);
      validateRow(spec, row, rules);
      const caseId = caseOf(spec, row, sessionCases);
      if (!caseId || !caseIds.has(caseId)) throw fileProblem('invalid-rows', `A ${spec.table} row belongs to no case the file carries.`);
      const local = selectLocal.get(row[spec.key]) as Row | undefined;
      // A row that exists here belongs to the case it belongs to here: a file cannot move it to another.
      if (local && localCaseOf(sqlite, spec, local) !== caseId) throw fileProblem('invalid-rows', `A ${spec.table} row would move to another case.`);
      const hash = itemHash(spec, row);
      let decision: Decision;
      if (!local) decision = 'added';
      else {
        const localHash = itemHash(spec, local);
        const base = selectBase.get(spec.table, String(row[spec.key])) as string | undefined;
        if (localHash === hash) decision = 'unchanged';
        else if (base === localHash) decision = 'updated';
        else if (base === hash) decision = 'keptLocal';
        else decision = 'conflict';
      }
      planned.push({ spec, row, caseId, hash, decision, local });
    }
  }
  return { manifest: manifest.data, planned };
}

function report(sqlite: SqliteHandle, manifest: ExchangeManifest, planned: Planned[], conflicts: ExchangeConflict[]): ExchangeImportReport {
  const cases: ExchangeCaseResult[] = manifest.cases.map((entry) => {
    const mine = planned.filter((p) => p.caseId === entry.id);
    const caseRow = mine.find((p) => p.spec.kind === 'case');
    const local = sqlite.prepare('SELECT pseudonym FROM cases WHERE id = ?').pluck().get(entry.id) as string | undefined;
    const tally = (decision: Decision) => mine.filter((p) => p.decision === decision).length;
    return {
      id: entry.id,
      pseudonym: local ?? short(caseRow?.row.pseudonym ?? ''),
      isNew: caseRow?.decision === 'added',
      counts: entry.counts,
      added: tally('added'),
      updated: tally('updated'),
      unchanged: tally('unchanged'),
      keptLocal: tally('keptLocal'),
      conflicts: tally('conflict'),
    };
  });
  return { manifest, cases, conflicts };
}

export async function previewImport(
  { sqlite, now }: ReadContext,
  input: { path: string; passphrase: string },
  kdf: ScryptParams,
): Promise<ExchangeImportReport> {
  const { manifest, planned } = await plan(sqlite, input.path, input.passphrase, kdf);
  const importedAt = now.toISOString();
  const conflicts = planned
    .filter((p) => p.decision === 'conflict')
    .map((p) =>
      conflictView(
        sqlite,
        p.spec,
        {
          id: randomUUID(),
          case_id: p.caseId,
          item_table: p.spec.table,
          item_id: String(p.row[p.spec.key]),
          incoming: JSON.stringify(p.row),
          incoming_hash: p.hash,
          from_vault_id: manifest.vaultId,
          imported_at: importedAt,
        },
        p.row,
        p.local,
      ),
    );
  return report(sqlite, manifest, planned, conflicts);
}

/** Import progress: decrypting and planning, then the rows as they go in, then the search index per case. */
const PLANNED_AT = 0.1;
const ROWS_DONE_AT = 0.8;
const INDEXED_AT = 0.95;
/** At most this many progress events for the rows, however many there are. */
const ROW_PROGRESS_STEPS = 50;

export async function importExchange(ctx: WriteContext, input: { path: string; passphrase: string }, kdf: ScryptParams): Promise<ExchangeImportReport> {
  const { db, sqlite, member, now } = ctx;
  const progress = ctx.progress('import');
  try {
    const { manifest, planned } = await plan(sqlite, input.path, input.passphrase, kdf);
    progress.at(PLANNED_AT);
    const members = new Set(sqlite.prepare('SELECT id FROM members').pluck().all() as string[]);
    const every = Math.max(1, Math.ceil(planned.length / ROW_PROGRESS_STEPS));
    for (const [index, item] of planned.entries()) {
      const { spec, row, caseId, hash } = item;
      const id = String(row[spec.key]);
      if (item.decision === 'added') {
        const values: Row = { ...row };
        for (const column of spec.memberColumns) {
          // A journal entry is personal: it belongs to whoever takes it into their vault.
          if (column === 'author_id') values[column] = member.id;
          else if (typeof values[column] === 'string' && !members.has(values[column])) values[column] = null;
        }
        for (const [column, table] of Object.entries(spec.localColumns ?? {})) {
          if (typeof values[column] !== 'string') continue;
          const known = sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(values[column]);
          if (!known) values[column] = null;
        }
        const columns = Object.keys(values);
        sqlite.prepare(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(values);
        setBase(sqlite, spec, row, caseId, hash);
      } else if (item.decision === 'updated') {
        overwrite(sqlite, spec, row);
        setBase(sqlite, spec, row, caseId, hash);
      } else if (item.decision === 'unchanged') {
        setBase(sqlite, spec, row, caseId, hash);
      } else if (item.decision === 'conflict') {
        const same = sqlite.prepare('SELECT id FROM exchange_conflicts WHERE item_table = ? AND item_id = ? AND incoming_hash = ?').get(spec.table, id, hash);
        if (!same) {
          sqlite.prepare('DELETE FROM exchange_conflicts WHERE item_table = ? AND item_id = ?').run(spec.table, id);
          sqlite
            .prepare(
              'INSERT INTO exchange_conflicts (id, case_id, item_table, item_id, incoming, incoming_hash, from_vault_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            )
            .run(randomUUID(), caseId, spec.table, id, JSON.stringify(row), hash, manifest.vaultId, now.toISOString());
        }
      }
      if ((index + 1) % every === 0) progress.at(PLANNED_AT + ((ROWS_DONE_AT - PLANNED_AT) * (index + 1)) / planned.length);
    }
    progress.at(ROWS_DONE_AT);
    // Triggers index every written row; the rebuild makes each imported case's index whole regardless.
    for (const [index, entry] of manifest.cases.entries()) {
      rebuildSearchIndex(sqlite, { caseId: entry.id });
      progress.at(ROWS_DONE_AT + ((INDEXED_AT - ROWS_DONE_AT) * (index + 1)) / manifest.cases.length);
    }
    const count = (decision: Decision) => planned.filter((p) => p.decision === decision).length;
    await appendAudit(db, {
      at: now,
      action: 'import.done',
      actorMemberId: member.id,
      detail: { cases: manifest.cases.length, added: count('added'), updated: count('updated'), conflicts: count('conflict'), fromVault: manifest.vaultId },
    });
    const caseIds = manifest.cases.map((c) => c.id);
    return report(
      sqlite,
      manifest,
      planned,
      (await listConflicts(ctx, {})).filter((c) => caseIds.includes(c.caseId)),
    );
  } catch (error) {
    // The database's constraints are the second wall: a row they refuse undoes the whole import.
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) {
      throw fileProblem('invalid-rows', 'A row of the file breaks a rule of this vault; nothing was imported.');
    }
    throw error;
  } finally {
    progress.done();
  }
}

/** Write the incoming version over the local one, keeping this vault's member references. */
function overwrite(sqlite: SqliteHandle, spec: ItemTable, row: Row): void {
  const columns = Object.keys(row).filter((c) => c !== spec.key && !isLocalReference(spec, c));
  sqlite.prepare(`UPDATE ${spec.table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE ${spec.key} = @${spec.key}`).run(row);
}

function conflictView(sqlite: SqliteHandle, spec: ItemTable, record: ConflictRow, incoming: Row, local: Row | undefined): ExchangeConflict {
  const pseudonym = (sqlite.prepare('SELECT pseudonym FROM cases WHERE id = ?').pluck().get(record.case_id) as string | undefined) ?? '';
  return conflictFromRow(record, {
    kind: spec.kind,
    casePseudonym: pseudonym,
    localText: short(local?.[spec.label]),
    incomingText: short(incoming[spec.label]),
  });
}

export async function listConflicts({ db, sqlite }: Pick<ReadContext, 'db' | 'sqlite'>, input: { caseId?: string }): Promise<ExchangeConflict[]> {
  let query = db.selectFrom('exchange_conflicts').selectAll().orderBy('imported_at').orderBy('item_table');
  if (input.caseId) query = query.where('case_id', '=', input.caseId);
  const out: ExchangeConflict[] = [];
  for (const record of await query.execute()) {
    const spec = ITEM_TABLES.find((s) => s.table === record.item_table);
    if (!spec) continue;
    const local = sqlite.prepare(`SELECT * FROM ${spec.table} WHERE ${spec.key} = ?`).get(record.item_id) as Row | undefined;
    out.push(conflictView(sqlite, spec, record, JSON.parse(record.incoming) as Row, local));
  }
  return out;
}

export async function resolveConflict({ db, sqlite }: WriteContext, input: { id: string; keep: 'local' | 'incoming' }): Promise<null> {
  const record = await db.selectFrom('exchange_conflicts').selectAll().where('id', '=', input.id).executeTakeFirst();
  const spec = ITEM_TABLES.find((s) => s.table === record?.item_table);
  if (!record || !spec) throw new AppError('NOT_FOUND', 'No such conflict.');
  const incoming = JSON.parse(record.incoming) as Row;
  if (input.keep === 'incoming') {
    const exists = sqlite.prepare(`SELECT 1 FROM ${spec.table} WHERE ${spec.key} = ?`).get(record.item_id);
    if (!exists) throw new AppError('NOT_FOUND', 'The local item is gone.');
    overwrite(sqlite, spec, incoming);
  }
  // Either way the incoming version has now been seen: it is the common state of the next merge.
  setBase(sqlite, spec, incoming, record.case_id, record.incoming_hash);
  sqlite.prepare('DELETE FROM exchange_conflicts WHERE id = ?').run(input.id);
  return null;
}
