import { sql, type Kysely } from 'kysely';

/**
 * A date filter on search bounds the scan of the full-text index by rowid: every row in the chosen
 * days has an id between the least and the greatest id of the rows written with those days, which this
 * index on `search_docs.at` (the id comes with it) finds without reading the rows. Matches outside the
 * bound are then never looked up. An index only: no row is rewritten, nothing is re-indexed.
 */
const STATEMENTS = [`CREATE INDEX search_docs_at ON search_docs (at)`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0016_search_at cannot be undone');
}
