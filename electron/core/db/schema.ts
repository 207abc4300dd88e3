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

export interface VaultDatabase {
  members: MembersTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
}

/** Keys of the `settings` table. */
export const SETTING_KEYS = {
  idleLockMinutes: 'idle_lock_minutes',
  lastAutomaticBackupAt: 'last_automatic_backup_at',
} as const;
