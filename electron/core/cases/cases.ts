import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { CASE_PHASES, type Case, type CasePhase, type CaseStatus, type CaseSummary } from '../../../shared/domain/case';
import type { ReadContext, VaultFacts, WriteContext } from '../context';
import type { ReadableDb } from '../db/transaction';
import { invalidField } from '../errors';
import { appendAudit } from '../vault/audit';
import { fold } from '../../../shared/domain/text';
import { localDay } from '../../../shared/domain/dates';
import { casePhaseToday, dueWeekFromPregnancyWeek } from '../../../shared/domain/thousand-days';
import { requireCase, type CaseRow } from './record';
import { caseFromRow, caseSummaryFromRow, EMPTY_PARENT_VOICE, EMPTY_RELATIONSHIP } from './rows';

/**
 * The due week a create or update ends with: one given as such, else a week of pregnancy today
 * (only in the pregnancy phase) turned into the week the pregnancy reaches 40 weeks.
 */
function dueWeekFor(
  phase: CasePhase,
  dueWeek: string | null | undefined,
  pregnancyWeek: number | null | undefined,
  today: string,
  current: string | null,
): string | null {
  if (dueWeek !== undefined) return dueWeek;
  if (pregnancyWeek === undefined) return current;
  return pregnancyWeek !== null && phase === 'pregnancy' ? dueWeekFromPregnancyWeek(pregnancyWeek, today) : null;
}

/**
 * One query for the whole list: the holder's name by join and the current factors by a grouped
 * count (not one query per case), so 5,000 cases stay well within the list's budget.
 */
export async function listCases({ db, member, now }: ReadContext, input: ParsedInput<'cases.list'>): Promise<CaseSummary[]> {
  const currentFactors = db
    .selectFrom('factors')
    .select((eb) => ['case_id', eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'current')
    .groupBy('case_id')
    .as('f');
  let query = db
    .selectFrom('cases as c')
    .leftJoin('members as m', 'm.id', 'c.holder_id')
    .leftJoin(currentFactors, 'f.case_id', 'c.id')
    .select(['c.id', 'c.pseudonym', 'c.pseudonym_folded', 'c.phase', 'c.due_week', 'c.status', 'c.holder_id', 'c.last_activity_at', 'm.display_name', 'f.n']);
  if (input.status !== 'all') query = query.where('c.status', '=', input.status);
  if (input.mine) query = query.where('c.holder_id', '=', member.id);
  const needle = fold(input.query.trim());
  // instr, not LIKE: a typed % or _ is just a character.
  if (needle) query = query.where(sql<number>`instr(c.pseudonym_folded, ${needle})`, '>', 0);
  if (input.sort === 'pseudonym') query = query.orderBy('c.pseudonym_folded').orderBy('c.pseudonym');
  else query = query.orderBy('c.last_activity_at', 'desc');
  const rows = await query.orderBy('c.id').execute();
  // The phase of a case with a due week moves with the days: filter and sort on today's phase.
  const today = localDay(now);
  let list = rows.map((row) => ({ folded: row.pseudonym_folded, summary: caseSummaryFromRow(row, today) }));
  if (input.phase) list = list.filter((entry) => entry.summary.phase === input.phase);
  if (input.sort === 'phase') {
    const order = (phase: CasePhase) => CASE_PHASES.indexOf(phase);
    // Phases in the order a child grows through them, then the week of pregnancy, then the pseudonym.
    list = [...list].sort(
      (a, b) =>
        order(a.summary.phase) - order(b.summary.phase) ||
        (a.summary.pregnancyWeek ?? -1) - (b.summary.pregnancyWeek ?? -1) ||
        (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0) ||
        (a.summary.id < b.summary.id ? -1 : 1),
    );
  }
  return list.map((entry) => entry.summary);
}

export async function createCase({ db, now }: WriteContext, input: ParsedInput<'cases.create'>): Promise<Case> {
  const iso = now.toISOString();
  const today = localDay(now);
  if (input.holderId !== null) await requireActiveMember(db, input.holderId);
  const dueWeek = dueWeekFor(input.phase, input.dueWeek ?? undefined, input.pregnancyWeek, today, null);
  const row: CaseRow = {
    id: randomUUID(),
    pseudonym: input.pseudonym,
    pseudonym_folded: fold(input.pseudonym),
    // With a due week the stored phase is the one it gives today (read live all the same).
    phase: casePhaseToday({ phase: input.phase, dueWeek }, today),
    due_week: dueWeek,
    status: 'open',
    holder_id: input.holderId,
    context_note: input.contextNote,
    relationship_form: EMPTY_RELATIONSHIP.form,
    relationship_now: EMPTY_RELATIONSHIP.now,
    relationship_goes_well: EMPTY_RELATIONSHIP.goesWell,
    relationship_worries: EMPTY_RELATIONSHIP.worries,
    parent_worries: EMPTY_PARENT_VOICE.worries,
    parent_goes_well: EMPTY_PARENT_VOICE.goesWell,
    parent_asks: EMPTY_PARENT_VOICE.asks,
    created_at: iso,
    updated_at: iso,
    closed_at: null,
    last_activity_at: iso,
    map_changed_at: null,
  };
  await db.insertInto('cases').values(row).execute();
  return caseFromRow(row, today);
}

/**
 * Only the fields given change. A holder is checked only when it changes, so a case whose holder
 * has since left the team can still be edited. The relationship is the map's centre: it changes
 * through `relationship.save` (../map/relationship.ts), under the map's snapshot rule.
 */
export async function updateCase({ db, now }: WriteContext, input: ParsedInput<'cases.update'>): Promise<Case> {
  const current = await requireCase(db, input.id);
  const today = localDay(now);
  const holderId = input.holderId === undefined ? current.holder_id : input.holderId;
  if (holderId !== null && holderId !== current.holder_id) await requireActiveMember(db, holderId);
  const livePhase = caseFromRow(current, today).phase;
  const handPhase = input.phase ?? livePhase;
  // A phase set by hand that the due week does not give replaces it (the case has no due week any more).
  const kept = input.phase !== undefined && input.phase !== livePhase ? null : current.due_week;
  const dueWeek = dueWeekFor(handPhase, input.dueWeek, input.pregnancyWeek, today, kept);
  const pseudonym = input.pseudonym ?? current.pseudonym;
  const voice = input.parentVoice ?? {};
  const iso = now.toISOString();
  const row: CaseRow = {
    ...current,
    pseudonym,
    pseudonym_folded: fold(pseudonym),
    phase: casePhaseToday({ phase: handPhase, dueWeek }, today),
    due_week: dueWeek,
    holder_id: holderId,
    context_note: input.contextNote ?? current.context_note,
    parent_worries: voice.worries ?? current.parent_worries,
    parent_goes_well: voice.goesWell ?? current.parent_goes_well,
    parent_asks: voice.asks ?? current.parent_asks,
    updated_at: iso,
    last_activity_at: iso,
  };
  const { id, created_at: _createdAt, ...changes } = row;
  await db.updateTable('cases').set(changes).where('id', '=', id).execute();
  return caseFromRow(row, today);
}

/** Close or reopen; closing again keeps the first closing time. */
export async function setCaseStatus({ db, now }: WriteContext, input: { id: string; status: CaseStatus }): Promise<Case> {
  const iso = now.toISOString();
  const current = await requireCase(db, input.id);
  const closedAt = input.status === 'open' ? null : current.status === 'closed' ? current.closed_at : iso;
  const changes = { status: input.status, closed_at: closedAt, updated_at: iso, last_activity_at: iso };
  await db.updateTable('cases').set(changes).where('id', '=', input.id).execute();
  return caseFromRow({ ...current, ...changes }, localDay(now));
}

/**
 * Deletes the case row; the foreign keys cascade to its people, factors, chain and snapshots, and
 * secure_delete zeroes the freed bytes. The checkpoint after the commit copies the zeroed pages
 * into vault.db and empties the WAL, which still held the deleted rows' last versions.
 */
/**
 * Delete a case by hand: everything of it goes (people, map, chain, sessions, and every member's
 * journal entries on it), audited by an opaque id with the number of journal entries, and the file
 * compacted like the retention erasure so no page of it stays behind. Backups still hold it; the
 * dialog says so.
 */
export async function deleteCase({ db, sqlite, now, member, afterCommit }: WriteContext, input: { id: string; confirmPseudonym: string }): Promise<null> {
  const current = await requireCase(db, input.id);
  if (input.confirmPseudonym.trim() !== current.pseudonym) {
    throw invalidField('confirmPseudonym', 'The typed pseudonym does not match the case.');
  }
  const journal = await db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', input.id)
    .executeTakeFirst();
  await db.deleteFrom('cases').where('id', '=', input.id).execute();
  await appendAudit(db, {
    at: now,
    action: 'case.erased',
    actorMemberId: member.id,
    detail: { caseId: input.id, journalEntries: Number(journal?.n ?? 0), byHand: true },
  });
  // VACUUM cannot run inside a transaction: it compacts the file once the deletion is committed.
  afterCommit(() => {
    sqlite.exec('VACUUM');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });
  return null;
}

/** Cases whose opening was already noted in this unlock (a new unlock brings new VaultFacts). */
const opened = new WeakMap<VaultFacts, Set<string>>();

/** Audit that a case was opened, once per case per unlock. */
export async function noteCaseOpened({ db, now, member, vault }: WriteContext, { id }: { id: string }): Promise<null> {
  await requireCase(db, id);
  const seen = opened.get(vault) ?? new Set<string>();
  opened.set(vault, seen);
  if (seen.has(id)) return null;
  seen.add(id);
  await appendAudit(db, { at: now, action: 'case.opened', actorMemberId: member.id, detail: { caseId: id } });
  return null;
}

/** A case holder is a member of the team who has not been removed. */
async function requireActiveMember(db: ReadableDb, memberId: string): Promise<void> {
  const member = await db.selectFrom('members').select('id').where('id', '=', memberId).where('removed_at', 'is', null).executeTakeFirst();
  if (!member) throw invalidField('holderId', 'The case holder must be a member of this vault.');
}
