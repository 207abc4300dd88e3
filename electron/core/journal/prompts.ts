import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Prompt } from '../../../shared/domain/journal';
import { BUILT_IN_PROMPTS, builtInPrompt } from '../../../shared/domain/prompts';
import type { ReadContext, WriteContext } from '../context';
import { AppError } from '../errors';
import { customPromptFromRow, type CustomPromptRow } from './rows';

/** The prompt library: shipped prompts, the team's own, and which ones each member hides. */

/** The shipped prompts, then the team's own oldest first, each with whether this member hides it. */
export async function listPrompts({ db, member }: ReadContext): Promise<Prompt[]> {
  const hidden = new Set((await db.selectFrom('hidden_prompts').select('prompt_id').where('member_id', '=', member.id).execute()).map((r) => r.prompt_id));
  const custom = await db
    .selectFrom('custom_prompts')
    .selectAll()
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return [...BUILT_IN_PROMPTS.map((p) => ({ ...p, hidden: hidden.has(p.id) })), ...custom.map((row) => customPromptFromRow(row, hidden.has(row.id)))];
}

/** Create or change one of the team's own prompts. */
export async function savePrompt({ db, now, member }: WriteContext, input: ParsedInput<'prompts.save'>): Promise<Prompt> {
  const iso = now.toISOString();
  const existing = input.id ? await db.selectFrom('custom_prompts').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  if (input.id && !existing) throw new AppError('NOT_FOUND', 'No such prompt.');
  const row: CustomPromptRow = {
    id: existing?.id ?? randomUUID(),
    text: input.text,
    contexts: JSON.stringify(input.contexts),
    created_by: existing?.created_by ?? member.id,
    created_at: existing?.created_at ?? iso,
    updated_at: iso,
  };
  if (existing) await db.updateTable('custom_prompts').set({ text: row.text, contexts: row.contexts, updated_at: iso }).where('id', '=', row.id).execute();
  else await db.insertInto('custom_prompts').values(row).execute();
  const hidden = await db
    .selectFrom('hidden_prompts')
    .select('prompt_id')
    .where('member_id', '=', member.id)
    .where('prompt_id', '=', row.id)
    .executeTakeFirst();
  return customPromptFromRow(row, hidden !== undefined);
}

/** Entries that answered it keep the prompt's words (stored with them). */
export async function removePrompt({ db }: WriteContext, { id }: { id: string }): Promise<null> {
  const result = await db.deleteFrom('custom_prompts').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'No such prompt.');
  await db.deleteFrom('hidden_prompts').where('prompt_id', '=', id).execute();
  return null;
}

/** Hide a prompt from this member's lists, or show it again. */
export async function setPromptHidden({ db, member }: WriteContext, input: { id: string; hidden: boolean }): Promise<null> {
  const known = builtInPrompt(input.id) ?? (await db.selectFrom('custom_prompts').select('id').where('id', '=', input.id).executeTakeFirst());
  if (!known) throw new AppError('NOT_FOUND', 'No such prompt.');
  if (input.hidden) {
    await db
      .insertInto('hidden_prompts')
      .values({ member_id: member.id, prompt_id: input.id })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await db.deleteFrom('hidden_prompts').where('member_id', '=', member.id).where('prompt_id', '=', input.id).execute();
  }
  return null;
}
