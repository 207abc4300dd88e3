import { describe, expect, it } from 'vitest';
import type { AppErrorShape } from '../../shared/contract';
import { describeError } from '../../electron/cli/describe-error';
import { translator } from '../../electron/cli/messages';

const en = translator('en');
const nl = translator('nl');

describe('describeError', () => {
  it('names the member on a wrong passphrase, in both languages', () => {
    const error = { code: 'WRONG_PASSPHRASE', message: 'x', details: { reason: 'wrong' } } as const;
    expect(describeError(en, error, { member: 'Anna', folder: '/v' })).toEqual({ status: 2, message: 'Wrong passphrase for member Anna.', detail: null });
    expect(describeError(nl, error, { member: 'Anna' }).message).toBe('Onjuiste wachtzin voor lid Anna.');
  });

  it('uses the reason for a more specific message', () => {
    expect(describeError(en, { code: 'VAULT_HEADER_INVALID', message: 'x', details: { reason: 'tampered' } }, { folder: '/v' })).toMatchObject({
      status: 3,
      message: expect.stringContaining('/v/vault.json was changed outside Dyade') as unknown,
    });
    expect(describeError(en, { code: 'WEAK_PASSPHRASE', message: 'x', details: { reason: 'tooShort' } }).message).toContain('at least 12 characters');
    expect(describeError(en, { code: 'NOT_A_VAULT', message: 'x', details: { reason: 'missing' } }, { folder: '/tmp' }).message).toBe(
      'No Dyade vault at /tmp: there is no vault.json.',
    );
    expect(describeError(en, { code: 'CONFLICT', message: 'x', details: { reason: 'already-a-vault' } }, { folder: '/v' })).toMatchObject({
      status: 1,
      detail: null,
    });
  });

  it('rounds the wait up to whole seconds', () => {
    expect(describeError(en, { code: 'TOO_MANY_ATTEMPTS', message: 'x', details: { retryAfterMs: 1500 } }).message).toContain('wait 2 seconds');
  });

  it('names the invalid field', () => {
    const error: AppErrorShape = { code: 'INVALID_INPUT', message: 'x', details: { issues: [{ path: ['label'], message: 'Too big', code: 'too_big' }] } };
    expect(describeError(en, error)).toEqual({ status: 1, message: 'The label must be 1 to 80 characters.', detail: null });
    const other: AppErrorShape = { code: 'INVALID_INPUT', message: 'x', details: { issues: [{ path: ['odd'], message: 'Bad', code: 'custom' }] } };
    expect(describeError(en, other).message).toBe('Invalid input: odd: Bad.');
  });

  it('keeps the core sentence as a technical detail when the message is generic', () => {
    expect(describeError(en, { code: 'INTERNAL', message: 'An unexpected error occurred.' })).toMatchObject({
      status: 7,
      detail: 'An unexpected error occurred.',
    });
    expect(
      describeError(en, { code: 'VAULT_CORRUPT', message: 'The vault database is damaged.', details: { reason: 'SQLITE_CORRUPT' } }, { folder: '/v' }),
    ).toMatchObject({
      status: 3,
      detail: 'The vault database is damaged.',
    });
    expect(describeError(en, { code: 'IO_ERROR', message: 'x', details: { reason: 'EACCES' } })).toEqual({
      status: 6,
      message: 'Reading or writing files failed (EACCES).',
      detail: null,
    });
  });
});
