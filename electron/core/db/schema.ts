import type { CareTables } from './schema-care';
import type { ExchangeTables } from './schema-exchange';
import type { HypothesisTables } from './schema-hypotheses';
import type { JournalTables } from './schema-journal';
import type { SessionTables } from './schema-sessions';
import type { Generated } from 'kysely';

/** Tables inside the encrypted vault database (kysely types; the DDL lives in migrations/). */
export interface MembersTable {
  id: string;
  display_name: string;
  added_at: string;
  /** The member who added this one; null for the vault's creator. */
  added_by: string | null;
  removed_at: string | null;
}

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  action: string;
  actor_member_id: string | null;
  /** JSON object text. */
  detail: string;
}

/** A case; the relationship at the centre of its map is kept in four columns. */
export interface CasesTable {
  id: string;
  pseudonym: string;
  /** The pseudonym lower-cased without diacritics, for the list search. */
  pseudonym_folded: string;
  /** Set by hand when there is no due week; with one, written as the due week puts it (read live, see thousand-days.ts). */
  phase: string;
  /** The expected due week, an ISO week "2027-W12" (0012); null when none. */
  due_week: string | null;
  status: string;
  holder_id: string | null;
  context_note: string;
  relationship_form: string;
  relationship_now: string;
  relationship_goes_well: string;
  relationship_worries: string;
  /** The parent's own voice (0012): her worries, what goes well, what she asks for. */
  parent_worries: string;
  parent_goes_well: string;
  parent_asks: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  last_activity_at: string;
  /** Last change of the map (relationship, factors, chain); null while it never changed. */
  map_changed_at: string | null;
}

export interface PeopleTable {
  id: string;
  case_id: string;
  role: string;
  pseudonym: string;
  age_band: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface ChainPartnersTable {
  id: string;
  case_id: string;
  type: string;
  label: string;
  relationship: string;
  already_asked: string;
  last_contact: string | null;
  created_at: string;
  updated_at: string;
}

export interface FactorsTable {
  id: string;
  case_id: string;
  sector: string;
  category: string;
  other_label: string | null;
  text: string;
  kind: string;
  voice: string;
  chain_partner_id: string | null;
  pressure: string | null;
  duration: string | null;
  buffered: string | null;
  /** JSON array of ACE / ELS tags. */
  tags: string;
  /** 1 when the team marked the stress as traumatic (0010_care_options). */
  traumatic: Generated<number>;
  /** Whose experience an ACE / ELS tag describes: 'parent-childhood' or 'child-now'; null while not said. */
  experience_of: Generated<string | null>;
  /** How the relationship with the professionals works (0015_working_relation): 'working', 'strained', 'broken'; null otherwise. */
  working_relation: Generated<string | null>;
  status: string;
  /** JSON `{ radial, along }`, or null when laid out automatically. */
  placement: string | null;
  session_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MapSnapshotsTable {
  id: string;
  case_id: string;
  taken_at: string;
  reason: string;
  label: string;
  factor_count: number;
  /** JSON MapState. */
  state: string;
}

/** A case's meldcode record, steps 1–5 (migration 0011). */
export interface MeldcodeRecordsTable {
  case_id: string;
  step1_date: string | null;
  signals: string;
  kindcheck: string;
  step2_date: string | null;
  consulted: string;
  advice_from: string | null;
  advice_by: string;
  advice: string;
  step3_date: string | null;
  talk_with: string;
  talk_said: string;
  talk_reaction: string;
  step4_date: string | null;
  q_suspicion: string | null;
  q_suspicion_note: string;
  q_unsafety: string | null;
  q_unsafety_note: string;
  q_able_to_help: string | null;
  q_able_to_help_note: string;
  q_help_accepted: string | null;
  q_help_accepted_note: string;
  q_help_works: string | null;
  q_help_works_note: string;
  step5_date: string | null;
  report_needed: string | null;
  report_reasons: string;
  help_possible: string | null;
  help_reasons: string;
  updated_at: string;
}

/** The meldcode record's free text, in step order: what the professional wrote (exchange files check it for identifiers, search indexes it). */
export const MELDCODE_TEXT_COLUMNS = [
  'signals',
  'kindcheck',
  'consulted',
  'advice_by',
  'advice',
  'talk_with',
  'talk_said',
  'talk_reaction',
  'q_suspicion_note',
  'q_unsafety_note',
  'q_able_to_help_note',
  'q_help_accepted_note',
  'q_help_works_note',
  'report_reasons',
  'help_reasons',
] as const satisfies readonly (keyof MeldcodeRecordsTable)[];

export interface VaultDatabase extends SessionTables, JournalTables, ExchangeTables, CareTables, HypothesisTables {
  meldcode_records: MeldcodeRecordsTable;
  members: MembersTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  cases: CasesTable;
  people: PeopleTable;
  chain_partners: ChainPartnersTable;
  factors: FactorsTable;
  map_snapshots: MapSnapshotsTable;
}

/** Keys of the `settings` table. */
export const SETTING_KEYS = {
  idleLockMinutes: 'idle_lock_minutes',
  lastAutomaticBackupAt: 'last_automatic_backup_at',
  /** The vault header's generation when the database was last written with it (key rotation). */
  headerGeneration: 'header_generation',
  /** The random key of the audit log's HMAC chain (the database is encrypted; it survives key rotation). */
  auditChainKey: 'audit_chain_key',
} as const;
