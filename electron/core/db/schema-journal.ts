/** Tables of the journal, prompts and search (kysely types; merged into VaultDatabase). */
import type { Generated } from 'kysely';

export interface JournalEntriesTable {
  id: string;
  /** The member who wrote it: the journal is each professional's own. */
  author_id: string;
  case_id: string | null;
  prompt_id: string | null;
  /** The prompt's words when the entry was written (both languages for shipped prompts), for search. */
  prompt_text: string;
  template: string | null;
  title: string;
  body: string;
  /** JSON EntrySection[]. */
  sections: string;
  /** JSON string[]. */
  tags: string;
  created_at: string;
  updated_at: string;
}

/** The team's own prompts; the shipped ones are data in shared/domain/prompts.ts. */
export interface CustomPromptsTable {
  id: string;
  text: string;
  /** JSON PromptContexts. */
  contexts: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface HiddenPromptsTable {
  member_id: string;
  prompt_id: string;
}

/** One row per searchable thing; search_fts indexes title and body (external content). */
export interface SearchDocsTable {
  id: Generated<number>;
  kind: string;
  source_id: string;
  case_id: string | null;
  session_id: string | null;
  /** Only this member may find it (journal entries); null: everyone in the vault. */
  owner_id: string | null;
  at: string;
  /** Catalog keys for display: 'sector/category' of a factor, the chain type, the template. */
  facet: string | null;
  title: string;
  body: string;
}

export interface JournalTables {
  journal_entries: JournalEntriesTable;
  custom_prompts: CustomPromptsTable;
  hidden_prompts: HiddenPromptsTable;
  search_docs: SearchDocsTable;
}
