import { describe, expect, it } from 'vitest';
import { retryAfterMs, retryDelayMs, UnlockAttempts } from '../../electron/core/vault/attempts';
import { isIdleExpired } from '../../electron/core/vault/idle';
import { backupStamp, folderNameFor, stampTime } from '../../electron/core/vault/backup';

describe('unlock backoff rule', () => {
  it('five free attempts, then 1 s doubling up to 5 minutes', () => {
    expect([0, 1, 4].map(retryDelayMs)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 32000]);
    expect(retryDelayMs(20)).toBe(300_000);
    const at = new Date('2025-01-01T00:00:00Z');
    expect(retryAfterMs({ count: 6, firstAt: at, lastAt: at }, new Date(at.getTime() + 500))).toBe(1500);
    expect(retryAfterMs(undefined, at)).toBe(0);
  });

  it('counts per vault and hands failures over once', async () => {
    const attempts = new UnlockAttempts();
    const t0 = new Date('2025-01-01T00:00:00Z');
    for (let i = 0; i < 5; i += 1) await attempts.recordFailure('/a', new Date(t0.getTime() + i));
    expect(await attempts.retryAfterMs('/a', new Date(t0.getTime() + 4))).toBe(1000);
    expect(await attempts.retryAfterMs('/b', t0)).toBe(0);
    expect(await attempts.takeFailures('/a')).toMatchObject({ count: 5, firstAt: t0 });
    expect(await attempts.takeFailures('/a')).toBeUndefined();
  });

  it('keeps failures in its store across a restart, and a store that fails to write costs only that', async () => {
    const saved: Array<Map<string, unknown>> = [];
    const t0 = new Date('2025-01-01T00:00:00Z');
    const store = {
      load: async () => new Map([['/a', { count: 7, firstAt: t0, lastAt: t0 }]]),
      save: async (attempts: ReadonlyMap<string, unknown>) => void saved.push(new Map(attempts)),
    };
    const attempts = new UnlockAttempts(store);
    expect(await attempts.retryAfterMs('/a', t0)).toBe(4000);
    await attempts.recordFailure('/a', t0);
    expect(saved.at(-1)?.get('/a')).toMatchObject({ count: 8 });
    expect(await attempts.takeFailures('/a')).toMatchObject({ count: 8 });
    expect(saved.at(-1)?.size).toBe(0);
    const broken = new UnlockAttempts({ load: async () => new Map(), save: async () => Promise.reject(new Error('EACCES')) });
    expect(await broken.recordFailure('/b', t0)).toMatchObject({ count: 1 });
  });
});

describe('idle rule', () => {
  it('locks at or after the idle minutes', () => {
    const last = new Date('2025-01-01T10:00:00Z');
    expect(isIdleExpired(last, new Date('2025-01-01T10:09:59Z'), 10)).toBe(false);
    expect(isIdleExpired(last, new Date('2025-01-01T10:10:00Z'), 10)).toBe(true);
    expect(isIdleExpired(last, new Date('2025-01-01T10:01:00Z'), 1)).toBe(true);
  });
});

describe('backup names', () => {
  it('stamps are sortable, portable and parse back', () => {
    const at = new Date('2025-03-01T09:05:07.123Z');
    expect(backupStamp(at)).toBe('2025-03-01T09-05-07Z');
    expect(stampTime('Team-backup-2025-03-01T09-05-07Z')?.toISOString()).toBe('2025-03-01T09:05:07.000Z');
    expect(stampTime('random')).toBeNull();
  });

  it('labels become safe folder names', () => {
    expect(folderNameFor('Team: Zuid/West')).toBe('Team ZuidWest');
    expect(folderNameFor('..')).toBe('Dyade vault');
    expect(folderNameFor('  a\tb  ')).toBe('a b');
  });
});
