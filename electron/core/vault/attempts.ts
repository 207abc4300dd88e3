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

/**
 * Failed unlocks per vault folder, in memory only: nothing may be written on a failed unlock, so
 * they reach the audit log at the next successful one.
 */
export class UnlockAttempts {
  private readonly byVault = new Map<string, FailedAttempts>();

  retryAfterMs(vaultPath: string, now: Date): number {
    return retryAfterMs(this.byVault.get(vaultPath), now);
  }

  recordFailure(vaultPath: string, now: Date): FailedAttempts {
    const previous = this.byVault.get(vaultPath);
    const next = previous ? { ...previous, count: previous.count + 1, lastAt: now } : { count: 1, firstAt: now, lastAt: now };
    this.byVault.set(vaultPath, next);
    return next;
  }

  /** Forget the failures for this vault and hand them over for the audit log. */
  takeFailures(vaultPath: string): FailedAttempts | undefined {
    const failures = this.byVault.get(vaultPath);
    this.byVault.delete(vaultPath);
    return failures;
  }
}
