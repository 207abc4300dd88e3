import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

/** Data key length: SQLCipher's raw AES-256 key. */
export const DATA_KEY_BYTES = 32;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum (N=2^17, r=8, p=1); stored per slot so it can be raised later. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * KDF parameters come from files (vault.json, an exchange file's plain header) and run before any
 * check can prove the file genuine: only this app's own cost and the next stronger step are run,
 * so a file cannot make scrypt take gigabytes or minutes.
 */
export function isAllowedScrypt(kdf: ScryptParams, own: ScryptParams): boolean {
  return (kdf.N === own.N || kdf.N === own.N * 2) && kdf.r === own.r && kdf.p === own.p;
}

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

// ---------------------------------------------------------------------------------------------
// Sealed slots (vault format 2): each slot holds an X25519 key pair. The private key is wrapped
// with the slot's passphrase (or recovery code) key; the data key is sealed to the public key.
// A new data key can so be sealed to every remaining slot without anyone's passphrase: that is
// what makes removing a member, replacing the recovery code or a changed passphrase end access.
// ---------------------------------------------------------------------------------------------

export interface SealedKey {
  alg: 'X25519-A256GCM';
  /** The ephemeral public key of this seal (raw, 32 bytes). */
  epk: string;
  iv: string;
  tag: string;
  ct: string;
}

export interface SlotKeyPair {
  /** Raw X25519 public key, base64. */
  publicKey: string;
  /** Raw X25519 private key (32 bytes); wipe it after use. */
  privateKey: Buffer;
}

function rawPublic(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url');
}

export function newSlotKeyPair(): SlotKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url');
  return { publicKey: rawPublic(publicKey).toString('base64'), privateKey: d };
}

function privateKeyObject(raw: Buffer, publicKey: Buffer): KeyObject {
  return createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: raw.toString('base64url'), x: publicKey.toString('base64url') }, format: 'jwk' });
}

function publicKeyObject(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** The AAD and HKDF info of a seal: bound to its vault, slot and the header generation it was made for. */
function sealInfo(vaultId: string, slotId: string): Buffer {
  return Buffer.from(`dyade-seal:v2:${vaultId}:${slotId}`, 'utf8');
}

function sealKey(shared: Buffer, epk: Buffer, recipient: Buffer, info: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([epk, recipient]), info, 32));
}

/** Seal the data key to a slot's public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM). */
export function sealDataKey(publicKey: string, dataKey: Buffer, vaultId: string, slotId: string): SealedKey {
  const recipient = Buffer.from(publicKey, 'base64');
  const ephemeral = generateKeyPairSync('x25519');
  const epk = rawPublic(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyObject(recipient) });
  const info = sealInfo(vaultId, slotId);
  const key = sealKey(shared, epk, recipient, info);
  shared.fill(0);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(info);
    const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      alg: 'X25519-A256GCM',
      epk: epk.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ct: ct.toString('base64'),
    };
  } finally {
    key.fill(0);
  }
}

/** The sealed data key, or null when the private key does not open this seal. */
export function openSealedKey(privateKey: Buffer, publicKey: string, sealed: SealedKey, vaultId: string, slotId: string): Buffer | null {
  try {
    const recipient = Buffer.from(publicKey, 'base64');
    const epk = Buffer.from(sealed.epk, 'base64');
    const shared = diffieHellman({ privateKey: privateKeyObject(privateKey, recipient), publicKey: publicKeyObject(epk) });
    const info = sealInfo(vaultId, slotId);
    const key = sealKey(shared, epk, recipient, info);
    shared.fill(0);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(info);
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      const dataKey = Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
      return dataKey.length === DATA_KEY_BYTES ? dataKey : null;
    } finally {
      key.fill(0);
    }
  } catch {
    return null;
  }
}

/**
 * A fingerprint of a data key that was replaced, kept beside the vault: when a header from before a
 * key change is put back, its (authentic) key is recognised as retired instead of reading as damage.
 * An HMAC of a key no longer in use tells nothing about the current one.
 */
export function retiredKeyCheck(dataKey: Buffer, vaultId: string): string {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(vaultId, 'utf8'), Buffer.from('dyade retired key v1', 'utf8'), 32));
  try {
    return createHmac('sha256', key).update(`retired:${vaultId}`, 'utf8').digest('base64');
  } finally {
    key.fill(0);
  }
}
