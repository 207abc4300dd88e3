/** Tables of exchange files (kysely types; merged into VaultDatabase). */

/** The content hash of an item as last exchanged: the common state of a three-way merge. */
export interface ExchangeBaseTable {
  item_table: string;
  item_id: string;
  case_id: string;
  hash: string;
}

/** The incoming version of an item that was changed on both sides; the local version stays in place. */
export interface ExchangeConflictsTable {
  id: string;
  case_id: string;
  item_table: string;
  item_id: string;
  /** JSON row as it came in. */
  incoming: string;
  incoming_hash: string;
  from_vault_id: string;
  imported_at: string;
}

export interface ExchangeTables {
  exchange_base: ExchangeBaseTable;
  exchange_conflicts: ExchangeConflictsTable;
}
