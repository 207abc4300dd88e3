import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { canonicalJson, headerIsAuthentic, parseHeader, signHeader, type UnsignedHeader } from '../../electron/core/vault/header';
import { newDataKey } from '../../electron/core/vault/keys';

const b64 = (bytes: number) => randomBytes(bytes).toString('base64');

function header(): UnsignedHeader {
  const memberId = randomUUID();
  return {
    format: 'dyade-vault',
    formatVersion: 1,
    vaultId: randomUUID(),
    label: 'Team Noord',
    createdAt: '2025-03-01T09:00:00.000Z',
    slots: [
      {
        id: randomUUID(),
        kind: 'member',
        memberId,
        displayName: 'Anna',
        // Each piece at its real size: 16-byte salt, 12-byte nonce, 16-byte tag, 32-byte key.
        kdf: { name: 'scrypt', N: 131072, r: 8, p: 1, salt: b64(16) },
        wrap: { alg: 'A256GCM', iv: b64(12), tag: b64(16), ct: b64(32) },
      },
    ],
  };
}

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.code}:${error.details?.reason ?? ''}` : 'other';
  }
  return undefined;
}

describe('vault header', () => {
  it('tells a key slot of the wrong size apart as damage', () => {
    const base = header();
    const slot = base.slots[0]!;
    const text = (wrap: Partial<typeof slot.wrap>) =>
      JSON.stringify(signHeader({ ...base, slots: [{ ...slot, wrap: { ...slot.wrap, ...wrap } }] }, newDataKey()));
    expect(reasonOf(() => parseHeader(text({ ct: b64(20) })))).toBe('VAULT_HEADER_INVALID:slot-damaged');
    expect(reasonOf(() => parseHeader(text({ iv: b64(8) })))).toBe('VAULT_HEADER_INVALID:slot-damaged');
  });

  it('round-trips and the MAC detects edits', () => {
    const key = newDataKey();
    const signed = signHeader(header(), key);
    const parsed = parseHeader(JSON.stringify(signed));
    expect(headerIsAuthentic(parsed, key)).toBe(true);
    expect(headerIsAuthentic({ ...parsed, label: 'Other' }, key)).toBe(false);
    expect(headerIsAuthentic(parsed, newDataKey())).toBe(false);
  });

  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('names the problem: truncated, not-json, schema, too new', () => {
    const text = JSON.stringify(signHeader(header(), newDataKey()));
    expect(reasonOf(() => parseHeader(text.slice(0, 40)))).toBe('VAULT_HEADER_INVALID:truncated');
    expect(reasonOf(() => parseHeader(''))).toBe('VAULT_HEADER_INVALID:truncated');
    expect(reasonOf(() => parseHeader('hello'))).toBe('VAULT_HEADER_INVALID:not-json');
    expect(reasonOf(() => parseHeader('{"format":"dyade-vault","formatVersion":1}'))).toBe('VAULT_HEADER_INVALID:schema');
    expect(reasonOf(() => parseHeader(JSON.stringify({ ...JSON.parse(text), extra: 1 })))).toBe('VAULT_HEADER_INVALID:schema');
    expect(reasonOf(() => parseHeader(JSON.stringify({ ...JSON.parse(text), formatVersion: 3 })))).toBe('VAULT_TOO_NEW:');
  });
});
