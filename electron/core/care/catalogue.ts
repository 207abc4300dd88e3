import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import { builtInCareOption, isBuiltInCareOption, mergeCatalogue, type CareOption, type CareOptionOverride } from '../../../shared/domain/care-options';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb, WritableDb } from '../db/transaction';
import { AppError } from '../errors';
import { invalidAt } from '../sessions/record';
import { appendAudit } from '../vault/audit';
import { overrideFromRow, type CareOptionRow } from './rows';

/**
 * The care options catalogue: shipped entries (data in shared/domain/care-options.ts) with the team's
 * changes, and the team's own entries. Every change is audited as a settings change; sessions keep
 * the names of the options they weighed, so a change here never rewrites a session's record.
 */

async function readOverrides(db: ReadableDb): Promise<CareOptionOverride[]> {
  const rows = await db.selectFrom('care_options').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(overrideFromRow);
}

export async function listCareOptions({ db }: Pick<ReadContext, 'db'>): Promise<CareOption[]> {
  return mergeCatalogue(await readOverrides(db));
}

async function optionById(db: ReadableDb, id: string): Promise<CareOption> {
  const option = (await listCareOptions({ db })).find((o) => o.id === id);
  if (!option) throw new AppError('NOT_FOUND', 'No such care option.');
  return option;
}

type Change = 'edited' | 'added' | 'hidden' | 'shown' | 'restored';

async function audit({ db, now, member }: Pick<WriteContext, 'db' | 'now' | 'member'>, id: string, change: Change): Promise<void> {
  await appendAudit(db, { at: now, action: 'settings.changed', actorMemberId: member.id, detail: { key: 'careOptions', option: id, change } });
}

async function upsert(db: WritableDb, row: CareOptionRow, exists: boolean): Promise<void> {
  if (exists) {
    const { id, created_at: _createdAt, ...changes } = row;
    await db.updateTable('care_options').set(changes).where('id', '=', id).execute();
  } else {
    await db.insertInto('care_options').values(row).execute();
  }
}

export async function saveCareOption(ctx: WriteContext, input: ParsedInput<'careOptions.save'>): Promise<CareOption> {
  const { db, now } = ctx;
  const { fields } = input;
  if (!fields.name.nl.trim() && !fields.name.en.trim()) throw invalidAt(['fields', 'name'], 'A care option needs a name.');
  const trimmed = { ...fields, name: { nl: fields.name.nl.trim(), en: fields.name.en.trim() } };
  const id = input.id ?? randomUUID();
  const builtIn = isBuiltInCareOption(id);
  const existing = await db.selectFrom('care_options').selectAll().where('id', '=', id).executeTakeFirst();
  const iso = now.toISOString();
  await upsert(
    db,
    {
      id,
      built_in: builtIn ? 1 : 0,
      fields: JSON.stringify(trimmed),
      hidden: existing?.hidden ?? 0,
      created_at: existing?.created_at ?? iso,
      updated_at: iso,
    },
    existing !== undefined,
  );
  await audit(ctx, id, builtIn || existing ? 'edited' : 'added');
  return optionById(db, id);
}

export async function setCareOptionHidden(ctx: WriteContext, input: ParsedInput<'careOptions.setHidden'>): Promise<CareOption> {
  const { db, now } = ctx;
  const existing = await db.selectFrom('care_options').selectAll().where('id', '=', input.id).executeTakeFirst();
  const builtIn = isBuiltInCareOption(input.id);
  if (!existing && !builtIn) throw new AppError('NOT_FOUND', 'No such care option.');
  const iso = now.toISOString();
  await upsert(
    db,
    {
      id: input.id,
      built_in: builtIn ? 1 : 0,
      fields: existing?.fields ?? null,
      hidden: input.hidden ? 1 : 0,
      created_at: existing?.created_at ?? iso,
      updated_at: iso,
    },
    existing !== undefined,
  );
  await audit(ctx, input.id, input.hidden ? 'hidden' : 'shown');
  return optionById(db, input.id);
}

export async function restoreCareOption(ctx: WriteContext, input: ParsedInput<'careOptions.restore'>): Promise<CareOption> {
  const shipped = builtInCareOption(input.id);
  if (!shipped) throw invalidAt(['id'], 'Only a shipped care option can be restored; hide an own entry instead.');
  await ctx.db.deleteFrom('care_options').where('id', '=', input.id).execute();
  await audit(ctx, input.id, 'restored');
  return shipped;
}
