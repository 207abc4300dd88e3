import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { sectionsFitTemplate, sectionsFor, type JournalEntry, type JournalEntrySummary } from '../../../shared/domain/journal';
import { builtInPrompt } from '../../../shared/domain/prompts';
import { noteCaseActivity, requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { AppError, invalidField } from '../errors';
import { entryFromRow, entrySectionsOf, entrySummaryFromRow, entryTemplateOf, type EntryRow } from './rows';
import { startOfLocalDay, startOfNextLocalDay } from '../../../shared/domain/dates';
import { normaliseTags, switchTemplate } from './text';

/**
 * The casework journal: each member's own entries, optionally about a case, answering a prompt,
 * structured by a reflection template.
 */

/** Another member's entry is as unknown as a missing one. */
async function requireOwnEntry(db: ReadableDb, memberId: string, id: string): Promise<EntryRow> {
  const row = await db.selectFrom('journal_entries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.author_id !== memberId) throw new AppError('NOT_FOUND', 'No such journal entry.');
  return row;
}

/** The prompt's words as stored with an entry (both languages of a shipped prompt, so either finds it). */
async function promptTextFor(db: ReadableDb, promptId: string | null): Promise<string> {
  if (promptId === null) return '';
  const shipped = builtInPrompt(promptId);
  if (shipped) return `${shipped.text.nl}\n${shipped.text.en}`;
  const custom = await db.selectFrom('custom_prompts').select('text').where('id', '=', promptId).executeTakeFirst();
  if (!custom) throw invalidField('promptId', 'No such prompt.');
  return custom.text;
}

/** The member's own entries, newest first (rowid breaks ties within a millisecond). */
export async function listEntries({ db, member }: ReadContext, input: ParsedInput<'journal.list'>): Promise<JournalEntrySummary[]> {
  let query = db
    .selectFrom('journal_entries as j')
    .leftJoin('cases as c', 'c.id', 'j.case_id')
    .select(['j.id', 'j.case_id', 'j.prompt_id', 'j.template', 'j.title', 'j.body', 'j.sections', 'j.tags', 'j.created_at', 'j.updated_at', 'c.pseudonym'])
    .where('j.author_id', '=', member.id);
  if (input.caseId === 'none') query = query.where('j.case_id', 'is', null);
  else if (input.caseId) query = query.where('j.case_id', '=', input.caseId);
  if (input.tag) {
    const tag = input.tag.toLocaleLowerCase();
    query = query.where(sql<boolean>`exists (select 1 from json_each(j.tags) t where lower(t.value) = ${tag})`);
  }
  if (input.from) query = query.where('j.created_at', '>=', startOfLocalDay(input.from));
  if (input.to) query = query.where('j.created_at', '<', startOfNextLocalDay(input.to));
  const rows = await query
    .orderBy('j.created_at', 'desc')
    .orderBy(sql`j.rowid`, 'desc')
    .execute();
  return rows.map(entrySummaryFromRow);
}

/** One of the member's own entries (the access export reads them too, with the same db and member). */
export async function getEntry({ db, member }: Pick<ReadContext, 'db' | 'member'>, { id }: { id: string }): Promise<JournalEntry> {
  return entryFromRow(await requireOwnEntry(db, member.id, id));
}

export async function createEntry({ db, now, member }: WriteContext, input: ParsedInput<'journal.create'>): Promise<JournalEntry> {
  if (input.caseId) await requireCase(db, input.caseId);
  const iso = now.toISOString();
  const row: EntryRow = {
    id: randomUUID(),
    author_id: member.id,
    case_id: input.caseId,
    prompt_id: input.promptId,
    prompt_text: await promptTextFor(db, input.promptId),
    template: input.template,
    title: input.title.trim(),
    body: input.body,
    sections: JSON.stringify(sectionsFor(input.template)),
    tags: JSON.stringify(normaliseTags(input.tags)),
    created_at: iso,
    updated_at: iso,
  };
  await db.insertInto('journal_entries').values(row).execute();
  if (input.caseId) await noteCaseActivity(db, input.caseId, now, 'history');
  return entryFromRow(row);
}

/** Only the fields given change; a new template keeps what was typed (see switchTemplate). */
export async function updateEntry({ db, now, member }: WriteContext, input: ParsedInput<'journal.update'>): Promise<JournalEntry> {
  const current = await requireOwnEntry(db, member.id, input.id);
  const caseId = input.caseId === undefined ? current.case_id : input.caseId;
  if (caseId && caseId !== current.case_id) await requireCase(db, caseId);
  const promptId = input.promptId === undefined ? current.prompt_id : input.promptId;
  const promptText = promptId === current.prompt_id ? current.prompt_text : await promptTextFor(db, promptId);
  const template = input.template === undefined ? entryTemplateOf(current) : input.template;
  let sections = input.sections ?? entrySectionsOf(current);
  let body = input.body ?? current.body;
  if (template !== current.template) ({ sections, body } = switchTemplate(template, sections, body));
  if (!sectionsFitTemplate(template, sections)) throw invalidField('sections', 'The parts do not belong to the template.');
  const row: EntryRow = {
    ...current,
    case_id: caseId,
    prompt_id: promptId,
    prompt_text: promptText,
    template,
    title: input.title === undefined ? current.title : input.title.trim(),
    body,
    sections: JSON.stringify(sections),
    tags: input.tags ? JSON.stringify(normaliseTags(input.tags)) : current.tags,
    updated_at: now.toISOString(),
  };
  const { id, author_id: _author, created_at: _created, ...changes } = row;
  await db.updateTable('journal_entries').set(changes).where('id', '=', id).execute();
  if (caseId) await noteCaseActivity(db, caseId, now, 'history');
  return entryFromRow(row);
}

/** secure_delete zeroes the freed bytes (the index too); the checkpoint after the commit empties the WAL's old copies. */
export async function deleteEntry({ db, sqlite, member, afterCommit }: WriteContext, { id }: { id: string }): Promise<null> {
  await requireOwnEntry(db, member.id, id);
  await db.deleteFrom('journal_entries').where('id', '=', id).execute();
  afterCommit(() => {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });
  return null;
}

/** The member's tags, once each, in alphabetical order. */
export async function listTags({ db, member }: ReadContext): Promise<string[]> {
  const rows = await db
    .selectFrom(['journal_entries as j', sql<{ value: string }>`json_each(j.tags)`.as('t')])
    .select('t.value as tag')
    .where('j.author_id', '=', member.id)
    .execute();
  return normaliseTags(rows.map((r) => r.tag)).sort((a, b) => a.localeCompare(b));
}
