import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Id } from '../../../shared/domain/ids';
import { AppError } from '../errors';
import { FileTooLarge, readSmallText } from '../fs/small';
import { writeFileAtomic, type TextFileWriter } from '../fs/atomic';
import { computeHeaderMac, headerMacMatches } from './keys';

export const HEADER_FILE = 'vault.json';
export const DATABASE_FILE = 'vault.db';
export const VAULT_FORMAT = 'dyade-vault';
/** Format 2 seals the data key to each slot's public key (format 1 wrapped it with the passphrase key). */
export const SUPPORTED_FORMAT_VERSION = 2;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
// A slot's pieces have exact sizes (12-byte GCM nonce, 16-byte tag, 32-byte keys): a slot cut short or
// grown is damage, told apart from a wrong passphrase before any key derivation.
const GCM_IV = Base64.length(16);
const GCM_TAG = Base64.length(24);
const KEY_32 = Base64.length(44);

export const SlotSchema = z
  .object({
    id: Id,
    kind: z.enum(['member', 'recovery']),
    memberId: Id.optional(),
    displayName: z.string().min(1).max(200).optional(),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z
          .number()
          .int()
          .min(2)
          .max(2 ** 24),
        r: z.number().int().min(1).max(64),
        p: z.number().int().min(1).max(16),
        salt: Base64.length(24),
      })
      .strict(),
    /** Format 2: the slot's private key, wrapped with the passphrase key. Format 1: the data key itself. */
    wrap: z.object({ alg: z.literal('A256GCM'), iv: GCM_IV, tag: GCM_TAG, ct: KEY_32 }).strict(),
    /** Format 2: the slot's X25519 public key and the data key sealed to it. */
    publicKey: Base64.length(44).optional(),
    sealed: z
      .object({ alg: z.literal('X25519-A256GCM'), epk: KEY_32, iv: GCM_IV, tag: GCM_TAG, ct: KEY_32 })
      .strict()
      .optional(),
  })
  .strict()
  .refine((slot) => slot.kind === 'recovery' || (slot.memberId !== undefined && slot.displayName !== undefined), {
    message: 'A member slot names its member',
  })
  .refine((slot) => (slot.publicKey === undefined) === (slot.sealed === undefined), { message: 'A sealed slot has both its public key and its seal' });
export type Slot = z.infer<typeof SlotSchema>;

export const VaultHeaderSchema = z
  .object({
    format: z.literal(VAULT_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(SUPPORTED_FORMAT_VERSION)]),
    vaultId: Id,
    label: z.string().min(1).max(200),
    createdAt: z.string().datetime({ offset: true }),
    slots: z.array(SlotSchema).min(1),
    /**
     * Raised by every change of the slots; the database keeps the generation it was last written
     * with, so a header from before a change (put back from a backup) is refused. Absent = 0.
     */
    generation: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    /** The newest link of the audit log's HMAC chain when the header was last written (at each lock and backup). */
    auditHead: z
      .object({ id: z.number().int().min(1), mac: Base64.min(4) })
      .strict()
      .optional(),
    mac: Base64.min(4),
  })
  .strict();
export type VaultHeader = z.infer<typeof VaultHeaderSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'mac'>;

export type HeaderProblem = 'missing' | 'truncated' | 'not-json' | 'schema' | 'tampered' | 'too-large' | 'slot-damaged';

/** JSON with object keys sorted at every level, so the MAC does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function unsigned(header: VaultHeader): UnsignedHeader {
  const { mac: _mac, ...rest } = header;
  return rest;
}

export function signHeader(header: UnsignedHeader, dataKey: Buffer): VaultHeader {
  return { ...header, mac: computeHeaderMac(dataKey, header.vaultId, canonicalJson(header)) };
}

export function headerIsAuthentic(header: VaultHeader, dataKey: Buffer): boolean {
  return headerMacMatches(dataKey, header.vaultId, canonicalJson(unsigned(header)), header.mac);
}

function invalid(reason: HeaderProblem, message: string): AppError {
  return new AppError('VAULT_HEADER_INVALID', message, { reason });
}

/** Parse header text: format checks first, so a newer vault is refused before anything else. */
export function parseHeader(text: string): VaultHeader {
  if (text.trim().length === 0) throw invalid('truncated', 'The vault header is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const looksCut = text.trimStart().startsWith('{') && !text.trimEnd().endsWith('}');
    throw looksCut ? invalid('truncated', 'The vault header ends too early.') : invalid('not-json', 'The vault header is not JSON.');
  }
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
    if (format !== VAULT_FORMAT) throw invalid('schema', 'The header is not a Dyade vault header.');
    if (typeof formatVersion === 'number' && formatVersion > SUPPORTED_FORMAT_VERSION) {
      throw new AppError('VAULT_TOO_NEW', `The vault format ${formatVersion} is newer than this app supports.`);
    }
  }
  const parsed = VaultHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const inSlots = parsed.error.issues.every((issue) => issue.path[0] === 'slots' && issue.path.length > 2);
    throw inSlots
      ? invalid('slot-damaged', 'A key slot in the vault header is damaged.')
      : invalid('schema', 'The vault header does not have the expected fields.');
  }
  const ids = new Set(parsed.data.slots.map((slot) => slot.id));
  if (ids.size !== parsed.data.slots.length) throw invalid('schema', 'The vault header repeats a slot.');
  return parsed.data;
}

/** A header holds a few slots of a few hundred bytes each: anything near this is not one, and is not read into memory. */
export const MAX_HEADER_BYTES = 1024 * 1024;

/** Read and validate a folder's header; NOT_A_VAULT when the folder or header file is absent. */
export async function readHeader(folder: string): Promise<VaultHeader> {
  let text: string;
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw new AppError('NOT_A_VAULT', 'The path is not a folder.', { reason: 'not-a-folder' });
    text = await readSmallText(join(folder, HEADER_FILE), MAX_HEADER_BYTES);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof FileTooLarge) throw invalid('too-large', 'The vault header is far larger than a header can be.');
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppError('NOT_A_VAULT', 'The folder holds no vault header.', { reason: 'missing' });
    }
    throw error;
  }
  return parseHeader(text);
}

/** A slot of format 2 (sealed to its public key); format-1 slots are upgraded at their member's next unlock. */
export function isSealedSlot(slot: Slot): slot is Slot & { publicKey: string; sealed: NonNullable<Slot['sealed']> } {
  return slot.publicKey !== undefined && slot.sealed !== undefined;
}

export function headerGeneration(header: Pick<VaultHeader, 'generation'>): number {
  return header.generation ?? 0;
}

/** The header writer is swappable so tests can make it fail like a full disk. */

export async function writeHeader(folder: string, header: UnsignedHeader, dataKey: Buffer, write: TextFileWriter = writeFileAtomic): Promise<VaultHeader> {
  const signed = signHeader(header, dataKey);
  await write(join(folder, HEADER_FILE), `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}
