import type { MemberRef, ProgressEvent } from '../../shared/contract';
import { inTransaction, type ReadableDb, type WritableDb } from './db/transaction';
import type { CoreHost } from './host';
import { startProgress, type ProgressReporter } from './progress';
import { mapDatabaseError, type SqliteHandle } from './db/database';

/** The open vault's folder and identity, as domain work may see them; one object per unlock. */
export interface VaultFacts {
  readonly path: string;
  readonly vaultId: string;
  readonly label: string;
}

/** What a context is made of: the open vault's connection and the member who unlocked it. */
export interface OpenConnection {
  readonly facts: VaultFacts;
  readonly sqlite: SqliteHandle;
  readonly db: WritableDb;
  readonly member: MemberRef;
}

/**
 * What the contexts need from the vault folder's session: its one-at-a-time queue, its clock and
 * the open connection (VAULT_LOCKED when none). Declared here, so the vault builds on the
 * contexts and not the other way round.
 */
export interface ContextSource {
  exclusive<T>(operation: () => Promise<T>): Promise<T>;
  now(): Date;
  current(): OpenConnection;
}

/** What a read sees of the open vault: queries only, the member at the keyboard, one clock reading. */
export interface ReadContext {
  readonly db: ReadableDb;
  /** The raw connection, for prepared statements kysely does not express; `read()` runs with query_only on. */
  readonly sqlite: SqliteHandle;
  readonly member: MemberRef;
  /** One clock reading per call, so everything a call stamps agrees. */
  readonly now: Date;
  /** The open vault's folder and identity; the same object for the whole unlock (usable as a WeakMap key). */
  readonly vault: VaultFacts;
  /** Pushes events to the renderer. */
  readonly host: CoreHost;
  /** Report a long operation as `core.progress` events. */
  progress(operation: ProgressEvent['operation']): ProgressReporter;
}

/** What a write gets: the same, inside one transaction, and a way to run work once it committed. */
export interface WriteContext extends Omit<ReadContext, 'db'> {
  readonly db: WritableDb;
  /** Run after COMMIT, still one-at-a-time (a WAL checkpoint, a lock); skipped when the write fails. */
  afterCommit(task: () => Promise<void> | void): void;
}

type Work<C, I, O> = (ctx: C, input: I) => Promise<O> | O;
type Run<I, O> = (input: I) => Promise<O>;

/** The wrappers each domain's handlers.ts builds its table with. */
export interface HandlerKit {
  /** No write transaction; the connection is query_only for the call. */
  read<I, O>(work: Work<ReadContext, I, O>): Run<I, O>;
  /** One transaction per call. */
  write<I, O>(work: Work<WriteContext, I, O>): Run<I, O>;
  /** Vault lifecycle work that needs no open vault (create, unlock, restore): queued and mapped only. */
  exclusive<I, O>(work: (input: I) => Promise<O> | O): Run<I, O>;
}

/**
 * Every call runs through the session's one-at-a-time queue (so a lock never lands mid-call and
 * reads never see another call's open transaction), with SQLite and file errors mapped to contract
 * codes.
 */
export function createHandlerKit(session: ContextSource, host: CoreHost): HandlerKit {
  const exclusive: HandlerKit['exclusive'] = (work) => (input) =>
    session.exclusive(async () => {
      try {
        return await work(input);
      } catch (error) {
        throw mapDatabaseError(error);
      }
    });
  const base = (vault: OpenConnection) => ({
    sqlite: vault.sqlite,
    member: { ...vault.member },
    now: session.now(),
    vault: vault.facts,
    host,
    progress: (operation: ProgressEvent['operation']) => startProgress(host, operation),
  });
  return {
    exclusive,
    read: (work) =>
      exclusive(async (input) => {
        const vault = session.current();
        vault.sqlite.pragma('query_only = ON');
        try {
          return await work({ ...base(vault), db: vault.db }, input);
        } finally {
          if (vault.sqlite.open) vault.sqlite.pragma('query_only = OFF');
        }
      }),
    write: (work) =>
      exclusive(async (input) => {
        const vault = session.current();
        const committed: (() => Promise<void> | void)[] = [];
        const ctx: WriteContext = { ...base(vault), db: vault.db, afterCommit: (task) => committed.push(task) };
        const result = await inTransaction(vault.sqlite, vault.db, () => Promise.resolve(work(ctx, input)));
        for (const task of committed) await task();
        return result;
      }),
  };
}
