import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { BUILT_IN_METHODS, isBuiltInMethodId } from '../../../shared/domain/methods-catalog';
import type { MethodDefinition } from '../../../shared/domain/session';
import type { ReadContext, WriteContext } from '../context';
import { AppError } from '../errors';
import { findMethod, invalidAt } from './record';
import { teamMethodFromRow, type TeamMethodRow } from './rows';

/**
 * Intervision methods: the shipped ones (read-only data) and a team's own, kept in the vault. A session
 * keeps a copy of its method, so editing or removing a team method never rewrites a session.
 */

/** Shipped methods first, in catalogue order; then the team's own, oldest first. */
export async function listMethods({ db }: ReadContext): Promise<MethodDefinition[]> {
  const rows = await db
    .selectFrom('session_methods')
    .selectAll()
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return [...BUILT_IN_METHODS, ...rows.map(teamMethodFromRow)];
}

/**
 * Create or update a team method (upsert by id). Where it was copied from is set when it is created
 * and kept afterwards, so an edit form that does not send it does not erase it.
 */
export async function saveMethod({ db, now }: WriteContext, input: ParsedInput<'methods.save'>): Promise<MethodDefinition> {
  const iso = now.toISOString();
  if (input.id !== undefined && isBuiltInMethodId(input.id)) throw invalidAt(['id'], 'A shipped method cannot be changed; save a copy instead.');
  if (!input.name.nl.trim() && !input.name.en.trim()) throw invalidAt(['name'], 'A method needs a name.');
  const seen = new Set<string>();
  for (const [index, phase] of input.phases.entries()) {
    if (seen.has(phase.key)) throw invalidAt(['phases', index, 'key'], 'Each phase of a method needs its own key.');
    seen.add(phase.key);
  }
  const existing = input.id ? await db.selectFrom('session_methods').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  const copiedFrom = existing ? existing.copied_from : input.copiedFrom;
  if (!existing && copiedFrom !== null && !(await findMethod(db, copiedFrom))) throw invalidAt(['copiedFrom'], 'The method it was copied from does not exist.');
  const row: TeamMethodRow = {
    id: existing?.id ?? input.id ?? randomUUID(),
    name: JSON.stringify(input.name),
    description: JSON.stringify(input.description),
    phases: JSON.stringify(input.phases),
    copied_from: copiedFrom,
    created_at: existing?.created_at ?? iso,
    updated_at: iso,
  };
  if (existing) {
    const { id, created_at: _createdAt, ...changes } = row;
    await db.updateTable('session_methods').set(changes).where('id', '=', id).execute();
  } else {
    await db.insertInto('session_methods').values(row).execute();
  }
  return teamMethodFromRow(row);
}

/** Sessions that used the method keep their own copy, so it can always be removed. */
export async function removeMethod({ db }: WriteContext, { id }: { id: string }): Promise<null> {
  if (isBuiltInMethodId(id)) throw invalidAt(['id'], 'A shipped method cannot be removed.');
  const result = await db.deleteFrom('session_methods').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'No such method.');
  return null;
}
