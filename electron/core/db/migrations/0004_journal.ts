import type { Kysely } from 'kysely';

/** Journal, prompts and full-text search (filled in with the journal feature). */
export async function up(_db: Kysely<unknown>): Promise<void> {}
