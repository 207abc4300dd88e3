import { sql } from 'kysely';
import type { ChainPartner, Factor } from '../../../shared/domain/case';
import type { ReadableDb } from '../db/transaction';
import { chainPartnerFromRow, factorFromRow } from './rows';

/** What the map of a case holds, read for the case page and for snapshots alike. */

/** Oldest first: the order the map was built in (rowid breaks ties within a millisecond). */
export async function readFactors(db: ReadableDb, caseId: string): Promise<Factor[]> {
  const rows = await db
    .selectFrom('factors')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(factorFromRow);
}

/** The care chain, oldest first: shown in the map's professionals' sector. */
export async function readChain(db: ReadableDb, caseId: string): Promise<ChainPartner[]> {
  const rows = await db
    .selectFrom('chain_partners')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  return rows.map(chainPartnerFromRow);
}
