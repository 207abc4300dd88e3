import type { Kysely } from 'kysely';

/**
 * Exchange bookkeeping: the content hash of every item as it was last exchanged (the common state a
 * three-way merge compares against), and the incoming versions of items changed on both sides.
 * Both cascade with their case, so erasing a case leaves nothing of it here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exchange_base')
    .addColumn('item_table', 'text', (col) => col.notNull())
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('hash', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('exchange_base_pk', ['item_table', 'item_id'])
    .execute();
  await db.schema.createIndex('exchange_base_case').on('exchange_base').column('case_id').execute();

  await db.schema
    .createTable('exchange_conflicts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('item_table', 'text', (col) => col.notNull())
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('incoming', 'text', (col) => col.notNull())
    .addColumn('incoming_hash', 'text', (col) => col.notNull())
    .addColumn('from_vault_id', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('exchange_conflicts_case').on('exchange_conflicts').column('case_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('0005_exchange cannot be undone');
}
