import { sql, type Kysely } from 'kysely';
import { searchBackfillStatements, searchIndexDdl } from '../searchIndex';

/**
 * Journal entries, the team's own prompts and hidden prompts, and the full-text index (FTS5 inside
 * the encrypted file) with the triggers that keep it in step with cases, the map, sessions and the
 * journal. Entries on a case cascade with it: deleting a case removes everything written about it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journal_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // Members are only ever marked removed, never deleted.
    .addColumn('author_id', 'text', (col) => col.notNull().references('members.id'))
    .addColumn('case_id', 'text', (col) => col.references('cases.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text')
    .addColumn('prompt_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('template', 'text')
    .addColumn('title', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('sections', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('journal_entries_author_created').on('journal_entries').columns(['author_id', 'created_at']).execute();
  await db.schema.createIndex('journal_entries_case').on('journal_entries').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('custom_prompts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('contexts', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('hidden_prompts')
    .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
    // A shipped prompt's key or a custom prompt's id: no foreign key.
    .addColumn('prompt_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('hidden_prompts_pk', ['member_id', 'prompt_id'])
    .execute();

  for (const statement of [...searchIndexDdl(), ...searchBackfillStatements()]) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0004_journal cannot be undone');
}
