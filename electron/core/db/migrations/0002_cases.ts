import type { Kysely } from 'kysely';

/**
 * Cases, the people in them, and the relational map (factors, chain partners, snapshots).
 * Everything of a case hangs off `cases` with ON DELETE CASCADE, so deleting the case row removes
 * all of it in one statement (and secure_delete overwrites the freed bytes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('pseudonym', 'text', (col) => col.notNull())
    // Lower case without diacritics, so the list search finds "Zoë" by "zoe" without per-row JS.
    .addColumn('pseudonym_folded', 'text', (col) => col.notNull())
    .addColumn('phase', 'text', (col) => col.notNull())
    .addColumn('pregnancy_week', 'integer')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('open'))
    // Members are only ever marked removed, never deleted; SET NULL is a safety net.
    .addColumn('holder_id', 'text', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('context_note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('relationship_form', 'text', (col) => col.notNull().defaultTo('dyad'))
    .addColumn('relationship_now', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('relationship_goes_well', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('relationship_worries', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('last_activity_at', 'text', (col) => col.notNull())
    // Last change of the map (relationship, factors, chain): the daily snapshot rule needs to know
    // whether today's map already differs from yesterday's.
    .addColumn('map_changed_at', 'text')
    .execute();
  await db.schema.createIndex('cases_status_activity').on('cases').columns(['status', 'last_activity_at']).execute();
  await db.schema.createIndex('cases_activity').on('cases').column('last_activity_at').execute();
  await db.schema.createIndex('cases_holder').on('cases').column('holder_id').execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('pseudonym', 'text', (col) => col.notNull())
    .addColumn('age_band', 'text')
    .addColumn('due_date', 'text')
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('people_case').on('people').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('chain_partners')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('relationship', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('already_asked', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('last_contact', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('chain_partners_case').on('chain_partners').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('factors')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('sector', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('other_label', 'text')
    .addColumn('text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('voice', 'text', (col) => col.notNull())
    // The service moves a factor to the professional voice before removing its partner; SET NULL is a safety net.
    .addColumn('chain_partner_id', 'text', (col) => col.references('chain_partners.id').onDelete('set null'))
    .addColumn('pressure', 'text')
    .addColumn('duration', 'text')
    .addColumn('buffered', 'text')
    // JSON array of ACE / ELS tags.
    .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('current'))
    // JSON {radial, along} or null (laid out automatically).
    .addColumn('placement', 'text')
    // Sessions arrive with a later migration; no foreign key yet.
    .addColumn('session_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // (case_id, status) also serves the list's grouped count of current factors as a covering index.
  await db.schema.createIndex('factors_case_status').on('factors').columns(['case_id', 'status']).execute();
  await db.schema.createIndex('factors_chain_partner').on('factors').column('chain_partner_id').execute();

  await db.schema
    .createTable('map_snapshots')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('taken_at', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('factor_count', 'integer', (col) => col.notNull())
    // JSON MapState: the relationship, the factors and the chain as they were.
    .addColumn('state', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('map_snapshots_case_taken').on('map_snapshots').columns(['case_id', 'taken_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('0002_cases cannot be undone');
}
