import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic';
import { readSmallText } from '../fs/small';
import type { AttemptStore, FailedAttempts } from './attempts';

const FORMAT = 'dyade-unlock-attempts';
/** More vaults than one device holds; the oldest drop off first. */
const MAX_VAULTS = 100;

const Entry = z.object({ count: z.number().int().min(1).max(1_000_000), firstAt: z.string().datetime(), lastAt: z.string().datetime() }).strict();
const AttemptsFileSchema = z.object({ format: z.literal(FORMAT), vaults: z.record(z.string().max(4096), Entry), mac: z.string().max(64) }).strict();

/**
 * Failed unlocks kept beside the app settings (never in the vault folder: a failed unlock writes
 * nothing there), so neither a restart resets the waiting time after many wrong passphrases nor are
 * the failures lost before the audit log records them. An HMAC with this device's key (in the app
 * settings) makes a file that was edited or brought from elsewhere count as absent. It does not
 * stop someone who can write the settings folder from deleting it: that is the limit of a record
 * that has to be written before anyone has unlocked.
 */
export class UnlockAttemptsFile implements AttemptStore {
  constructor(
    private readonly path: string,
    private readonly deviceKey: () => Promise<Buffer>,
  ) {}

  async load(): Promise<Map<string, FailedAttempts>> {
    try {
      const parsed = AttemptsFileSchema.safeParse(JSON.parse(await readSmallText(this.path, 256 * 1024)));
      if (!parsed.success) return new Map();
      const expected = Buffer.from(await this.mac(parsed.data.vaults), 'base64');
      const given = Buffer.from(parsed.data.mac, 'base64');
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return new Map();
      return new Map(
        Object.entries(parsed.data.vaults).map(([vault, entry]) => [
          vault,
          { count: entry.count, firstAt: new Date(entry.firstAt), lastAt: new Date(entry.lastAt) },
        ]),
      );
    } catch {
      return new Map();
    }
  }

  async save(attempts: ReadonlyMap<string, FailedAttempts>): Promise<void> {
    const newest = [...attempts].sort(([, a], [, b]) => b.lastAt.getTime() - a.lastAt.getTime()).slice(0, MAX_VAULTS);
    const vaults = Object.fromEntries(
      newest.map(([vault, entry]) => [vault, { count: entry.count, firstAt: entry.firstAt.toISOString(), lastAt: entry.lastAt.toISOString() }]),
    );
    await writeFileAtomic(this.path, `${JSON.stringify({ format: FORMAT, vaults, mac: await this.mac(vaults) })}\n`);
  }

  private async mac(vaults: Record<string, z.infer<typeof Entry>>): Promise<string> {
    const key = await this.deviceKey();
    const canonical = JSON.stringify(
      Object.keys(vaults)
        .sort()
        .map((vault) => [vault, vaults[vault]?.count, vaults[vault]?.firstAt, vaults[vault]?.lastAt]),
    );
    return createHmac('sha256', key).update(`${FORMAT}\n${canonical}`, 'utf8').digest('base64');
  }
}
