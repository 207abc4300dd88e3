import type { AccessExport } from '../../../shared/domain/exchange';
import { getCase } from '../cases/cases';
import type { ReadContext } from '../context';
import { getSnapshot } from '../map/snapshots';
import { JournalService } from '../services/journal';
import type { OpenVault, VaultService } from '../services/vault';
import { listActions } from '../sessions/actions';
import { getSession } from '../sessions/sessions';

/**
 * Interim, until journal is a domain folder (converted in parallel): its legacy service on this
 * call's context. It only reads here (db and member), under query_only.
 */
function legacyServicesOn({ db, member, now }: ReadContext): VaultService {
  const vault = { db, member } as unknown as OpenVault;
  return { session: () => vault, now: () => now };
}

/** Everything about one case; journal entries are the requesting member's own (the journal is personal). */
export async function accessExport(ctx: ReadContext, { caseId }: { caseId: string }): Promise<AccessExport> {
  const { db, member, now } = ctx;
  const legacy = legacyServicesOn(ctx);
  const detail = await getCase(ctx, { id: caseId });
  const journal = new JournalService(legacy);
  const sessionIds = await db.selectFrom('sessions').select('id').where('case_id', '=', caseId).orderBy('created_at').execute();
  const entryIds = await db.selectFrom('journal_entries').select('id').where('case_id', '=', caseId).where('author_id', '=', member.id).orderBy('created_at').execute();
  const snapshots = [];
  for (const meta of detail.snapshots) snapshots.push(await getSnapshot(ctx, { id: meta.id }));
  const sessionDetails = [];
  for (const { id } of sessionIds) sessionDetails.push(await getSession(ctx, { id }));
  const entries = [];
  for (const { id } of entryIds) entries.push(await journal.get(id));
  return {
    schema: 'dyade-access-export',
    version: 1,
    exportedAt: now.toISOString(),
    case: detail.case,
    people: detail.people,
    factors: detail.factors,
    chain: detail.chain,
    snapshots,
    sessions: sessionDetails,
    actions: await listActions(ctx, { caseId, mine: false }),
    journal: entries,
  };
}
