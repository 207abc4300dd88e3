import type { Kysely } from 'kysely';

/** Exchange, retention and erasure (filled in with that feature; may stay empty if no table is needed). */
export async function up(_db: Kysely<unknown>): Promise<void> {}
