import { describe, expect, it } from 'vitest';
import { sqlcipherKeyPragma } from '../../electron/core/db/database';
import { deriveKek, newDataKey, newKdf, unwrapDataKey, wrapDataKey } from '../../electron/core/vault/keys';

const KDF = { N: 1024, r: 8, p: 1 };

describe('key wrapping', () => {
  it('wraps and unwraps the data key; wrong passphrase, slot or vault gives null', async () => {
    const dataKey = newDataKey();
    const kdf = newKdf(KDF);
    const kek = await deriveKek('correct horse battery staple', kdf);
    const wrap = wrapDataKey(kek, dataKey, 'vault-1', 'slot-1');
    expect(Buffer.from(wrap.ct, 'base64').equals(dataKey)).toBe(false);
    expect(unwrapDataKey(kek, wrap, 'vault-1', 'slot-1')?.equals(dataKey)).toBe(true);
    expect(unwrapDataKey(await deriveKek('wrong horse battery staple', kdf), wrap, 'vault-1', 'slot-1')).toBeNull();
    expect(unwrapDataKey(kek, wrap, 'vault-1', 'slot-2')).toBeNull();
    expect(unwrapDataKey(kek, wrap, 'vault-2', 'slot-1')).toBeNull();
    const flipped = Buffer.from(wrap.ct, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(unwrapDataKey(kek, { ...wrap, ct: flipped.toString('base64') }, 'vault-1', 'slot-1')).toBeNull();
  });

  it('derivation depends on salt and NFC-normalises the passphrase', async () => {
    const kdf = newKdf(KDF);
    expect((await deriveKek('caf\u00e9', kdf)).equals(await deriveKek('cafe\u0301', kdf))).toBe(true);
    expect((await deriveKek('x', kdf)).equals(await deriveKek('x', newKdf(KDF)))).toBe(false);
  });

  it('the key pragma passes the raw key as a blob literal', () => {
    expect(sqlcipherKeyPragma(Buffer.alloc(32, 0xab))).toBe(`key="x'${'ab'.repeat(32)}'"`);
  });
});
