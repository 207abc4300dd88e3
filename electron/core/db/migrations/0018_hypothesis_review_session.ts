import { sql, type Kysely } from 'kysely';

/**
 * A removed session clears session_id on the hypothesis notes set at it (0013: ON DELETE SET NULL),
 * but 0013's append-only trigger refused every UPDATE of hypothesis_reviews, that one too: deleting a
 * session at which a status was set failed, and so could erasing its case. The trigger is made again
 * with a WHEN that lets exactly this change through (session_id to NULL, every other column as it
 * was); any other change is still refused.
 *
 * The note's index row names the session too, so the index follows: the hypothesis notes' update
 * trigger also fires on session_id (frozen below, as searchIndexDdl() in electron/core/db/searchIndex.ts
 * produced it when this migration shipped). No row is rewritten: until now no session with a note
 * could be removed.
 */
const SAME = ['id', 'case_id', 'source_kind', 'source_id', 'status', 'note', 'day', 'member_id', 'created_at']
  .map((column) => `new.${column} IS old.${column}`)
  .join(' AND ');

const STATEMENTS = [
  'DROP TRIGGER hypothesis_reviews_no_update',
  `CREATE TRIGGER hypothesis_reviews_no_update BEFORE UPDATE ON hypothesis_reviews WHEN NOT (old.session_id IS NOT NULL AND new.session_id IS NULL AND ${SAME}) BEGIN SELECT RAISE(ABORT, 'hypothesis_reviews is append-only'); END`,
  'DROP TRIGGER search_hypothesis_reviews_au',
  `CREATE TRIGGER search_hypothesis_reviews_au AFTER UPDATE OF status, note, session_id ON hypothesis_reviews BEGIN DELETE FROM search_docs WHERE kind = 'hypothesis' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'hypothesis' AS kind, r.id AS source_id, r.case_id AS case_id, r.session_id AS session_id, NULL AS owner_id, r.created_at AS at, r.status AS facet, '' AS title, r.note AS body, NULL AS extra FROM hypothesis_reviews r WHERE (r.id = new.id) AND r.note <> '' AND CASE r.source_kind WHEN 'factor' THEN EXISTS (SELECT 1 FROM factors f WHERE f.id = r.source_id AND f.kind = 'hypothesis' AND trim(f.text, ' ' || char(9, 10, 13)) <> '') ELSE EXISTS (SELECT 1 FROM session_contributions c WHERE c.id = r.source_id AND c.kind = 'hypothesis' AND c.hidden = 0 AND trim(c.text, ' ' || char(9, 10, 13)) <> '') END); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0018');
  try {
    for (const statement of STATEMENTS) await run(statement);
    await run('RELEASE migration_0018');
  } catch (error) {
    try {
      await run('ROLLBACK TO migration_0018');
      await run('RELEASE migration_0018');
    } catch {
      // SQLite already rolled back by itself; the first error is the one to report.
    }
    throw error;
  }
}

export async function down(): Promise<void> {
  throw new Error('0018_hypothesis_review_session cannot be undone');
}
