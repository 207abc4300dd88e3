import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import type { Factor, Placement } from '../../../shared/domain/case';
import { normaliseFactor } from '../../../shared/domain/map';
import { noteCaseActivity, requireCase } from '../cases/record';
import type { WriteContext } from '../context';
import type { ReadableDb, WritableDb } from '../db/transaction';
import { AppError, invalidField } from '../errors';
import { factorFromRow, type FactorRow } from './rows';
import { snapshotBeforeMapChange } from './snapshots';

/** The factors around a case's relationship: stressors in four sectors and the buffers. */

async function requireFactor(db: ReadableDb, id: string): Promise<FactorRow> {
  const row = await db.selectFrom('factors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such factor.');
  return row;
}

async function requireChainPartnerOfCase(db: ReadableDb, caseId: string, chainPartnerId: string): Promise<void> {
  const partner = await db.selectFrom('chain_partners').select('case_id').where('id', '=', chainPartnerId).executeTakeFirst();
  if (partner?.case_id !== caseId) throw invalidField('chainPartnerId', 'The chain partner is not part of this case.');
}

/**
 * Create or update a factor (upsert by id, so undoing a removal re-creates it with its id).
 * Normalised on the way in by the map's one rule (normaliseFactor in shared/domain/map.ts).
 * The placement is stored as given (null: laid out automatically again, e.g. after a change of
 * sector or the undo of a first drag). The session a factor was added in is set when it is
 * created and does not change afterwards.
 */
export async function saveFactor({ db, now }: WriteContext, input: ParsedInput<'factors.save'>): Promise<Factor> {
  const caseRow = await requireCase(db, input.caseId);
  const existing = input.id ? await db.selectFrom('factors').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  if (existing && existing.case_id !== input.caseId) throw new AppError('NOT_FOUND', 'No such factor in this case.');
  if (input.voice === 'chain' && input.chainPartnerId) await requireChainPartnerOfCase(db, input.caseId, input.chainPartnerId);
  await snapshotBeforeMapChange(db, caseRow, now);

  const factor = normaliseFactor(input);
  const iso = now.toISOString();
  const row: FactorRow = {
    id: existing?.id ?? input.id ?? randomUUID(),
    case_id: input.caseId,
    sector: factor.sector,
    category: factor.category,
    other_label: factor.otherLabel,
    text: factor.text,
    kind: factor.kind,
    voice: factor.voice,
    chain_partner_id: factor.chainPartnerId,
    pressure: factor.pressure,
    duration: factor.duration,
    buffered: factor.buffered,
    tags: JSON.stringify(factor.tags),
    traumatic: factor.traumatic ? 1 : 0,
    experience_of: factor.experienceOf ?? null,
    working_relation: factor.workingRelation ?? null,
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
}

/** Dragging within the sector: only where it sits changes. */
export async function placeFactor({ db, now }: WriteContext, input: { id: string; placement: Placement }): Promise<Factor> {
  const existing = await requireFactor(db, input.id);
  await snapshotBeforeMapChange(db, await requireCase(db, existing.case_id), now);
  const changes = { placement: JSON.stringify(input.placement), updated_at: now.toISOString() };
  await db.updateTable('factors').set(changes).where('id', '=', input.id).execute();
  await noteCaseActivity(db, existing.case_id, now, 'map');
  return factorFromRow({ ...existing, ...changes });
}

export async function removeFactor({ db, now }: WriteContext, { id }: { id: string }): Promise<null> {
  const existing = await requireFactor(db, id);
  await snapshotBeforeMapChange(db, await requireCase(db, existing.case_id), now);
  await db.deleteFrom('factors').where('id', '=', id).execute();
  await noteCaseActivity(db, existing.case_id, now, 'map');
  return null;
}

/** Factors spoken in a removed chain partner's voice move to the professional voice (see removeChainPartner). */
export async function reassignChainVoice(db: WritableDb, chainPartnerId: string, at: Date): Promise<void> {
  await db
    .updateTable('factors')
    .set({ voice: 'professional', chain_partner_id: null, updated_at: at.toISOString() })
    .where('chain_partner_id', '=', chainPartnerId)
    .execute();
}
