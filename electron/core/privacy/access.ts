import type { AccessExport } from '../../../shared/domain/exchange';
import { getCase } from '../cases/cases';
import type { ReadContext } from '../context';
import { getSnapshot } from '../map/snapshots';
import { ActionsService } from '../services/actions';
import { JournalService } from '../services/journal';
import { SessionsService } from '../services/sessions';
import type { OpenVault, VaultService } from '../services/vault';

/**
 * Interim, until sessions, actions and journal are domain folders (converted in parallel): their
 * legacy services on this call's context. They only read here (db and member), under query_only.
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
  const sessions = new SessionsService(legacy);
  const journal = new JournalService(legacy);
  const sessionIds = await db.selectFrom('sessions').select('id').where('case_id', '=', caseId).orderBy('created_at').execute();
  const entryIds = await db.selectFrom('journal_entries').select('id').where('case_id', '=', caseId).where('author_id', '=', member.id).orderBy('created_at').execute();
  const snapshots = [];
  for (const meta of detail.snapshots) snapshots.push(await getSnapshot(ctx, { id: meta.id }));
  const sessionDetails = [];
  for (const { id } of sessionIds) sessionDetails.push(await sessions.get(id));
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
    actions: await new ActionsService(legacy).list({ caseId, mine: false }),
    journal: entries,
  };
}
