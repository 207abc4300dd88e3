import type { CaseDetail } from '../../../shared/domain/case';
import { readPeople } from '../cases/people';
import { requireCase } from '../cases/record';
import { caseFromRow } from '../cases/rows';
import type { ReadContext } from '../context';
import { localDay } from '../../../shared/domain/dates';
import { readSnapshotMetas } from '../map/snapshots';
import { readChain, readFactors } from '../map/state';

/** Everything the case page shows, in one call: snapshots without their state. */
export async function getCase({ db, now }: Pick<ReadContext, 'db'> & { now?: Date }, { id }: { id: string }): Promise<CaseDetail> {
  const caseRow = await requireCase(db, id);
  return {
    // Today's phase and week follow the due week, counted from this call's local day.
    case: caseFromRow(caseRow, localDay(now ?? new Date())),
    people: await readPeople(db, id),
    factors: await readFactors(db, id),
    chain: await readChain(db, id),
    snapshots: await readSnapshotMetas(db, id),
  };
}
