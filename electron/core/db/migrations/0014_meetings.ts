import { sql, type Kysely } from 'kysely';

/**
 * Meetings and agenda: a team meets on a day at a time (`meetings`: date, start time, optional title
 * and place) and runs several cases there. An agenda item is a planned session that points at its
 * meeting (`sessions.meeting_id`), with its time slot (`starts_at`, `slot_minutes`), its place on the
 * agenda (`agenda_position`) and what the case holder already tried (`tried`), so the question typed
 * when planning is the one the runner shows on the day, and nothing is kept twice.
 *
 * Every session gets the day it is held and its start time (`held_on`, `starts_at`). Sessions from
 * before get the local day and time they began, or were planned when they never began, read with
 * SQLite's 'localtime' (the worker runs on the user's own machine, in their time zone).
 *
 * The new columns are added with ALTER TABLE (a rebuild of `sessions` would have to switch foreign
 * keys off, which cannot happen inside the migration's transaction); their CHECKs hold for every
 * value written from now on. A meeting removed leaves its sessions standing, off any agenda.
 */
const STATEMENTS = [
  `CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  held_on TEXT NOT NULL CONSTRAINT meetings_held_on CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  starts_at TEXT NOT NULL CONSTRAINT meetings_starts_at CHECK (starts_at GLOB '[0-2][0-9]:[0-5][0-9]'),
  title TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  `CREATE INDEX meetings_held_on ON meetings (held_on, starts_at)`,
  `ALTER TABLE sessions ADD COLUMN meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL`,
  `ALTER TABLE sessions ADD COLUMN held_on TEXT CONSTRAINT sessions_held_on CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`,
  `ALTER TABLE sessions ADD COLUMN starts_at TEXT CONSTRAINT sessions_starts_at CHECK (starts_at GLOB '[0-2][0-9]:[0-5][0-9]')`,
  `ALTER TABLE sessions ADD COLUMN slot_minutes INTEGER CONSTRAINT sessions_slot_minutes CHECK (slot_minutes BETWEEN 5 AND 480)`,
  `ALTER TABLE sessions ADD COLUMN agenda_position INTEGER CONSTRAINT sessions_agenda_position CHECK (agenda_position >= 0)`,
  `ALTER TABLE sessions ADD COLUMN tried TEXT NOT NULL DEFAULT ''`,
  `UPDATE sessions SET
  held_on = date(coalesce(started_at, created_at), 'localtime'),
  starts_at = strftime('%H:%M', coalesce(started_at, created_at), 'localtime')`,
  `CREATE INDEX sessions_meeting ON sessions (meeting_id, agenda_position)`,
  `CREATE INDEX sessions_held_on ON sessions (held_on, starts_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0014');
  try {
    for (const statement of STATEMENTS) await run(statement);
  } catch (error) {
    try {
      await run('ROLLBACK TO migration_0014');
      await run('RELEASE migration_0014');
    } catch {
      // SQLite already rolled back by itself; the first error is the one to report.
    }
    throw error;
  }
  await run('RELEASE migration_0014');
}

export async function down(): Promise<void> {
  throw new Error('0014_meetings cannot be undone');
}
