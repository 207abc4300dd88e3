import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Data key length: SQLCipher's raw AES-256 key. */
export const DATA_KEY_BYTES = 32;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum (N=2^17, r=8, p=1); stored per slot so it can be raised later. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export interface SlotKdf extends ScryptParams {
  name: 'scrypt';
  salt: string;
}

export interface SlotWrap {
  alg: 'A256GCM';
  iv: string;
  tag: string;
  ct: string;
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function newKdf(params: ScryptParams): SlotKdf {
  return { name: 'scrypt', N: params.N, r: params.r, p: params.p, salt: randomBytes(16).toString('base64') };
}

/** Passphrase → key-encryption key, with the async scrypt so the main process stays responsive. */
export function deriveKek(secret: string, kdf: SlotKdf): Promise<Buffer> {
  // scrypt needs 128·N·r·p bytes; allow twice that so raised parameters keep working.
  const maxmem = 256 * kdf.N * kdf.r * kdf.p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** The AAD binds a wrapped key to its vault and slot, so a slot cannot be moved between them. */
function slotAad(vaultId: string, slotId: string): Buffer {
  return Buffer.from(`dyade-slot:${vaultId}:${slotId}`, 'utf8');
}

export function wrapDataKey(kek: Buffer, dataKey: Buffer, vaultId: string, slotId: string): SlotWrap {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(slotAad(vaultId, slotId));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { alg: 'A256GCM', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** The data key, or null when the KEK does not open this slot (wrong passphrase or an edited slot). */
export function unwrapDataKey(kek: Buffer, wrap: SlotWrap, vaultId: string, slotId: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(slotAad(vaultId, slotId));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrap.ct, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/** A separate key for the header MAC, so the data key itself is never used for two purposes. */
function headerMacKey(dataKey: Buffer, vaultId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(vaultId, 'utf8'), Buffer.from('dyade header mac v1', 'utf8'), 32));
}

export function computeHeaderMac(dataKey: Buffer, vaultId: string, canonicalHeader: string): string {
  const key = headerMacKey(dataKey, vaultId);
  try {
    return createHmac('sha256', key).update(canonicalHeader, 'utf8').digest('base64');
  } finally {
    key.fill(0);
  }
}

export function headerMacMatches(dataKey: Buffer, vaultId: string, canonicalHeader: string, mac: string): boolean {
  const expected = Buffer.from(computeHeaderMac(dataKey, vaultId, canonicalHeader), 'base64');
  const actual = Buffer.from(mac, 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
