import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { EXCHANGE_FORMAT_VERSION, type ExchangeFileProblem } from '../../../shared/domain/exchange';
import { AppError } from '../errors';
import { isAllowedScrypt, type ScryptParams } from '../vault/keys';

/**
 * The .dyade container: a plaintext header the key check needs, and the payload (gzip of JSON)
 * sealed with AES-256-GCM under a key derived from the team's passphrase with scrypt.
 *
 *   magic "DYADEXCH" (8) · header length (uint32 BE) · header JSON · ciphertext · GCM tag (16)
 *
 * The magic, length and header are the GCM's additional data, so none of them can be changed
 * unnoticed. scrypt gives 64 bytes: the first 32 are the AES key, a hash of the last 32 is the
 * header's `check`, which tells a wrong passphrase apart from a damaged file.
 */
export const EXCHANGE_MAGIC = Buffer.from('DYADEXCH', 'ascii');
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;
/** An exchange file is read whole: larger than this is refused before it is read. */
export const MAX_EXCHANGE_FILE_BYTES = 256 * 1024 * 1024;
/** The payload may inflate to at most this (gzip of JSON compresses well, a bomb far better). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

interface ExchangeHeader {
  version: number;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'A256GCM';
  iv: string;
  check: string;
  compression: 'gzip';
  payloadBytes: number;
}

export function fileProblem(reason: ExchangeFileProblem, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { reason });
}

function deriveKeys(passphrase: string, kdf: ExchangeHeader['kdf']): Promise<{ key: Buffer; check: Buffer }> {
  const maxmem = 256 * kdf.N * kdf.r * kdf.p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 64, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (error, derived) => {
      if (error) return reject(error);
      resolve({ key: derived.subarray(0, 32), check: createHash('sha256').update(derived.subarray(32)).digest().subarray(0, 16) });
    });
  });
}

export async function sealExchangeFile(payload: unknown, passphrase: string, params: ScryptParams): Promise<Buffer> {
  const kdf = { name: 'scrypt' as const, N: params.N, r: params.r, p: params.p, salt: randomBytes(16).toString('base64') };
  const { key, check } = await deriveKeys(passphrase, kdf);
  const plain = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  const iv = randomBytes(12);
  // GCM ciphertext has the plaintext's length, so the header can say how long the payload is.
  const header: ExchangeHeader = {
    version: EXCHANGE_FORMAT_VERSION,
    kdf,
    cipher: 'A256GCM',
    iv: iv.toString('base64'),
    check: check.toString('base64'),
    compression: 'gzip',
    payloadBytes: plain.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([EXCHANGE_MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  key.fill(0);
  return Buffer.concat([aad, sealed, cipher.getAuthTag()]);
}

function readHeader(file: Buffer, own: ScryptParams): { header: ExchangeHeader; aad: Buffer } {
  if (file.length < EXCHANGE_MAGIC.length || !file.subarray(0, EXCHANGE_MAGIC.length).equals(EXCHANGE_MAGIC)) {
    throw fileProblem('not-an-exchange-file', 'The file does not start with the exchange magic.');
  }
  if (file.length < EXCHANGE_MAGIC.length + 4) throw fileProblem('truncated', 'The file ends inside its header.');
  const headerLength = file.readUInt32BE(EXCHANGE_MAGIC.length);
  if (headerLength > MAX_HEADER_BYTES) throw fileProblem('tampered', 'The header length is out of bounds.');
  const headerEnd = EXCHANGE_MAGIC.length + 4 + headerLength;
  if (file.length < headerEnd) throw fileProblem('truncated', 'The file ends inside its header.');
  let raw: unknown;
  try {
    raw = JSON.parse(file.subarray(EXCHANGE_MAGIC.length + 4, headerEnd).toString('utf8'));
  } catch {
    throw fileProblem('tampered', 'The header is not JSON.');
  }
  if (!raw || typeof raw !== 'object') throw fileProblem('tampered', 'The header is not an object.');
  const header = raw as Partial<ExchangeHeader>;
  if (typeof header.version !== 'number' || !Number.isInteger(header.version)) throw fileProblem('tampered', 'The header has no version.');
  if (header.version > EXCHANGE_FORMAT_VERSION) throw fileProblem('too-new', `Exchange format ${header.version} is newer than this app reads.`);
  const kdf = header.kdf;
  const valid =
    header.version >= 1 &&
    header.cipher === 'A256GCM' &&
    header.compression === 'gzip' &&
    typeof header.iv === 'string' &&
    typeof header.check === 'string' &&
    Number.isInteger(header.payloadBytes) &&
    kdf?.name === 'scrypt' &&
    typeof kdf.salt === 'string' &&
    isAllowedScrypt(kdf, own);
  if (!valid) throw fileProblem('tampered', 'The header is not a valid exchange header.');
  return { header: header as ExchangeHeader, aad: file.subarray(0, headerEnd) };
}

/** The payload of an exchange file, or an error that says what is wrong with it. */
export async function openExchangeFile(file: Buffer, passphrase: string, own: ScryptParams): Promise<unknown> {
  if (file.length > MAX_EXCHANGE_FILE_BYTES) throw fileProblem('too-large', 'The file is larger than an exchange file can be.');
  const { header, aad } = readHeader(file, own);
  const expected = aad.length + header.payloadBytes + TAG_BYTES;
  if (file.length < expected) throw fileProblem('truncated', 'The file is shorter than its header says.');
  if (file.length > expected) throw fileProblem('tampered', 'The file is longer than its header says.');
  const { key, check } = await deriveKeys(passphrase, header.kdf);
  const storedCheck = Buffer.from(header.check, 'base64');
  if (storedCheck.length !== check.length || !timingSafeEqual(storedCheck, check)) {
    key.fill(0);
    throw new AppError('WRONG_PASSPHRASE', 'The passphrase does not open this exchange file.');
  }
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(file.subarray(aad.length, file.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw fileProblem('tampered', 'The file was changed after it was written.');
  } finally {
    key.fill(0);
  }
  let inflated: Buffer;
  try {
    inflated = gunzipSync(plain, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw fileProblem('too-large', 'The payload inflates beyond what an exchange file can hold.');
    }
    throw fileProblem('tampered', 'The payload cannot be read.');
  }
  try {
    return JSON.parse(inflated.toString('utf8')) as unknown;
  } catch {
    throw fileProblem('tampered', 'The payload cannot be read.');
  }
}
