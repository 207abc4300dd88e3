/** Tables of the care options catalogue (kysely types; merged into VaultDatabase). */

/**
 * What the team stored about a care option: for a shipped entry (id = its key) its changed text and
 * whether it is hidden; for an entry of the team's own (id = a uuid) its text.
 */
export interface CareOptionsTable {
  id: string;
  /** 1 for a shipped entry's changes, 0 for the team's own entry. */
  built_in: number;
  /** JSON CareOptionFields, or null for a shipped entry whose text was not changed. */
  fields: string | null;
  hidden: number;
  created_at: string;
  updated_at: string;
}

export interface CareTables {
  care_options: CareOptionsTable;
}
