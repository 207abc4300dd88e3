import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { KnownVault, Locale } from '../../../shared/contract';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic';

/**
 * The small app-settings file outside any vault: the interface language and the vaults this device
 * knows (label and folder). It holds no case data.
 */
const SettingsFile = z.object({
  version: z.literal(1),
  locale: Locale.optional(),
  vaults: z.array(KnownVault).default([]),
  /** This device's key for the MAC of the failed-unlock record beside this file (random, made on first use). */
  deviceKey: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/)
    .optional(),
});
export type SettingsFile = z.infer<typeof SettingsFile>;

export class AppSettings {
  private cache: SettingsFile | null = null;

  constructor(private readonly file: string) {}

  async read(): Promise<SettingsFile> {
    if (this.cache) return this.cache;
    let parsed: SettingsFile = { version: 1, vaults: [] };
    try {
      const text = await fs.readFile(this.file, 'utf8');
      const result = SettingsFile.safeParse(JSON.parse(text));
      // A damaged settings file only costs the list of known vaults; the vaults themselves are untouched.
      if (result.success) parsed = result.data;
    } catch {
      // missing or unreadable: start fresh
    }
    this.cache = parsed;
    return parsed;
  }

  private async write(next: SettingsFile): Promise<void> {
    await fs.mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.cache = next;
  }

  async locale(): Promise<Locale | undefined> {
    return (await this.read()).locale;
  }

  async setLocale(locale: Locale): Promise<void> {
    const current = await this.read();
    await this.write({ ...current, locale });
  }

  async knownVaults(): Promise<KnownVault[]> {
    return [...(await this.read()).vaults].sort((a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? '') || a.label.localeCompare(b.label));
  }

  /** This device's key for the side files the app writes before any vault is unlocked. */
  async deviceKey(): Promise<Buffer> {
    const current = await this.read();
    if (current.deviceKey) return Buffer.from(current.deviceKey, 'base64');
    const key = randomBytes(32);
    await this.write({ ...current, deviceKey: key.toString('base64') });
    return key;
  }

  /**
   * The folder of a vault this device knows. The page names vaults by the paths vaults.list gave it;
   * a path it makes up itself is refused, so no call reads or writes a folder the user never chose.
   */
  async requireKnown(path: string): Promise<string> {
    const target = resolve(path);
    if (!(await this.read()).vaults.some((vault) => vault.path === target)) {
      throw new AppError('NOT_FOUND', 'That folder is not a vault this device knows; open it with “Kluismap openen…” first.', { reason: 'unknown-vault' });
    }
    return target;
  }

  /** Add or update a known vault, keyed by its absolute folder path. */
  async remember(vault: { path: string; label: string; lastOpenedAt?: string | null }): Promise<KnownVault> {
    const current = await this.read();
    const path = resolve(vault.path);
    const existing = current.vaults.find((v) => v.path === path);
    const entry: KnownVault = {
      path,
      label: vault.label,
      lastOpenedAt: vault.lastOpenedAt === undefined ? (existing?.lastOpenedAt ?? null) : vault.lastOpenedAt,
    };
    await this.write({ ...current, vaults: [...current.vaults.filter((v) => v.path !== path), entry] });
    return entry;
  }

  async forget(path: string): Promise<void> {
    const current = await this.read();
    const target = resolve(path);
    await this.write({ ...current, vaults: current.vaults.filter((v) => v.path !== target) });
  }
}
