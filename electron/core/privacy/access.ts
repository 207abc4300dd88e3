import type { AccessExport } from '../../../shared/domain/exchange';
import { getCase } from '../casefile/caseFile';
import type { ReadContext, WriteContext } from '../context';
import { appendAudit } from '../vault/audit';
import { getSnapshot } from '../map/snapshots';
import { getEntry } from '../journal/entries';
import { listActions } from '../sessions/actions';
import { getSession } from '../sessions/sessions';
import { getMeldcode } from '../meldcode/meldcode';

/** Everything about one case; journal entries are the requesting member's own (the journal is personal). */
export async function accessExport(ctx: ReadContext, { caseId }: { caseId: string }): Promise<AccessExport> {
  const { db, member, now } = ctx;
  const detail = await getCase(ctx, { id: caseId });
  const sessionIds = await db.selectFrom('sessions').select('id').where('case_id', '=', caseId).orderBy('created_at').execute();
  const entryIds = await db
    .selectFrom('journal_entries')
    .select('id')
    .where('case_id', '=', caseId)
    .where('author_id', '=', member.id)
    .orderBy('created_at')
    .execute();
  const snapshots = [];
  for (const meta of detail.snapshots) snapshots.push(await getSnapshot(ctx, { id: meta.id }));
  const sessionDetails = [];
  for (const { id } of sessionIds) sessionDetails.push(await getSession(ctx, { id }));
  const meldcode = await getMeldcode(ctx, { caseId });
  const entries = [];
  for (const { id } of entryIds) entries.push(await getEntry(ctx, { id }));
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
    meldcode: meldcode.updatedAt ? meldcode : null,
  };
}

/** Everything about one case, read for a person's right of access: each such read is audited (a case opened, for the access export). */
export async function openAccessExport(ctx: WriteContext, input: { caseId: string }): Promise<AccessExport> {
  const exported = await accessExport(ctx, input);
  await appendAudit(ctx.db, { at: ctx.now, action: 'case.opened', actorMemberId: ctx.member.id, detail: { caseId: input.caseId, view: 'access-export' } });
  return exported;
}
