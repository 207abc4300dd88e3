/** Tables of the journal, prompts and search (kysely types; merged into VaultDatabase). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in with the journal feature
export interface JournalTables {}
