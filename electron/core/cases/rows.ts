import type { Selectable } from 'kysely';
import { Case, CaseSummary, Person, Relationship } from '../../../shared/domain/case';
import type { PeopleTable } from '../db/schema';
import type { CaseRow } from './record';

/** Rows → domain objects, parsed with the domain's schemas, so a damaged row fails here. */

export type PersonRow = Selectable<PeopleTable>;

export const EMPTY_RELATIONSHIP: Relationship = { form: 'dyad', now: '', goesWell: '', worries: '' };

export function relationshipFromRow(row: CaseRow): Relationship {
  return Relationship.parse({
    form: row.relationship_form,
    now: row.relationship_now,
    goesWell: row.relationship_goes_well,
    worries: row.relationship_worries,
  });
}

export function caseFromRow(row: CaseRow): Case {
  return Case.parse({
    id: row.id,
    pseudonym: row.pseudonym,
    phase: row.phase,
    pregnancyWeek: row.pregnancy_week,
    status: row.status,
    holderId: row.holder_id,
    contextNote: row.context_note,
    relationship: relationshipFromRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    lastActivityAt: row.last_activity_at,
  });
}

/** One line of the case list: the case with its holder's name and its current factors counted. */
export function caseSummaryFromRow(
  row: Pick<CaseRow, 'id' | 'pseudonym' | 'phase' | 'pregnancy_week' | 'status' | 'holder_id' | 'last_activity_at'> & {
    display_name: string | null;
    n: number | null;
  },
): CaseSummary {
  return CaseSummary.parse({
    id: row.id,
    pseudonym: row.pseudonym,
    phase: row.phase,
    pregnancyWeek: row.pregnancy_week,
    status: row.status,
    holderId: row.holder_id,
    lastActivityAt: row.last_activity_at,
    holderName: row.display_name,
    factorCount: Number(row.n ?? 0),
  });
}

export function personFromRow(row: PersonRow): Person {
  return Person.parse({
    id: row.id,
    caseId: row.case_id,
    role: row.role,
    pseudonym: row.pseudonym,
    ageBand: row.age_band,
    dueDate: row.due_date,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
