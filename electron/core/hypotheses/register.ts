import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { CaseSheet } from '../../../shared/domain/caseSheet';
import { localDay } from '../../../shared/domain/dates';
import { buildRegister, HypothesisReview, type HypothesisItem } from '../../../shared/domain/hypotheses';
import { EntrySection } from '../../../shared/domain/journal';
import { caseFromRow } from '../cases/rows';
import { noteCaseActivity } from '../cases/record';
import { requireCase } from '../cases/record';
import type { ReadContext, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { chainPartnerFromRow, factorFromRow } from '../map/rows';
import { invalidAt } from '../sessions/record';
import { actionPointFromRow } from '../sessions/rows';
import { appendAudit } from '../vault/audit';

/**
 * The hypothesis register of a case: its sessions' hypotheses and its map's "?" factors, merged, each
 * with the status history people set at follow-ups (hypothesis_reviews, append-only). Nothing here
 * sets or suggests a status.
 */

async function readReviews(db: ReadableDb, caseId: string): Promise<HypothesisReview[]> {
  const rows = await db
    .selectFrom('hypothesis_reviews as r')
    .leftJoin('members as m', 'm.id', 'r.member_id')
    .selectAll('r')
    .select('m.display_name')
    .where('r.case_id', '=', caseId)
    .orderBy('r.created_at')
    .orderBy(sql`r.rowid`)
    .execute();
  return rows.map((row) =>
    HypothesisReview.parse({
      id: row.id,
      caseId: row.case_id,
      sourceKind: row.source_kind,
      sourceId: row.source_id,
      status: row.status,
      note: row.note,
      day: row.day,
      sessionId: row.session_id,
      memberId: row.member_id,
      memberName: row.display_name ?? null,
      createdAt: row.created_at,
    }),
  );
}

export async function readRegister(db: ReadableDb, caseId: string): Promise<HypothesisItem[]> {
  const contributions = await db
    .selectFrom('session_contributions as c')
    .innerJoin('sessions as s', 's.id', 'c.session_id')
    .select([
      'c.id',
      'c.text',
      'c.perspective',
      'c.change_my_mind',
      'c.session_id',
      'c.kind',
      'c.hidden',
      'c.created_at',
      's.started_at',
      's.created_at as session_created_at',
    ])
    .where('s.case_id', '=', caseId)
    .where('c.kind', '=', 'hypothesis')
    .orderBy('c.created_at')
    .orderBy(sql`c.rowid`)
    .execute();
  const factors = await db.selectFrom('factors').selectAll().where('case_id', '=', caseId).where('kind', '=', 'hypothesis').execute();
  return buildRegister({
    caseId,
    contributions: contributions.map((c) => ({
      id: c.id,
      text: c.text,
      perspective: (c.perspective as HypothesisItem['perspective']) ?? null,
      changeMyMind: c.change_my_mind,
      sessionId: c.session_id,
      kind: 'hypothesis',
      hidden: c.hidden === 1,
      createdAt: c.created_at,
      sessionAt: c.started_at ?? c.session_created_at,
    })),
    factors: factors.map(factorFromRow),
    reviews: await readReviews(db, caseId),
    factorChangeMyMind: new Map(
      (await db.selectFrom('hypothesis_details').select(['id', 'change_my_mind']).where('case_id', '=', caseId).execute()).map((d) => [d.id, d.change_my_mind]),
    ),
  });
}

export async function listHypotheses({ db }: ReadContext, input: ParsedInput<'hypotheses.list'>): Promise<HypothesisItem[]> {
  await requireCase(db, input.caseId);
  return readRegister(db, input.caseId);
}

/** A new status for one hypothesis of the case: its source must be one of the register's, the session one of the case's. */
export async function reviewHypothesis({ db, now, member }: WriteContext, input: ParsedInput<'hypotheses.review'>): Promise<HypothesisReview> {
  await requireCase(db, input.caseId);
  const register = await readRegister(db, input.caseId);
  if (!register.some((h) => h.sourceKind === input.sourceKind && h.sourceId === input.sourceId)) {
    throw invalidAt(['sourceId'], 'No such hypothesis in this case’s register.');
  }
  if (input.sessionId !== null) {
    const session = await db.selectFrom('sessions').select('case_id').where('id', '=', input.sessionId).executeTakeFirst();
    if (session?.case_id !== input.caseId) throw invalidAt(['sessionId'], 'The session is not one of this case’s.');
  }
  const row = {
    id: randomUUID(),
    case_id: input.caseId,
    source_kind: input.sourceKind,
    source_id: input.sourceId,
    status: input.status,
    note: input.note,
    day: input.day,
    session_id: input.sessionId,
    member_id: member.id,
    created_at: now.toISOString(),
  };
  await db.insertInto('hypothesis_reviews').values(row).execute();
  // Audited with ids and the status only: the hypothesis's words stay out of the append-only log.
  await appendAudit(db, {
    at: now,
    action: 'hypothesis.reviewed',
    actorMemberId: member.id,
    detail: { caseId: input.caseId, sourceKind: input.sourceKind, sourceId: input.sourceId, status: input.status },
  });
  await noteCaseActivity(db, input.caseId, now, 'history');
  return HypothesisReview.parse({
    id: row.id,
    caseId: row.case_id,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    status: row.status,
    note: row.note,
    day: row.day,
    sessionId: row.session_id,
    memberId: row.member_id,
    memberName: member.displayName,
    createdAt: row.created_at,
  });
}

/** Keep what would change my mind about a "?" factor of the case (upsert by the factor's id). */
export async function saveChangeMyMind({ db, now }: WriteContext, input: ParsedInput<'hypotheses.saveChangeMyMind'>): Promise<null> {
  await requireCase(db, input.caseId);
  const factor = await db.selectFrom('factors').select(['case_id', 'kind']).where('id', '=', input.factorId).executeTakeFirst();
  if (factor?.case_id !== input.caseId || factor.kind !== 'hypothesis') throw invalidAt(['factorId'], 'No such "?" factor on this case’s map.');
  const iso = now.toISOString();
  await db
    .insertInto('hypothesis_details')
    .values({ id: input.factorId, case_id: input.caseId, source_kind: 'factor', change_my_mind: input.changeMyMind, created_at: iso, updated_at: iso })
    .onConflict((oc) => oc.column('id').doUpdateSet({ change_my_mind: input.changeMyMind, updated_at: iso }))
    .execute();
  await noteCaseActivity(db, input.caseId, now, 'content');
  return null;
}

/** Everything the one-page case sheet shows, read in one call. */
export async function readCaseSheet({ db, member, now }: ReadContext, input: ParsedInput<'hypotheses.caseSheet'>): Promise<CaseSheet> {
  const caseRow = await requireCase(db, input.caseId);
  const factors = await db
    .selectFrom('factors')
    .selectAll()
    .where('case_id', '=', input.caseId)
    .where('status', '=', 'current')
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  const chain = await db
    .selectFrom('chain_partners')
    .selectAll()
    .where('case_id', '=', input.caseId)
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  const actions = await db
    .selectFrom('action_points')
    .selectAll()
    .where('case_id', '=', input.caseId)
    .where('status', '=', 'open')
    .orderBy(sql`due_date is null`)
    .orderBy('due_date')
    .orderBy('created_at')
    .execute();
  const session = await db
    .selectFrom('sessions')
    .select('question')
    .where('case_id', '=', input.caseId)
    .where('question', '!=', '')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  // The member's own preparation (the journal is each member's own).
  const prep = await db
    .selectFrom('journal_entries')
    .select('sections')
    .where('case_id', '=', input.caseId)
    .where('author_id', '=', member.id)
    .where('template', '=', 'intervision-prep')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const sections = prep ? EntrySection.array().safeParse(JSON.parse(prep.sections)) : null;
  const part = (key: string) => (sections?.success ? (sections.data.find((s) => s.key === key)?.text ?? '') : '');
  return {
    // The week and phase as of the call's own clock (the user's local day), as the case page shows them.
    case: caseFromRow(caseRow, localDay(now)),
    question: session?.question ?? part('my-question'),
    alreadyTried: part('already-tried'),
    factors: factors.map(factorFromRow),
    chain: chain.map(chainPartnerFromRow),
    hypotheses: await readRegister(db, input.caseId),
    actions: actions.map(actionPointFromRow),
  };
}
