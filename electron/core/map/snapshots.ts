import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { MapState, type Snapshot, type SnapshotMeta } from '../../../shared/domain/case';
import { noteCaseActivity, requireCase, type CaseRow } from '../cases/record';
import { EMPTY_RELATIONSHIP, relationshipFromRow } from '../cases/rows';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb, WritableDb } from '../db/transaction';
import { AppError } from '../errors';
import { readChain, readFactors } from './state';
import { snapshotMetaFromRow } from './rows';
import { localDay, startOfLocalDay, startOfNextLocalDay } from '../../../shared/domain/dates';

/**
 * Snapshots of a case's map over time. Before the first change of a (UTC) day the map is kept as a
 * 'daily' snapshot, so the timeline always shows how the map looked before today's work.
 */

/** Oldest first, as the timeline slider runs; without the state (that comes with snapshots.get). */
export async function readSnapshotMetas(db: ReadableDb, caseId: string): Promise<SnapshotMeta[]> {
  const rows = await db
    .selectFrom('map_snapshots')
    .select(['id', 'case_id', 'taken_at', 'reason', 'label', 'factor_count'])
    .where('case_id', '=', caseId)
    .orderBy('taken_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(snapshotMetaFromRow);
}

export async function readMapState(db: ReadableDb, caseRow: CaseRow): Promise<MapState> {
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
export async function recordSnapshot(
  db: WritableDb,
  caseRow: CaseRow,
  reason: SnapshotMeta['reason'],
  label: string,
  at: Date,
  state?: MapState,
): Promise<SnapshotMeta> {
  const mapState = state ?? (await readMapState(db, caseRow));
  const row = {
    id: randomUUID(),
    case_id: caseRow.id,
    taken_at: at.toISOString(),
    reason,
    label,
    factor_count: currentFactorCount(mapState),
  };
  await db
    .insertInto('map_snapshots')
    .values({ ...row, state: JSON.stringify(mapState) })
    .execute();
  return snapshotMetaFromRow(row);
}

/** Start of the local day of `at` and of the next one, as ISO strings (they sort as text). */
function localDayBounds(at: Date): { start: string; end: string } {
  const day = localDay(at);
  return { start: startOfLocalDay(day), end: startOfNextLocalDay(day) };
}

/**
 * Called before every change to the map (a factor, a chain partner, the relationship): keeps the
 * map as it stood before the day's first change as a 'daily' snapshot, at most one per case per
 * local day. Nothing is kept when a snapshot was already taken today (it shows that state or a later
 * one), when the map already changed today (then it was empty at the day's start, or today's first
 * change would have kept it), or when the map is empty: there is nothing to look back at.
 */
export async function snapshotBeforeMapChange(db: WritableDb, caseRow: CaseRow, at: Date): Promise<SnapshotMeta | null> {
  const { start, end } = localDayBounds(at);
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

/**
 * Keep the map as it is now ('manual', from the map's button). Only the case's last activity
 * moves: the case itself did not change.
 */
export async function takeSnapshot(ctx: WriteContext, input: { caseId: string; label: string }): Promise<SnapshotMeta> {
  const caseRow = await requireCase(ctx.db, input.caseId);
  const meta = await recordSnapshot(ctx.db, caseRow, 'manual', input.label.trim(), ctx.now);
  await noteCaseActivity(ctx.db, input.caseId, ctx.now, 'history');
  return meta;
}

export async function getSnapshot({ db }: Pick<ReadContext, 'db'>, { id }: { id: string }): Promise<Snapshot> {
  const row = await db.selectFrom('map_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such snapshot.');
  const { state, ...meta } = row;
  return { ...snapshotMetaFromRow(meta), state: MapState.parse(JSON.parse(state)) };
}
