import { describe, expect, it } from 'vitest';
import { generateRecoveryCode, normaliseRecoveryCode } from '../../electron/core/vault/recoveryCode';

describe('recovery codes', () => {
  it('are 8 groups of 5 Crockford base-32 characters, different each time', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(generateRecoveryCode()).not.toBe(code);
  });

  it('normalise accepts any case, spaces, dashes and look-alikes', () => {
    const code = generateRecoveryCode();
    expect(normaliseRecoveryCode(code)).toBe(code);
    expect(normaliseRecoveryCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
    expect(normaliseRecoveryCode(code.replace(/-/g, ''))).toBe(code);
    const withLookAlikes = code.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseRecoveryCode(withLookAlikes)).toBe(code);
  });

  it('rejects wrong length, foreign characters and typos (checksum)', () => {
    const code = generateRecoveryCode();
    expect(normaliseRecoveryCode(code.slice(0, -1))).toBeNull();
    expect(normaliseRecoveryCode(`${code.slice(0, -1)}U`)).toBeNull();
    const last = code.at(-1) === '2' ? '3' : '2';
    expect(normaliseRecoveryCode(`${code.slice(0, -1)}${last}`)).toBeNull();
    const first = code[0] === 'A' ? 'B' : 'A';
    expect(normaliseRecoveryCode(`${first}${code.slice(1)}`)).toBeNull();
  });
});
