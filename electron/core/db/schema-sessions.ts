/** Tables of intervision sessions (kysely types; merged into VaultDatabase). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in with the sessions feature
export interface SessionTables {}
