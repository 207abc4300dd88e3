import { createDecipheriv } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { MethodInput } from '../../../shared/contract';
import type { TestCore } from './vaultFixture';

/** A complete factors.save input; override what the test is about. */
export function factorInput(caseId: string, overrides: Partial<MethodInput<'factors.save'>> = {}): MethodInput<'factors.save'> {
  return {
    caseId,
    sector: 'external',
    category: 'housing',
    otherLabel: null,
    text: 'Family of four lives in one room',
    kind: 'observation',
    voice: 'professional',
    chainPartnerId: null,
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
    tags: [],
    status: 'current',
    ...overrides,
  };
}

export async function newCase(t: TestCore, pseudonym = 'Familie Noord', overrides: Partial<MethodInput<'cases.create'>> = {}) {
  return t.call('cases.create', { pseudonym, phase: '0-6m', ...overrides });
}

/** The issues' paths of an INVALID_INPUT error, for "the error names the field". */
export function issuePaths(error: { code: string; details?: Record<string, unknown> }): string[] {
  const issues = (error.details?.issues ?? []) as { path: (string | number)[] }[];
  return issues.map((issue) => issue.path.join('.'));
}

const PAGE_SIZE = 4096;
/** SQLCipher 4 reserves 80 bytes at the end of each page: a 16-byte IV and a 64-byte HMAC. */
const RESERVED = 80;
const SALT = 16;

function decryptPage(page: Buffer, key: Buffer, isFirstPage: boolean): Buffer {
  const iv = page.subarray(PAGE_SIZE - RESERVED, PAGE_SIZE - RESERVED + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(isFirstPage ? SALT : 0, PAGE_SIZE - RESERVED)), decipher.final()]);
}

/**
 * The plaintext of every page of an encrypted vault database file and of its WAL (if any), decrypted
 * the way SQLCipher 4 does with a raw key (AES-256-CBC per page). This is what a deleted row's
 * bytes would still be found in, had secure_delete or the checkpoint not removed them; the key only
 * comes from the test's own passphrase.
 */
export async function decryptedVaultBytes(databaseFile: string, key: Buffer): Promise<Buffer> {
  const pages: Buffer[] = [];
  const database = await fs.readFile(databaseFile);
  for (let offset = 0; offset + PAGE_SIZE <= database.length; offset += PAGE_SIZE) {
    pages.push(decryptPage(database.subarray(offset, offset + PAGE_SIZE), key, offset === 0));
  }
  const wal = await fs.readFile(`${databaseFile}-wal`).catch(() => Buffer.alloc(0));
  const FRAME_HEADER = 24;
  for (let offset = 32; offset + FRAME_HEADER + PAGE_SIZE <= wal.length; offset += FRAME_HEADER + PAGE_SIZE) {
    const pageNumber = wal.readUInt32BE(offset);
    pages.push(decryptPage(wal.subarray(offset + FRAME_HEADER, offset + FRAME_HEADER + PAGE_SIZE), key, pageNumber === 1));
  }
  return Buffer.concat(pages);
}
