import { createCipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_MAGIC, MAX_EXCHANGE_FILE_BYTES, MAX_INFLATED_BYTES } from '../../electron/core/exchange/file';
import { MAX_HEADER_BYTES } from '../../electron/core/vault/header';
import { EXCHANGE_FORMAT_VERSION } from '../../shared/domain/exchange';
import { createTestCore, createTestVault, STRONG_PASSPHRASE, TEST_KDF } from './support/vaultFixture';

const TEAM = 'onze gedeelde zin voor de uitwisseling';

/** An authentic exchange file around any gzip bytes (the container as file.ts documents it). */
async function sealRaw(plain: Buffer): Promise<Buffer> {
  const kdf = { name: 'scrypt', ...TEST_KDF, salt: randomBytes(16).toString('base64') };
  const derived = await new Promise<Buffer>((resolve, reject) =>
    scrypt(TEAM, Buffer.from(kdf.salt, 'base64'), 64, { N: kdf.N, r: kdf.r, p: kdf.p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
  const iv = randomBytes(12);
  const header = {
    version: EXCHANGE_FORMAT_VERSION,
    kdf,
    cipher: 'A256GCM',
    iv: iv.toString('base64'),
    check: createHash('sha256').update(derived.subarray(32)).digest().subarray(0, 16).toString('base64'),
    compression: 'gzip',
    payloadBytes: plain.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([EXCHANGE_MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', derived.subarray(0, 32), iv);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([aad, sealed, cipher.getAuthTag()]);
}

describe('hostile sizes are refused before the work', () => {
  it('a gzip bomb inside an authentic exchange file imports nothing and the case list still loads', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    await t.call('cases.create', { pseudonym: 'Gezin Eik', phase: '0-6m' });
    // Gzip members of 64 MiB of zeros, one after another: a few hundred kB that inflate past the cap.
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: MAX_INFLATED_BYTES / (64 * 1024 * 1024) + 1 }, () => member));
    const path = join(t.root, 'bomb.dyade');
    await fs.writeFile(path, await sealRaw(bomb));
    expect(await t.fail('exchange.preview', { file: await t.chooseOpenFile(path), passphrase: TEAM })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'too-large' },
    });
    expect((await t.call('cases.list', {})).map((c) => c.pseudonym)).toEqual(['Gezin Eik']);
  }, 120_000);

  it('a file larger than an exchange file can be is refused without being read', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const path = join(t.root, 'huge.dyade');
    const handle = await fs.open(path, 'w');
    await handle.truncate(MAX_EXCHANGE_FILE_BYTES + 1); // sparse: no disk used
    await handle.close();
    expect(await t.fail('exchange.import', { file: await t.chooseOpenFile(path), passphrase: TEAM })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'too-large' },
    });
  }, 60_000);

  it('vault.json slots asking scrypt for more than this app runs are refused before any key derivation', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const headerPath = join(folder, 'vault.json');
    const original = JSON.parse(await fs.readFile(headerPath, 'utf8')) as { slots: Array<{ kdf: Record<string, unknown> }> };
    for (const kdf of [{ N: 2 ** 24, r: 64, p: 16 }, { N: 1000 }, { N: TEST_KDF.N * 4 }]) {
      const edited = { ...original, slots: original.slots.map((slot) => ({ ...slot, kdf: { ...slot.kdf, ...kdf } })) };
      await fs.writeFile(headerPath, JSON.stringify(edited));
      expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
        code: 'VAULT_HEADER_INVALID',
        details: { reason: 'kdf' },
      });
    }
    await fs.writeFile(headerPath, JSON.stringify(original));
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
  }, 60_000);

  it('a vault.json far larger than a header can be is refused without being read whole, in "Kluismap openen…" and at unlock', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const headerPath = join(folder, 'vault.json');
    const original = await fs.readFile(headerPath);
    const handle = await fs.open(headerPath, 'w');
    await handle.truncate(MAX_HEADER_BYTES * 512); // 512 MiB, sparse: no disk used
    await handle.close();
    const tooLarge = { code: 'VAULT_HEADER_INVALID', details: { reason: 'too-large' } };
    expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject(tooLarge);
    expect(await t.fail('vaults.add', { folder: await t.chooseFolder('openVault', folder) })).toMatchObject(tooLarge);
    expect(await t.fail('vaults.inspect', { path: folder })).toMatchObject(tooLarge);
    await fs.writeFile(headerPath, original);
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
  }, 60_000);
});
