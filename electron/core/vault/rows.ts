import { AuditAction, type AuditEntry } from '../../../shared/contract';

/** An audit row with its actor's display name, as the audit queries select it. */
export interface AuditRow {
  id: number;
  at: string;
  action: string;
  actor_member_id: string | null;
  detail: string;
  display_name: string | null;
}

/** Only flat values are shown; anything else in a detail (or a damaged one) is left out. */
function detailFromText(text: string): AuditEntry['detail'] {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const detail: AuditEntry['detail'] = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === null || typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') detail[key] = item;
    }
    return detail;
  } catch {
    return {};
  }
}

/** The entry, or none when its action is from a newer app version (it cannot be shown in this one's terms). */
export function auditEntryFromRow(row: AuditRow): AuditEntry[] {
  const action = AuditAction.safeParse(row.action);
  if (!action.success) return [];
  return [
    {
      id: row.id,
      at: row.at,
      action: action.data,
      actor: row.actor_member_id ? { id: row.actor_member_id, displayName: row.display_name ?? '' } : null,
      detail: detailFromText(row.detail),
    },
  ];
}
