import type { Kysely, Selectable } from 'kysely';
import type { Case, CasePhase, CaseStatus, Relationship } from '../../../shared/domain/case';
import type { CasesTable, VaultDatabase } from '../db/schema';
import { AppError } from '../errors';

/**
 * The case row itself, shared by the case and map services: reading it, refusing unknown ids,
 * and noting activity. Rows hold only values the contract validated, and the dispatcher parses every
 * output again, so the enum casts below never let an unchecked value reach the renderer.
 */
export type VaultDb = Kysely<VaultDatabase>;
export type CaseRow = Selectable<CasesTable>;

/** Lower case without diacritics ("Zoë" → "zoe"); NFKD also unfolds ligatures and width variants. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export const EMPTY_RELATIONSHIP: Relationship = { form: 'dyad', now: '', goesWell: '', worries: '' };

export function relationshipFromRow(row: CaseRow): Relationship {
  return {
    form: row.relationship_form as Relationship['form'],
    now: row.relationship_now,
    goesWell: row.relationship_goes_well,
    worries: row.relationship_worries,
  };
}

export function caseFromRow(row: CaseRow): Case {
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    phase: row.phase as CasePhase,
    pregnancyWeek: row.pregnancy_week,
    status: row.status as CaseStatus,
    holderId: row.holder_id,
    contextNote: row.context_note,
    relationship: relationshipFromRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    lastActivityAt: row.last_activity_at,
  };
}

export async function requireCase(db: VaultDb, caseId: string): Promise<CaseRow> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such case.');
  return row;
}

/**
 * What a write did to a case: 'content' changed the case (people, note, status); 'map' changed its
 * map as well (relationship, factors, chain); 'history' only added to it (a snapshot).
 */
export type CaseChange = 'content' | 'map' | 'history';

/** Every write to a case moves its last activity (the list sorts by it). */
export async function noteCaseActivity(db: VaultDb, caseId: string, at: Date, change: CaseChange): Promise<void> {
  const iso = at.toISOString();
  const changes =
    change === 'history'
      ? { last_activity_at: iso }
      : change === 'content'
        ? { last_activity_at: iso, updated_at: iso }
        : { last_activity_at: iso, updated_at: iso, map_changed_at: iso };
  await db.updateTable('cases').set(changes).where('id', '=', caseId).execute();
}

/** An INVALID_INPUT error shaped like the dispatcher's, so the UI shows it next to the field. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path: [field], message, code: 'custom' }] });
}
