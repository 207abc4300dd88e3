import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { CASE_PHASES, type Case, type CaseDetail, type CasePhase, type CaseStatus, type CaseSummary, type Person, type Relationship } from '../../../shared/domain/case';
import type { PeopleTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import {
  caseFromRow,
  EMPTY_RELATIONSHIP,
  foldForSearch,
  invalidField,
  noteCaseActivity,
  relationshipFromRow,
  requireCase,
  type CaseRow,
  type VaultDb,
} from './caseRecord';
import { readChain, readFactors, readSnapshotMetas, snapshotBeforeMapChange } from './map';
import type { VaultService } from './vault';

type PersonRow = Selectable<PeopleTable>;

function personFromRow(row: PersonRow): Person {
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role as Person['role'],
    pseudonym: row.pseudonym,
    ageBand: row.age_band as Person['ageBand'],
    dueDate: row.due_date,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A week of pregnancy means something only in the pregnancy phase. */
function pregnancyWeekFor(phase: CasePhase, week: number | null): number | null {
  return phase === 'pregnancy' ? week : null;
}

/** Phases sort in the order a child grows through them, not alphabetically. */
const PHASE_ORDER = sql.raw(`CASE c.phase ${CASE_PHASES.map((phase, index) => `WHEN '${phase}' THEN ${index}`).join(' ')} ELSE ${CASE_PHASES.length} END`);

/**
 * Cases and the people in them. The map of a case (factors, chain, snapshots) is in map.ts; a case
 * detail brings both together in one call.
 */
export class CasesService {
  constructor(private readonly vaults: VaultService) {}

  /**
   * One query for the whole list: the holder's name by join and the current factors by a grouped
   * count (not one query per case), so 5,000 cases stay well within the list's budget.
   */
  async list(input: ParsedInput<'cases.list'>): Promise<CaseSummary[]> {
    const vault = this.vaults.session();
    const currentFactors = vault.db
      .selectFrom('factors')
      .select((eb) => ['case_id', eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'current')
      .groupBy('case_id')
      .as('f');
    let query = vault.db
      .selectFrom('cases as c')
      .leftJoin('members as m', 'm.id', 'c.holder_id')
      .leftJoin(currentFactors, 'f.case_id', 'c.id')
      .select(['c.id', 'c.pseudonym', 'c.phase', 'c.pregnancy_week', 'c.status', 'c.holder_id', 'c.last_activity_at', 'm.display_name', 'f.n']);
    if (input.status !== 'all') query = query.where('c.status', '=', input.status);
    if (input.phase) query = query.where('c.phase', '=', input.phase);
    if (input.mine) query = query.where('c.holder_id', '=', vault.member.id);
    const needle = foldForSearch(input.query.trim());
    // instr, not LIKE: a typed % or _ is just a character.
    if (needle) query = query.where(sql<number>`instr(c.pseudonym_folded, ${needle})`, '>', 0);
    if (input.sort === 'pseudonym') query = query.orderBy('c.pseudonym_folded').orderBy('c.pseudonym');
    else if (input.sort === 'phase') query = query.orderBy(sql`${PHASE_ORDER}`).orderBy('c.pregnancy_week').orderBy('c.pseudonym_folded');
    else query = query.orderBy('c.last_activity_at', 'desc');
    const rows = await query.orderBy('c.id').execute();
    return rows.map((row) => ({
      id: row.id,
      pseudonym: row.pseudonym,
      phase: row.phase as CasePhase,
      pregnancyWeek: row.pregnancy_week,
      status: row.status as CaseStatus,
      holderId: row.holder_id,
      lastActivityAt: row.last_activity_at,
      holderName: row.display_name,
      factorCount: Number(row.n ?? 0),
    }));
  }

  /** Everything the case page shows, in one call: snapshots without their state. */
  async get(id: string): Promise<CaseDetail> {
    const db = this.vaults.session().db;
    const caseRow = await requireCase(db, id);
    const people = await db.selectFrom('people').selectAll().where('case_id', '=', id).orderBy('created_at').orderBy(sql`rowid`).execute();
    return {
      case: caseFromRow(caseRow),
      people: people.map(personFromRow),
      factors: await readFactors(db, id),
      chain: await readChain(db, id),
      snapshots: await readSnapshotMetas(db, id),
    };
  }

  async create(input: ParsedInput<'cases.create'>): Promise<Case> {
    const vault = this.vaults.session();
    const iso = this.vaults.now().toISOString();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      if (input.holderId !== null) await requireActiveMember(db, input.holderId);
      const row: CaseRow = {
        id: randomUUID(),
        pseudonym: input.pseudonym,
        pseudonym_folded: foldForSearch(input.pseudonym),
        phase: input.phase,
        pregnancy_week: pregnancyWeekFor(input.phase, input.pregnancyWeek),
        status: 'open',
        holder_id: input.holderId,
        context_note: input.contextNote,
        relationship_form: EMPTY_RELATIONSHIP.form,
        relationship_now: EMPTY_RELATIONSHIP.now,
        relationship_goes_well: EMPTY_RELATIONSHIP.goesWell,
        relationship_worries: EMPTY_RELATIONSHIP.worries,
        created_at: iso,
        updated_at: iso,
        closed_at: null,
        last_activity_at: iso,
        map_changed_at: null,
      };
      await db.insertInto('cases').values(row).execute();
      return caseFromRow(row);
    });
  }

  /**
   * Only the fields given change. A holder is checked only when it changes, so a case whose holder
   * has since left the team can still be edited. A change of the relationship is a change of the
   * map, so the daily snapshot rule applies to it.
   */
  async update(input: ParsedInput<'cases.update'>): Promise<Case> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await requireCase(db, input.id);
      const holderId = input.holderId === undefined ? current.holder_id : input.holderId;
      if (holderId !== null && holderId !== current.holder_id) await requireActiveMember(db, holderId);
      const phase = input.phase ?? (current.phase as CasePhase);
      const week = input.pregnancyWeek === undefined ? current.pregnancy_week : input.pregnancyWeek;
      const pseudonym = input.pseudonym ?? current.pseudonym;
      const before = relationshipFromRow(current);
      const relationship: Relationship = { ...before, ...input.relationship };
      const mapChanged = JSON.stringify(relationship) !== JSON.stringify(before);
      if (mapChanged) await snapshotBeforeMapChange(db, current, now);
      const iso = now.toISOString();
      const row: CaseRow = {
        ...current,
        pseudonym,
        pseudonym_folded: foldForSearch(pseudonym),
        phase,
        pregnancy_week: pregnancyWeekFor(phase, week),
        holder_id: holderId,
        context_note: input.contextNote ?? current.context_note,
        relationship_form: relationship.form,
        relationship_now: relationship.now,
        relationship_goes_well: relationship.goesWell,
        relationship_worries: relationship.worries,
        updated_at: iso,
        last_activity_at: iso,
        map_changed_at: mapChanged ? iso : current.map_changed_at,
      };
      const { id, created_at: _createdAt, ...changes } = row;
      await db.updateTable('cases').set(changes).where('id', '=', id).execute();
      return caseFromRow(row);
    });
  }

  /** Close or reopen; closing again keeps the first closing time. */
  async setStatus(input: { id: string; status: CaseStatus }): Promise<Case> {
    const vault = this.vaults.session();
    const iso = this.vaults.now().toISOString();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await requireCase(db, input.id);
      const closedAt = input.status === 'open' ? null : current.status === 'closed' ? current.closed_at : iso;
      const changes = { status: input.status, closed_at: closedAt, updated_at: iso, last_activity_at: iso };
      await db.updateTable('cases').set(changes).where('id', '=', input.id).execute();
      return caseFromRow({ ...current, ...changes });
    });
  }

  /**
   * Deletes the case row; the foreign keys cascade to its people, factors, chain and snapshots, and
   * secure_delete zeroes the freed bytes. The checkpoint afterwards copies the zeroed pages into
   * vault.db and empties the WAL, which still held the deleted rows' last versions.
   */
  async delete(input: { id: string; confirmPseudonym: string }): Promise<null> {
    const vault = this.vaults.session();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const current = await requireCase(db, input.id);
      if (input.confirmPseudonym.trim() !== current.pseudonym) {
        throw invalidField('confirmPseudonym', 'The typed pseudonym does not match the case.');
      }
      await db.deleteFrom('cases').where('id', '=', input.id).execute();
    });
    vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return null;
  }

  /** Create or update a person (upsert by id, so undoing a removal re-creates them with their id). */
  async savePerson(input: ParsedInput<'people.save'>): Promise<Person> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    return inTransaction(vault.sqlite, vault.db, async (db) => {
      await requireCase(db, input.caseId);
      const existing = input.id ? await db.selectFrom('people').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
      if (existing && existing.case_id !== input.caseId) throw new AppError('NOT_FOUND', 'No such person in this case.');
      const iso = now.toISOString();
      const row: PersonRow = {
        id: existing?.id ?? input.id ?? randomUUID(),
        case_id: input.caseId,
        role: input.role,
        pseudonym: input.pseudonym,
        age_band: input.ageBand,
        due_date: input.dueDate,
        note: input.note,
        created_at: existing?.created_at ?? iso,
        updated_at: iso,
      };
      if (existing) {
        const { id, case_id: _caseId, created_at: _createdAt, ...changes } = row;
        await db.updateTable('people').set(changes).where('id', '=', id).execute();
      } else {
        await db.insertInto('people').values(row).execute();
      }
      await noteCaseActivity(db, input.caseId, now, 'content');
      return personFromRow(row);
    });
  }

  async removePerson(id: string): Promise<null> {
    const vault = this.vaults.session();
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (db) => {
      const person = await db.selectFrom('people').select('case_id').where('id', '=', id).executeTakeFirst();
      if (!person) throw new AppError('NOT_FOUND', 'No such person.');
      await db.deleteFrom('people').where('id', '=', id).execute();
      await noteCaseActivity(db, person.case_id, now, 'content');
    });
    return null;
  }
}

/** A case holder is a member of the team who has not been removed. */
async function requireActiveMember(db: VaultDb, memberId: string): Promise<void> {
  const member = await db.selectFrom('members').select('id').where('id', '=', memberId).where('removed_at', 'is', null).executeTakeFirst();
  if (!member) throw invalidField('holderId', 'The case holder must be a member of this vault.');
}
