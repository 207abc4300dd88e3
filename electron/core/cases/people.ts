import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Person } from '../../../shared/domain/case';
import type { WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { AppError } from '../errors';
import { noteCaseActivity, requireCase } from './record';
import { personFromRow, type PersonRow } from './rows';

/** The people in a case: pseudonyms and roles only. */

export async function readPeople(db: ReadableDb, caseId: string): Promise<Person[]> {
  const rows = await db
    .selectFrom('people')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(personFromRow);
}

/** Create or update a person (upsert by id, so undoing a removal re-creates them with their id). */
export async function savePerson({ db, now }: WriteContext, input: ParsedInput<'people.save'>): Promise<Person> {
  await requireCase(db, input.caseId);
  const existing = input.id ? await db.selectFrom('people').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  if (existing && existing.case_id !== input.caseId) throw new AppError('NOT_FOUND', 'No such person in this case.');
  const iso = now.toISOString();
  const row: PersonRow = {
    id: existing?.id ?? input.id ?? randomUUID(),
    case_id: input.caseId,
    role: input.role,
    pseudonym: input.pseudonym,
    age_band: input.ageBand,
    note: input.note,
    created_at: existing?.created_at ?? iso,
    updated_at: iso,
  };
  if (existing) {
    const { id, case_id: _caseId, created_at: _createdAt, ...changes } = row;
    await db.updateTable('people').set(changes).where('id', '=', id).execute();
  } else {
    await db.insertInto('people').values(row).execute();
  }
  await noteCaseActivity(db, input.caseId, now, 'content');
  return personFromRow(row);
}

export async function removePerson({ db, now }: WriteContext, { id }: { id: string }): Promise<null> {
  const person = await db.selectFrom('people').select('case_id').where('id', '=', id).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'No such person.');
  await db.deleteFrom('people').where('id', '=', id).execute();
  await noteCaseActivity(db, person.case_id, now, 'content');
  return null;
}
