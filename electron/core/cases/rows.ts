import type { Selectable } from 'kysely';
import { Case, CaseSummary, ParentVoice, Person, Relationship, type CasePhase } from '../../../shared/domain/case';
import { localDay } from '../../../shared/domain/dates';
import { casePhaseToday, thousandDays } from '../../../shared/domain/thousand-days';
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

export const EMPTY_PARENT_VOICE: ParentVoice = { worries: '', goesWell: '', asks: '' };

export function parentVoiceFromRow(row: Pick<CaseRow, 'parent_worries' | 'parent_goes_well' | 'parent_asks'>): ParentVoice {
  return ParentVoice.parse({ worries: row.parent_worries, goesWell: row.parent_goes_well, asks: row.parent_asks });
}

/**
 * Today's phase and week of pregnancy of a case row: with a due week both follow it (computed from
 * `today`, the local calendar day), without one the phase is the one set by hand.
 */
export function livePhase(row: Pick<CaseRow, 'phase' | 'due_week'>, today: string): { phase: CasePhase; pregnancyWeek: number | null } {
  const phase = casePhaseToday({ phase: row.phase as CasePhase, dueWeek: row.due_week }, today);
  const pregnancyWeek = row.due_week ? thousandDays(row.due_week, today).pregnancyWeek : null;
  return { phase, pregnancyWeek };
}

export function caseFromRow(row: CaseRow, today: string = localDay()): Case {
  return Case.parse({
    id: row.id,
    pseudonym: row.pseudonym,
    ...livePhase(row, today),
    dueWeek: row.due_week,
    status: row.status,
    holderId: row.holder_id,
    contextNote: row.context_note,
    relationship: relationshipFromRow(row),
    parentVoice: parentVoiceFromRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    lastActivityAt: row.last_activity_at,
  });
}

/** One line of the case list: the case with its holder's name and its current factors counted. */
export function caseSummaryFromRow(
  row: Pick<CaseRow, 'id' | 'pseudonym' | 'phase' | 'due_week' | 'status' | 'holder_id' | 'last_activity_at'> & {
    display_name: string | null;
    n: number | null;
  },
  today: string = localDay(),
): CaseSummary {
  return CaseSummary.parse({
    id: row.id,
    pseudonym: row.pseudonym,
    ...livePhase(row, today),
    dueWeek: row.due_week,
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
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
