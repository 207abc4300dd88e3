import { createHash, randomBytes } from 'node:crypto';

/**
 * Recovery codes: 160 random bits plus a 40-bit checksum, written as 8 groups of 5 Crockford
 * base-32 characters (e.g. `K7Q2M-…`). The checksum catches typos before the slow KDF runs.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_BYTES = 20;
const CHECK_BYTES = 5;
const GROUP = 5;

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function checksum(random: Buffer): Buffer {
  return createHash('sha256').update('dyade-recovery').update(random).digest().subarray(0, CHECK_BYTES);
}

function group(chars: string): string {
  return chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

export function generateRecoveryCode(): string {
  const random = randomBytes(RANDOM_BYTES);
  return group(toBase32(Buffer.concat([random, checksum(random)])));
}

/**
 * The canonical form (uppercase, dashed groups) of what the user typed, accepting any case, spaces,
 * dashes and Crockford's look-alikes (O→0, I/L→1); null when it is not a well-formed code.
 */
export function normaliseRecoveryCode(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== ((RANDOM_BYTES + CHECK_BYTES) * 8) / 5) return null;
  const bytes = fromBase32(chars);
  if (!bytes) return null;
  const random = bytes.subarray(0, RANDOM_BYTES);
  if (!checksum(random).equals(bytes.subarray(RANDOM_BYTES))) return null;
  return group(chars);
}

function fromBase32(chars: string): Buffer | null {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of chars) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Buffer.from(out);
}
