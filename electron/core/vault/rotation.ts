import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { SETTING_KEYS } from '../db/schema';
import type { ReadableDb, WritableDb } from '../db/transaction';
import { writeFileAtomic } from '../fs/atomic';
import { readSmallText } from '../fs/small';
import { MAX_HEADER_BYTES, parseHeader, type VaultHeader } from './header';
import { retiredKeyCheck } from './keys';

/**
 * What key rotation keeps beside the vault: the staged header of a rotation in progress, the list of
 * retired keys (as fingerprints), and the header generation the database was last written with.
 */

/** The header of a key rotation in progress; moved over vault.json once the database is rekeyed. */
export const NEXT_HEADER_FILE = 'vault.json.next';
/** Fingerprints of replaced data keys (plain text: an HMAC of a key no longer in use). */
export const RETIRED_KEYS_FILE = 'retired-keys.json';
const RETIRED_FORMAT = 'dyade-retired-keys';
/** More than any team will ever rotate; the oldest fingerprints drop off first. */
const RETIRED_KEPT = 1000;

export type KeyRotationReason = 'member-removed' | 'recovery-replaced' | 'passphrase-changed' | 'requested';

const RetiredFile = z.object({ format: z.literal(RETIRED_FORMAT), checks: z.array(z.string().max(64)).max(RETIRED_KEPT) }).strict();

async function readRetired(folder: string): Promise<string[]> {
  try {
    const handle = await fs.open(join(folder, RETIRED_KEYS_FILE), 'r');
    try {
      // A small file by nature: refuse to read a huge one whole.
      if ((await handle.stat()).size > 256 * 1024) return [];
      const parsed = RetiredFile.safeParse(JSON.parse(await handle.readFile('utf8')));
      return parsed.success ? parsed.data.checks : [];
    } finally {
      await handle.close();
    }
  } catch {
    return [];
  }
}

export async function rememberRetiredKey(folder: string, vaultId: string, dataKey: Buffer): Promise<void> {
  const checks = [...(await readRetired(folder)), retiredKeyCheck(dataKey, vaultId)].slice(-RETIRED_KEPT);
  await writeFileAtomic(join(folder, RETIRED_KEYS_FILE), `${JSON.stringify({ format: RETIRED_FORMAT, checks }, null, 2)}\n`);
}

export async function isRetiredKey(folder: string, vaultId: string, dataKey: Buffer): Promise<boolean> {
  const check = Buffer.from(retiredKeyCheck(dataKey, vaultId), 'base64');
  return (await readRetired(folder)).some((known) => {
    const candidate = Buffer.from(known, 'base64');
    return candidate.length === check.length && timingSafeEqual(candidate, check);
  });
}

/** The staged header of an interrupted rotation, or null when there is none (or it does not parse). */
export async function readNextHeader(folder: string): Promise<VaultHeader | null> {
  try {
    return parseHeader(await readSmallText(join(folder, NEXT_HEADER_FILE), MAX_HEADER_BYTES));
  } catch {
    return null;
  }
}

/** The header generation the database was last written with (0 before format 2). */
export async function readStoredGeneration(db: ReadableDb): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTING_KEYS.headerGeneration).executeTakeFirst();
  const value = row ? (JSON.parse(row.value) as unknown) : 0;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export async function writeStoredGeneration(db: WritableDb, generation: number): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: SETTING_KEYS.headerGeneration, value: JSON.stringify(generation) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(generation) }))
    .execute();
}
