import { sql, type Kysely } from 'kysely';

/**
 * Care options at the intensity step and the stress continuum:
 * - `care_options`: the team's changes to shipped catalogue entries (edited text, hidden) and its own entries;
 * - `session_outcomes.care_record`: the intensity step's record (indications, what the parent wants,
 *   the options weighed and chosen) as JSON, '{}' for every outcome written before;
 * - `factors.traumatic`: the team marks a stressor as traumatic stress (the continuum's third column);
 * - `factors.experience_of`: whose experience an ACE / ELS tag describes (the parent's own childhood or the child now).
 * Added columns carry their defaults, so no row is rewritten; SQLite checks the new CHECKs on the rows there.
 */
const STATEMENTS = [
  `CREATE TABLE care_options (
  id TEXT PRIMARY KEY NOT NULL,
  built_in INTEGER NOT NULL CONSTRAINT care_options_built_in CHECK (built_in IN (0, 1)),
  fields TEXT CONSTRAINT care_options_fields CHECK (fields IS NULL OR json_valid(fields)),
  hidden INTEGER NOT NULL DEFAULT 0 CONSTRAINT care_options_hidden CHECK (hidden IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CONSTRAINT care_options_own_text CHECK (built_in = 1 OR fields IS NOT NULL)
) STRICT`,
  `ALTER TABLE session_outcomes ADD COLUMN care_record TEXT NOT NULL DEFAULT '{}' CONSTRAINT session_outcomes_care_record CHECK (json_valid(care_record))`,
  `ALTER TABLE factors ADD COLUMN traumatic INTEGER NOT NULL DEFAULT 0 CONSTRAINT factors_traumatic CHECK (traumatic IN (0, 1))`,
  `ALTER TABLE factors ADD COLUMN experience_of TEXT CONSTRAINT factors_experience_of CHECK (experience_of IN ('parent-childhood', 'child-now'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0010_care_options cannot be undone');
}
