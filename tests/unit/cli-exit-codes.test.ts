import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { EXIT, exitStatusFor } from '../../electron/cli/exit-codes';

describe('exit status per error code', () => {
  it('follows the product brief for the fixed statuses', () => {
    expect(EXIT).toMatchObject({ ok: 0, usage: 1, wrongPassphrase: 2, damaged: 3, tooNew: 4, inUse: 5 });
    expect(exitStatusFor('WRONG_PASSPHRASE')).toBe(2);
    expect(exitStatusFor('TOO_MANY_ATTEMPTS')).toBe(2);
    expect(exitStatusFor('NOT_A_VAULT')).toBe(3);
    expect(exitStatusFor('VAULT_HEADER_INVALID')).toBe(3);
    expect(exitStatusFor('VAULT_CORRUPT')).toBe(3);
    expect(exitStatusFor('VAULT_TOO_NEW')).toBe(4);
    expect(exitStatusFor('VAULT_IN_USE')).toBe(5);
  });

  it('treats refusals caused by the request as usage errors', () => {
    for (const code of ['INVALID_INPUT', 'WEAK_PASSPHRASE', 'FOLDER_NOT_EMPTY', 'CONFLICT', 'NOT_FOUND', 'LAST_MEMBER'] as const) {
      expect(exitStatusFor(code)).toBe(1);
    }
  });

  it('separates environment failures, bugs and cancellation', () => {
    expect(exitStatusFor('IO_ERROR')).toBe(6);
    expect(exitStatusFor('DISK_FULL')).toBe(6);
    expect(exitStatusFor('INTERNAL')).toBe(7);
    expect(exitStatusFor('VAULT_LOCKED')).toBe(7);
    expect(exitStatusFor('CANCELLED')).toBe(130);
  });

  it('maps every contract error code to a documented status', () => {
    const documented = new Set<number>(Object.values(EXIT));
    for (const code of ERROR_CODES) expect(documented.has(exitStatusFor(code))).toBe(true);
  });
});
