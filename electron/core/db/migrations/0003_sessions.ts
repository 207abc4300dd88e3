import type { Kysely } from 'kysely';

/**
 * Intervision sessions: a team's own methods, sessions with their contributions, outcome and
 * meldcode step-2 record, and action points. Everything of a session cascades from `sessions`, and
 * sessions and action points cascade from `cases`, so deleting a case removes all of it; deleting
 * only a session keeps its action points on the case (session_id SET NULL).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session_methods')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    // JSON phases: a method is edited and read as a whole, never queried by phase.
    .addColumn('phases', 'text', (col) => col.notNull())
    .addColumn('copied_from', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    // No foreign key: shipped methods are not rows, and a removed team method leaves its sessions intact.
    .addColumn('method_id', 'text', (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull())
    .addColumn('question', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('participants', 'text', (col) => col.notNull())
    .addColumn('roles', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('planned'))
    .addColumn('timer', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_case_started').on('sessions').columns(['case_id', 'started_at']).execute();
  await db.schema.createIndex('sessions_status_created').on('sessions').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('sessions_created').on('sessions').column('created_at').execute();

  await db.schema
    .createTable('session_contributions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('phase_key', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('author_id', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    // A removed factor leaves the contribution standing, just no longer linked.
    .addColumn('factor_id', 'text', (col) => col.references('factors.id').onDelete('set null'))
    .addColumn('perspective', 'text')
    .addColumn('change_my_mind', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('hidden', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('session_contributions_session').on('session_contributions').columns(['session_id', 'created_at']).execute();
  await db.schema.createIndex('session_contributions_factor').on('session_contributions').column('factor_id').execute();

  await db.schema
    .createTable('session_outcomes')
    .addColumn('session_id', 'text', (col) => col.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('intensity', 'text')
    .addColumn('for_whom', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('context', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('reasons', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('take_away', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('every_voice_heard', 'text')
    .addColumn('do_differently', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('session_step2_records')
    .addColumn('session_id', 'text', (col) => col.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('consulted', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('consulted_role', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('date', 'text')
    .addColumn('signals', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('veilig_thuis_consulted', 'integer')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('action_points')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('case_id', 'text', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    // An action point outlives the session it came from: it belongs to the case.
    .addColumn('session_id', 'text', (col) => col.references('sessions.id').onDelete('set null'))
    // Members are only ever marked removed, never deleted; SET NULL is a safety net.
    .addColumn('owner_member_id', 'text', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('owner_name', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('action_points_case').on('action_points').columns(['case_id', 'created_at']).execute();
  await db.schema.createIndex('action_points_session').on('action_points').column('session_id').execute();
  await db.schema.createIndex('action_points_owner_status').on('action_points').columns(['owner_member_id', 'status']).execute();
  await db.schema.createIndex('action_points_status_due').on('action_points').columns(['status', 'due_date']).execute();
}

export async function down(): Promise<void> {
  throw new Error('0003_sessions cannot be undone');
}
