import { sql, type Kysely } from 'kysely';

/**
 * The professionals' sector in its own words: `factors.working_relation` says how the relationship
 * with the professionals works (werkt / onder druk / verbroken), instead of a stress kind; null while
 * nobody chose, and for every factor of another sector. An added column with no default, so no row is
 * rewritten.
 */
const STATEMENTS = [
  `ALTER TABLE factors ADD COLUMN working_relation TEXT CONSTRAINT factors_working_relation CHECK (working_relation IN ('working', 'strained', 'broken'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0015_working_relation cannot be undone');
}
