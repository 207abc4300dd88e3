import type { ParsedInput } from '../../../shared/contract';
import type { Case, Relationship } from '../../../shared/domain/case';
import { requireCase } from '../cases/record';
import { caseFromRow, relationshipFromRow } from '../cases/rows';
import type { WriteContext } from '../context';
import { localDay } from '../../../shared/domain/dates';
import { snapshotBeforeMapChange } from './snapshots';

/**
 * The centre of the map in words: its form, how it looks now, what goes well, what worries. Only
 * the fields given change. A real change is a change of the map, so the daily snapshot rule
 * applies; saving the same words again keeps nothing and stamps nothing.
 */
export async function saveRelationship({ db, now }: WriteContext, { caseId, ...patch }: ParsedInput<'relationship.save'>): Promise<Case> {
  const current = await requireCase(db, caseId);
  const before = relationshipFromRow(current);
  const relationship: Relationship = { ...before, ...patch };
  if (JSON.stringify(relationship) === JSON.stringify(before)) return caseFromRow(current, localDay(now));
  await snapshotBeforeMapChange(db, current, now);
  const iso = now.toISOString();
  const changes = {
    relationship_form: relationship.form,
    relationship_now: relationship.now,
    relationship_goes_well: relationship.goesWell,
    relationship_worries: relationship.worries,
    updated_at: iso,
    last_activity_at: iso,
    map_changed_at: iso,
  };
  await db.updateTable('cases').set(changes).where('id', '=', caseId).execute();
  return caseFromRow({ ...current, ...changes }, localDay(now));
}
