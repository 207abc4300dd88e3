/** Failed unlocks in a row before a delay applies. */
export const FREE_ATTEMPTS = 5;
export const MAX_RETRY_DELAY_MS = 5 * 60 * 1000;

/** Delay required after `failures` failed attempts in a row: 0, then 1 s, 2 s, 4 s … capped at 5 min. */
export function retryDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS) * 1000, MAX_RETRY_DELAY_MS);
}

export interface FailedAttempts {
  count: number;
  firstAt: Date;
  lastAt: Date;
}

/** Milliseconds until the next attempt is allowed (0 = now). */
export function retryAfterMs(attempts: FailedAttempts | undefined, now: Date): number {
  if (!attempts) return 0;
  const readyAt = attempts.lastAt.getTime() + retryDelayMs(attempts.count);
  return Math.max(0, readyAt - now.getTime());
}

/** Where failed unlocks wait for the next successful one, across restarts (attemptsFile.ts keeps them beside the settings). */
export interface AttemptStore {
  load(): Promise<Map<string, FailedAttempts>>;
  save(attempts: ReadonlyMap<string, FailedAttempts>): Promise<void>;
}

/**
 * Failed unlocks per vault folder. Nothing may be written into the vault on a failed unlock, so
 * they reach the audit log at the next successful one; meanwhile the store (beside the app
 * settings) keeps them across a restart. A store that cannot be written costs only that.
 */
export class UnlockAttempts {
  private readonly byVault = new Map<string, FailedAttempts>();
  private loading: Promise<void> | null = null;

  constructor(private readonly store?: AttemptStore) {}

  async retryAfterMs(vaultPath: string, now: Date): Promise<number> {
    await this.ready();
    return retryAfterMs(this.byVault.get(vaultPath), now);
  }

  async recordFailure(vaultPath: string, now: Date): Promise<FailedAttempts> {
    await this.ready();
    const previous = this.byVault.get(vaultPath);
    const next = previous ? { ...previous, count: previous.count + 1, lastAt: now } : { count: 1, firstAt: now, lastAt: now };
    this.byVault.set(vaultPath, next);
    await this.persist();
    return next;
  }

  /** Forget the failures for this vault and hand them over for the audit log. */
  async takeFailures(vaultPath: string): Promise<FailedAttempts | undefined> {
    await this.ready();
    const failures = this.byVault.get(vaultPath);
    if (!failures) return undefined;
    this.byVault.delete(vaultPath);
    await this.persist();
    return failures;
  }

  private ready(): Promise<void> {
    this.loading ??= (async () => {
      for (const [vault, attempts] of (await this.store?.load()) ?? []) if (!this.byVault.has(vault)) this.byVault.set(vault, attempts);
    })();
    return this.loading;
  }

  private async persist(): Promise<void> {
    await this.store?.save(this.byVault).catch(() => undefined);
  }
}
