import type { Selectable } from 'kysely';
import { CareOptionFields, type CareOptionOverride } from '../../../shared/domain/care-options';
import type { CareOptionsTable } from '../db/schema-care';

export type CareOptionRow = Selectable<CareOptionsTable>;

/** A stored row as what the catalogue merges; the text is parsed, so a damaged row fails here. */
export function overrideFromRow(row: CareOptionRow): CareOptionOverride {
  return {
    id: row.id,
    builtIn: row.built_in === 1,
    fields: row.fields === null ? null : CareOptionFields.parse(JSON.parse(row.fields)),
    hidden: row.hidden === 1,
    updatedAt: row.updated_at,
  };
}
