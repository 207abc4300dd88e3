import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { BUILT_IN_METHODS, isBuiltInMethodId } from '../../../shared/domain/methods-catalog';
import type { MethodDefinition } from '../../../shared/domain/session';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { findMethod, invalidAt, teamMethodFromRow, type TeamMethodRow } from './sessionRecord';
import type { VaultService } from './vault';

/**
 * Intervision methods: the shipped ones (read-only data) and a team's own, kept in the vault. A session
 * keeps a copy of its method, so editing or removing a team method never rewrites a session.
 */
export class MethodsService {
  constructor(private readonly vaults: VaultService) {}

  /** Shipped methods first, in catalogue order; then the team's own, oldest first. */
  async list(): Promise<MethodDefinition[]> {
    const rows = await this.vaults.session().db.selectFrom('session_methods').selectAll().orderBy('created_at').orderBy(sql`rowid`).execute();
    return [...BUILT_IN_METHODS, ...rows.map(teamMethodFromRow)];
  }

  /**
   * Create or update a team method (upsert by id). Where it was copied from is set when it is created
   * and kept afterwards, so an edit form that does not send it does not erase it.
   */
  async save(input: ParsedInput<'methods.save'>): Promise<MethodDefinition> {
    const vault = this.vaults.session();
    const iso = this.vaults.now().toISOString();
    if (input.id !== undefined && isBuiltInMethodId(input.id)) throw invalidAt(['id'], 'A shipped method cannot be changed; save a copy instead.');
    if (!input.name.nl.trim() && !input.name.en.trim()) throw invalidAt(['name'], 'A method needs a name.');
    const seen = new Set<string>();
    for (const [index, phase] of input.phases.entries()) {
      if (seen.has(phase.key)) throw invalidAt(['phases', index, 'key'], 'Each phase of a method needs its own key.');
      seen.add(phase.key);
    }
    return inTransaction(vault.sqlite, vault.db, async (db) => {
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
    });
  }

  /** Sessions that used the method keep their own copy, so it can always be removed. */
  async remove(id: string): Promise<null> {
    const vault = this.vaults.session();
    if (isBuiltInMethodId(id)) throw invalidAt(['id'], 'A shipped method cannot be removed.');
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const result = await db.deleteFrom('session_methods').where('id', '=', id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'No such method.');
    });
    return null;
  }
}
