import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import {
  MapState,
  type Buffering,
  type ChainPartner,
  type Duration,
  type Factor,
  type FactorKind,
  type Placement,
  type Pressure,
  type Sector,
  type Snapshot,
  type SnapshotMeta,
} from '../../../shared/domain/case';
import type { ChainPartnersTable, FactorsTable, MapSnapshotsTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { EMPTY_RELATIONSHIP, invalidField, noteCaseActivity, relationshipFromRow, requireCase, type CaseRow, type VaultDb } from './caseRecord';
import type { VaultService } from './vault';

/**
 * The relational map of a case: factors around the relationship, the care chain, and snapshots of
 * the map over time. Before the first change of a (UTC) day the map is kept as a 'daily' snapshot,
 * so the timeline always shows how the map looked before today's work.
 */

type FactorRow = Selectable<FactorsTable>;
type ChainPartnerRow = Selectable<ChainPartnersTable>;
type SnapshotRow = Selectable<MapSnapshotsTable>;
export type SnapshotReasonTaken = 'manual' | 'session';

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return JSON.parse(text) as T;
}

export function factorFromRow(row: FactorRow): Factor {
  return {
    id: row.id,
    caseId: row.case_id,
    sector: row.sector as Sector,
    category: row.category,
    otherLabel: row.other_label,
    text: row.text,
    kind: row.kind as FactorKind,
    voice: row.voice as Factor['voice'],
    chainPartnerId: row.chain_partner_id,
    pressure: row.pressure as Pressure | null,
    duration: row.duration as Duration | null,
    buffered: row.buffered as Buffering | null,
    tags: parseJson<Factor['tags']>(row.tags, []),
    status: row.status as Factor['status'],
    placement: parseJson<Placement | null>(row.placement, null),
    sessionId: row.session_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function chainPartnerFromRow(row: ChainPartnerRow): ChainPartner {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type as ChainPartner['type'],
    label: row.label,
    relationship: row.relationship,
    alreadyAsked: row.already_asked,
    lastContact: row.last_contact,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function snapshotMetaFromRow(row: Omit<SnapshotRow, 'state'>): SnapshotMeta {
  return {
    id: row.id,
    caseId: row.case_id,
    takenAt: row.taken_at,
    reason: row.reason as SnapshotMeta['reason'],
    label: row.label,
    factorCount: row.factor_count,
  };
}

/** Oldest first: the order the map was built in (rowid breaks ties within a millisecond). */
export async function readFactors(db: VaultDb, caseId: string): Promise<Factor[]> {
  const rows = await db.selectFrom('factors').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map(factorFromRow);
}

export async function readChain(db: VaultDb, caseId: string): Promise<ChainPartner[]> {
  const rows = await db.selectFrom('chain_partners').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map(chainPartnerFromRow);
}

/** Oldest first, as the timeline slider runs; without the state (that comes with snapshots.get). */
export async function readSnapshotMetas(db: VaultDb, caseId: string): Promise<SnapshotMeta[]> {
  const rows = await db
    .selectFrom('map_snapshots')
    .select(['id', 'case_id', 'taken_at', 'reason', 'label', 'factor_count'])
    .where('case_id', '=', caseId)
    .orderBy('taken_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(snapshotMetaFromRow);
}

export async function readMapState(db: VaultDb, caseRow: CaseRow): Promise<MapState> {
  return { relationship: relationshipFromRow(caseRow), factors: await readFactors(db, caseRow.id), chain: await readChain(db, caseRow.id) };
}

/** Nothing drawn yet: no factors, no chain partners, and the relationship still as a new case has it. */
export function isEmptyMap(state: MapState): boolean {
  const { form, now, goesWell, worries } = state.relationship;
  return (
    state.factors.length === 0 &&
    state.chain.length === 0 &&
    form === EMPTY_RELATIONSHIP.form &&
    now === EMPTY_RELATIONSHIP.now &&
    goesWell === EMPTY_RELATIONSHIP.goesWell &&
    worries === EMPTY_RELATIONSHIP.worries
  );
}

/** Snapshot counts, like the case list, count the factors still current (buffers included). */
function currentFactorCount(state: MapState): number {
  return state.factors.filter((factor) => factor.status === 'current').length;
}

/** Store the map as it is now. Runs inside the caller's transaction. */
export async function recordSnapshot(db: VaultDb, caseRow: CaseRow, reason: SnapshotMeta['reason'], label: string, at: Date, state?: MapState): Promise<SnapshotMeta> {
  const mapState = state ?? (await readMapState(db, caseRow));
  const row = {
    id: randomUUID(),
    case_id: caseRow.id,
    taken_at: at.toISOString(),
    reason,
    label,
    factor_count: currentFactorCount(mapState),
  };
  await db.insertInto('map_snapshots').values({ ...row, state: JSON.stringify(mapState) }).execute();
  return snapshotMetaFromRow(row);
}

/** Start of the UTC day of `at` and of the next one, as ISO strings (they sort as text). */
function utcDayBounds(at: Date): { start: string; end: string } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  return { start: start.toISOString(), end: end.toISOString() };
}

/**
 * Called before every change to the map (a factor, a chain partner, the relationship): keeps the
 * map as it stood before the day's first change as a 'daily' snapshot, at most one per case per
 * UTC day. Nothing is kept when a snapshot was already taken today (it shows that state or a later
 * one), when the map already changed today (then it was empty at the day's start, or today's first
 * change would have kept it), or when the map is empty: there is nothing to look back at.
 */
export async function snapshotBeforeMapChange(db: VaultDb, caseRow: CaseRow, at: Date): Promise<SnapshotMeta | null> {
  const { start, end } = utcDayBounds(at);
  if (caseRow.map_changed_at === null || caseRow.map_changed_at >= start) return null;
  const today = await db
    .selectFrom('map_snapshots')
    .select('id')
    .where('case_id', '=', caseRow.id)
    .where('taken_at', '>=', start)
    .where('taken_at', '<', end)
    .limit(1)
    .executeTakeFirst();
  if (today) return null;
  const state = await readMapState(db, caseRow);
  if (isEmptyMap(state)) return null;
  return recordSnapshot(db, caseRow, 'daily', '', at, state);
}

async function requireChainPartnerOfCase(db: VaultDb, caseId: string, chainPartnerId: string): Promise<void> {
  const partner = await db.selectFrom('chain_partners').select('case_id').where('id', '=', chainPartnerId).executeTakeFirst();
  if (partner?.case_id !== caseId) throw invalidField('chainPartnerId', 'The chain partner is not part of this case.');
}

export class MapService {
  constructor(private readonly vaults: VaultService) {}

  /**
   * Create or update a factor (upsert by id, so undoing a removal re-creates it with its id).
   * Normalised on the way in: a buffer has no pressure, duration or buffering; the chain partner is
   * kept only with the chain voice; the free label only with the 'other' category; tags once each.
   * The placement is stored as given (null: laid out automatically again, e.g. after a change of
   * sector or the undo of a first drag). The session a factor was added in is set when it is
   * created and does not change afterwards.
   */
  async saveFactor(input: ParsedInput<'factors.save'>): Promise<Factor> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const caseRow = await requireCase(db, input.caseId);
      const existing = input.id ? await db.selectFrom('factors').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
      if (existing && existing.case_id !== input.caseId) throw new AppError('NOT_FOUND', 'No such factor in this case.');
      if (input.voice === 'chain' && input.chainPartnerId) await requireChainPartnerOfCase(db, input.caseId, input.chainPartnerId);
      await snapshotBeforeMapChange(db, caseRow, now);

      const isBuffer = input.sector === 'buffer';
      const iso = now.toISOString();
      const row: FactorRow = {
        id: existing?.id ?? input.id ?? randomUUID(),
        case_id: input.caseId,
        sector: input.sector,
        category: input.category,
        other_label: input.category === 'other' ? (input.otherLabel?.trim() ?? null) : null,
        text: input.text,
        kind: input.kind,
        voice: input.voice,
        chain_partner_id: input.voice === 'chain' ? input.chainPartnerId : null,
        pressure: isBuffer ? null : input.pressure,
        duration: isBuffer ? null : input.duration,
        buffered: isBuffer ? null : input.buffered,
        tags: JSON.stringify([...new Set(input.tags)]),
        status: input.status,
        placement: input.placement ? JSON.stringify(input.placement) : null,
        session_id: existing ? existing.session_id : input.sessionId,
        created_at: existing?.created_at ?? iso,
        updated_at: iso,
      };
      if (existing) {
        const { id, case_id: _caseId, created_at: _createdAt, ...changes } = row;
        await db.updateTable('factors').set(changes).where('id', '=', id).execute();
      } else {
        await db.insertInto('factors').values(row).execute();
      }
      await noteCaseActivity(db, input.caseId, now, 'map');
      return factorFromRow(row);
    });
  }

  /** Dragging within the sector: only where it sits changes. */
  async placeFactor(input: { id: string; placement: Placement }): Promise<Factor> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const existing = await this.requireFactor(db, input.id);
      await snapshotBeforeMapChange(db, await requireCase(db, existing.case_id), now);
      const changes = { placement: JSON.stringify(input.placement), updated_at: now.toISOString() };
      await db.updateTable('factors').set(changes).where('id', '=', input.id).execute();
      await noteCaseActivity(db, existing.case_id, now, 'map');
      return factorFromRow({ ...existing, ...changes });
    });
  }

  async removeFactor(id: string): Promise<null> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const existing = await this.requireFactor(db, id);
      await snapshotBeforeMapChange(db, await requireCase(db, existing.case_id), now);
      await db.deleteFrom('factors').where('id', '=', id).execute();
      await noteCaseActivity(db, existing.case_id, now, 'map');
    });
    return null;
  }

  async saveChainPartner(input: ParsedInput<'chain.save'>): Promise<ChainPartner> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const caseRow = await requireCase(db, input.caseId);
      const existing = input.id ? await db.selectFrom('chain_partners').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
      if (existing && existing.case_id !== input.caseId) throw new AppError('NOT_FOUND', 'No such chain partner in this case.');
      await snapshotBeforeMapChange(db, caseRow, now);
      const iso = now.toISOString();
      const row: ChainPartnerRow = {
        id: existing?.id ?? input.id ?? randomUUID(),
        case_id: input.caseId,
        type: input.type,
        label: input.label.trim(),
        relationship: input.relationship,
        already_asked: input.alreadyAsked,
        last_contact: input.lastContact,
        created_at: existing?.created_at ?? iso,
        updated_at: iso,
      };
      if (existing) {
        const { id, case_id: _caseId, created_at: _createdAt, ...changes } = row;
        await db.updateTable('chain_partners').set(changes).where('id', '=', id).execute();
      } else {
        await db.insertInto('chain_partners').values(row).execute();
      }
      await noteCaseActivity(db, input.caseId, now, 'map');
      return chainPartnerFromRow(row);
    });
  }

  /**
   * Factors spoken in the partner's voice stay on the map and move to the professional voice (a
   * chain partner is a professional too), so every factor stays valid for the edit form; the
   * daily snapshot taken before the removal keeps the named attribution in the history.
   */
  async removeChainPartner(id: string): Promise<null> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const partner = await db.selectFrom('chain_partners').select(['id', 'case_id']).where('id', '=', id).executeTakeFirst();
      if (!partner) throw new AppError('NOT_FOUND', 'No such chain partner.');
      await snapshotBeforeMapChange(db, await requireCase(db, partner.case_id), now);
      await db
        .updateTable('factors')
        .set({ voice: 'professional', chain_partner_id: null, updated_at: now.toISOString() })
        .where('chain_partner_id', '=', id)
        .execute();
      await db.deleteFrom('chain_partners').where('id', '=', id).execute();
      await noteCaseActivity(db, partner.case_id, now, 'map');
    });
    return null;
  }

  /**
   * Keep the map as it is now. 'manual' from the map's button; 'session' from the sessions feature
   * when a session starts. Only the case's last activity moves: the case itself did not change.
   */
  async takeSnapshot(caseId: string, reason: SnapshotReasonTaken, label: string): Promise<SnapshotMeta> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const caseRow = await requireCase(db, caseId);
      const meta = await recordSnapshot(db, caseRow, reason, label.trim(), now);
      await noteCaseActivity(db, caseId, now, 'history');
      return meta;
    });
  }

  async getSnapshot(id: string): Promise<Snapshot> {
    const row = await this.vaults.session().db.selectFrom('map_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'No such snapshot.');
    const { state, ...meta } = row;
    return { ...snapshotMetaFromRow(meta), state: MapState.parse(JSON.parse(state)) };
  }

  private async requireFactor(db: VaultDb, id: string): Promise<FactorRow> {
    const row = await db.selectFrom('factors').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'No such factor.');
    return row;
  }
}
