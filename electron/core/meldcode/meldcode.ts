import type { ParsedInput } from '../../../shared/contract';
import { emptyMeldcodeSteps, type MeldcodeRecord } from '../../../shared/domain/meldcode';
import { noteCaseActivity, requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import { meldcodeFromRow, meldcodeToRow } from './rows';

/**
 * A case's meldcode record: one row per case, saved whole. It goes with the case (ON DELETE
 * CASCADE: a deletion by hand or by the retention rule), travels in exchange files as
 * `meldcode_records`, and stores what the professional wrote, nothing derived from it.
 */

export async function getMeldcode({ db }: ReadContext, { caseId }: { caseId: string }): Promise<MeldcodeRecord> {
  await requireCase(db, caseId);
  const row = await db.selectFrom('meldcode_records').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  return row ? meldcodeFromRow(row) : { caseId, ...emptyMeldcodeSteps(), updatedAt: null };
}

export async function saveMeldcode({ db, now }: WriteContext, input: ParsedInput<'meldcode.save'>): Promise<MeldcodeRecord> {
  const { caseId, ...steps } = input;
  await requireCase(db, caseId);
  const row = meldcodeToRow(caseId, steps, now.toISOString());
  const { case_id: _caseId, ...changes } = row;
  await db
    .insertInto('meldcode_records')
    .values(row)
    .onConflict((oc) => oc.column('case_id').doUpdateSet(changes))
    .execute();
  await noteCaseActivity(db, caseId, now, 'content');
  return meldcodeFromRow(row);
}
