import type { Kysely } from 'kysely';

/** Intervision sessions (filled in with the sessions feature). */
export async function up(_db: Kysely<unknown>): Promise<void> {}
