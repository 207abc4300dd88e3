/** Tables of exchange and retention (kysely types; merged into VaultDatabase). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in with the exchange feature
export interface ExchangeTables {}
