/**
 * `sessions.changed`: after a write to a session has committed, every window showing it (the runner,
 * the beamer's presentation) reads it again; no screen polls. One event per write and session.
 * It lives below the domains because both sessions and the map (whose changes the beamer follows)
 * announce through it.
 */
import type { WriteContext } from './context';
import type { ReadableDb } from './db/transaction';

type Work<I, O> = (ctx: WriteContext, input: I) => Promise<O> | O;

/** Announce, once the write committed, each session id in the list (duplicates and nulls left out). */
function announce(ctx: WriteContext, sessionIds: readonly (string | null)[]): void {
  const ids = [...new Set(sessionIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  ctx.afterCommit(() => {
    for (const sessionId of ids) ctx.host.emit('sessions.changed', { sessionId });
  });
}

/** A session write whose session is known from its input or its answer. */
export function announced<I, O>(work: Work<I, O>, sessionOf: (input: I, output: O) => string | null): Work<I, O> {
  return async (ctx, input) => {
    const output = await work(ctx, input);
    announce(ctx, [sessionOf(input, output)]);
    return output;
  };
}

/** A write whose session must be looked up before it runs (a removal: the row is gone after). */
export function announcedBefore<I, O>(work: Work<I, O>, sessionOf: (db: ReadableDb, input: I) => Promise<string | null>): Work<I, O> {
  return async (ctx, input) => {
    const sessionId = await sessionOf(ctx.db, input);
    const output = await work(ctx, input);
    announce(ctx, [sessionId]);
    return output;
  };
}

/**
 * A change to a case's map: the running sessions of that case show the map (the beamer follows the
 * map phase), so each of them is announced. The case is looked up before the write runs.
 */
export function announcedForCase<I, O>(work: Work<I, O>, caseOf: (db: ReadableDb, input: I) => Promise<string | null> | string | null): Work<I, O> {
  return async (ctx, input) => {
    const caseId = await caseOf(ctx.db, input);
    const output = await work(ctx, input);
    if (caseId !== null) {
      const running = await ctx.db.selectFrom('sessions').select('id').where('case_id', '=', caseId).where('status', '=', 'running').execute();
      announce(
        ctx,
        running.map((row) => row.id),
      );
    }
    return output;
  };
}

export async function caseOfFactor(db: ReadableDb, { id }: { id: string }): Promise<string | null> {
  const row = await db.selectFrom('factors').select('case_id').where('id', '=', id).executeTakeFirst();
  return row?.case_id ?? null;
}

export async function caseOfChainPartner(db: ReadableDb, { id }: { id: string }): Promise<string | null> {
  const row = await db.selectFrom('chain_partners').select('case_id').where('id', '=', id).executeTakeFirst();
  return row?.case_id ?? null;
}

export async function sessionOfContribution(db: ReadableDb, { id }: { id: string }): Promise<string | null> {
  const row = await db.selectFrom('session_contributions').select('session_id').where('id', '=', id).executeTakeFirst();
  return row?.session_id ?? null;
}

export async function sessionOfAction(db: ReadableDb, { id }: { id: string }): Promise<string | null> {
  const row = await db.selectFrom('action_points').select('session_id').where('id', '=', id).executeTakeFirst();
  return row?.session_id ?? null;
}
