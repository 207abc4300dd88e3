import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import type { ChainPartner } from '../../../shared/domain/case';
import type { WriteContext } from '../context';
import { AppError } from '../errors';
import { noteCaseActivity, requireCase } from '../cases/record';
import { reassignChainVoice } from './factors';
import { chainPartnerFromRow, type ChainPartnerRow } from './rows';
import { snapshotBeforeMapChange } from './snapshots';

/** The care chain of a case: the professionals around the family, shown in the map's professionals' sector. */

export async function saveChainPartner({ db, now }: WriteContext, input: ParsedInput<'chain.save'>): Promise<ChainPartner> {
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
}

/**
 * Factors spoken in the partner's voice stay on the map and move to the professional voice (a
 * chain partner is a professional too), so every factor stays valid for the edit form; the
 * daily snapshot taken before the removal keeps the named attribution in the history.
 */
export async function removeChainPartner({ db, now }: WriteContext, { id }: { id: string }): Promise<null> {
  const partner = await db.selectFrom('chain_partners').select(['id', 'case_id']).where('id', '=', id).executeTakeFirst();
  if (!partner) throw new AppError('NOT_FOUND', 'No such chain partner.');
  await snapshotBeforeMapChange(db, await requireCase(db, partner.case_id), now);
  await reassignChainVoice(db, id, now);
  await db.deleteFrom('chain_partners').where('id', '=', id).execute();
  await noteCaseActivity(db, partner.case_id, now, 'map');
  return null;
}
