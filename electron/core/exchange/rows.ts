import type { Selectable } from 'kysely';
import { ExchangeConflict, type ExchangeItemKind } from '../../../shared/domain/exchange';
import type { ExchangeConflictsTable } from '../db/schema-exchange';

export type ConflictRow = Selectable<ExchangeConflictsTable>;

/** A conflict record as the list shows it; the texts and the pseudonym come from the item's own table. */
export function conflictFromRow(
  row: ConflictRow,
  shown: { kind: ExchangeItemKind; casePseudonym: string; localText: string; incomingText: string },
): ExchangeConflict {
  return ExchangeConflict.parse({
    id: row.id,
    caseId: row.case_id,
    casePseudonym: shown.casePseudonym,
    kind: shown.kind,
    itemId: row.item_id,
    localText: shown.localText,
    incomingText: shown.incomingText,
    importedAt: row.imported_at,
    fromVaultId: row.from_vault_id,
  });
}
