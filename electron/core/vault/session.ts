import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { IDLE_LOCK_MINUTES, type BackupInfo, type LockReason, type MemberRef, type SessionInfo, type VaultStatus } from '../../../shared/contract';
import { assessPassphrase } from '../../../shared/domain/passphrase';
import { createKysely, migrateVault } from '../db/migrate';
import { SETTING_KEYS } from '../db/schema';
import { brandVaultDb, inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic';
import { readSmallText } from '../fs/small';
import type { CoreHost, CoreTesting, VaultFaults } from '../host';
import { startProgress } from '../progress';
import { UnlockAttempts, type AttemptStore } from './attempts';
import {
  AUTOMATIC_BACKUP_FOLDER,
  AUTOMATIC_BACKUP_INTERVAL_MS,
  backupStamp,
  describeBackup,
  exists,
  folderNameFor,
  isEmptyOrMissing,
  listAutomaticBackups,
  pruneAutomaticBackups,
  uniqueChild,
  writeBackup,
} from './backup';
import { mapDatabaseError, openVaultDatabase, rekeyVaultDatabase, type SqliteHandle } from '../db/database';
import { checkNativeAddon } from '../db/native-addon';
import {
  DATABASE_FILE,
  HEADER_FILE,
  SUPPORTED_FORMAT_VERSION,
  headerGeneration,
  headerIsAuthentic,
  isSealedSlot,
  readHeader,
  signHeader,
  writeHeader,
  type Slot,
  type UnsignedHeader,
  type VaultHeader,
} from './header';
import { isIdleExpired } from './idle';
import {
  DEFAULT_SCRYPT,
  deriveKek,
  isAllowedScrypt,
  newDataKey,
  newKdf,
  newSlotKeyPair,
  sealDataKey,
  unwrapDataKey,
  wrapDataKey,
  type ScryptParams,
} from './keys';
import { slotOpener, type SlotOpener } from './slotKeys';
import { auditHead, startAuditChain } from './auditChain';
import {
  NEXT_HEADER_FILE,
  isRetiredKey,
  readNextHeader,
  readStoredGeneration,
  rememberRetiredKey,
  writeStoredGeneration,
  type KeyRotationReason,
} from './rotation';
import { generateRecoveryCode, normaliseRecoveryCode } from './recoveryCode';
import { appendAudit, type AuditDetail } from './audit';
import type { ContextSource, OpenConnection } from '../context';

/** A plaintext marker left by `vault.restore`, turned into an audit entry at the next unlock. */
export const RESTORE_MARKER_FILE = 'restored.json';

/** The one open vault. The data key lives here and nowhere else. */
export interface OpenVault extends OpenConnection {
  path: string;
  header: VaultHeader;
  dataKey: Buffer;
  viaRecovery: boolean;
  idleLockMinutes: number;
  lastActivity: Date;
}

/** Refuse a passphrase the strength rules reject (creating a vault, adding a member, a new passphrase). */
export async function requireStrongPassphrase(passphrase: string, userInputs: string[]): Promise<void> {
  const assessment = await assessPassphrase(passphrase, userInputs);
  if (!assessment.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too weak.', { reason: assessment.reason ?? 'tooPredictable' });
  }
}

/** What the session needs from createCore: the clock, the host (events), and the test-only knobs. */
export interface VaultSessionOptions {
  host: Pick<CoreHost, 'emit'>;
  now?: () => Date;
  nativeBinding?: string;
  logError?: (context: string, error: unknown) => void;
  kdf?: CoreTesting['kdf'];
  faults?: VaultFaults;
  /** Where failed unlocks outlive a restart (beside the app settings); in memory only without it. */
  attempts?: AttemptStore;
}

/**
 * The one open vault and its lifecycle: create, unlock (passphrase or recovery code), lock, idle
 * lock, key slots, header changes and backups. Operations run one at a time (`exclusive`), so a lock
 * never lands in the middle of a header rewrite or a backup. Domain work reaches the vault only
 * through the read()/write() contexts (../context.ts), never through this class.
 */
export class VaultSession implements ContextSource {
  private open: OpenVault | null = null;
  private readonly attempts: UnlockAttempts;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: VaultSessionOptions) {
    this.attempts = new UnlockAttempts(options.attempts);
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private get kdf(): ScryptParams {
    return this.options.kdf ?? DEFAULT_SCRYPT;
  }

  /** Run operations strictly one after another. */
  exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  isUnlocked(): boolean {
    return this.open !== null;
  }

  /** The open vault, or VAULT_LOCKED. */
  current(): OpenVault {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'No vault is unlocked.');
    return this.open;
  }

  /** The folder of the open vault, if any. */
  openPath(): string | null {
    return this.open?.path ?? null;
  }

  info(vault: OpenVault = this.current()): SessionInfo {
    return {
      path: vault.path,
      vaultId: vault.header.vaultId,
      label: vault.header.label,
      member: { ...vault.member },
      viaRecovery: vault.viaRecovery,
      idleLockMinutes: vault.idleLockMinutes,
    };
  }

  status(): VaultStatus {
    return this.open ? { unlocked: true, session: this.info(this.open) } : { unlocked: false, session: null };
  }

  noteActivity(at: Date = this.now()): void {
    if (this.open) this.open.lastActivity = at;
  }

  /** Lock with reason 'idle' when the idle time has passed; true when it locked. */
  idleCheck(now: Date = this.now()): Promise<boolean> {
    return this.exclusive(async () => {
      const vault = this.open;
      if (!vault || !isIdleExpired(vault.lastActivity, now, vault.idleLockMinutes)) return false;
      await this.lockNow('idle');
      return true;
    });
  }

  private openDatabase(path: string, dataKey: Buffer, create = false): SqliteHandle {
    const db = openVaultDatabase(join(path, DATABASE_FILE), dataKey, {
      create,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    });
    this.options.faults?.onDatabaseOpened?.(db);
    return db;
  }

  /** Sign and write the header atomically; the session's copy changes only once it is on disk. */
  async saveHeader(vault: OpenVault, next: UnsignedHeader): Promise<void> {
    vault.header = await writeHeader(vault.path, next, vault.dataKey, this.options.faults?.writeHeader ?? writeFileAtomic);
  }

  /**
   * Rewrite the open vault's header with the slots `change` gives for the current ones. Runs inside
   * the caller's write transaction: the header's generation goes up by one and the database learns
   * the same number, so the header from before (with the slot as it was) no longer opens this vault.
   */
  async changeSlots(change: (slots: Slot[]) => Slot[]): Promise<void> {
    const vault = this.current();
    const { mac: _mac, ...header } = vault.header;
    const generation = headerGeneration(header) + 1;
    await writeStoredGeneration(vault.db, generation);
    await this.saveHeader(vault, { ...header, formatVersion: SUPPORTED_FORMAT_VERSION, generation, slots: change(header.slots) });
  }

  /** The open vault's automatic backups, newest first, each marked when its header was made with a key since replaced. */
  async automaticBackups(): Promise<BackupInfo[]> {
    const vault = this.current();
    const marked: BackupInfo[] = [];
    for (const backup of await listAutomaticBackups(vault.path)) {
      let current = false;
      try {
        current = headerIsAuthentic(await readHeader(backup.path), vault.dataKey);
      } catch {
        // An unreadable header is not one of the current key.
      }
      marked.push({ ...backup, oldKey: !current });
    }
    return marked;
  }

  /**
   * Key rotation: a new data key, sealed to every slot of the header as it now stands, the database
   * re-encrypted with it (SQLite3MC rekeys only outside WAL), and the old key remembered as retired.
   * The new header is staged as vault.json.next before the rekey and moved into place after it, so a
   * crash at any point leaves a header that opens the database (the unlock finishes the move).
   * Runs after the transaction that changed the slots has committed.
   */
  async rotateKey(reason: KeyRotationReason): Promise<{ generation: number }> {
    const vault = this.current();
    // A format-1 slot (its member has not unlocked since the update) cannot receive a sealed key.
    if (!vault.header.slots.every(isSealedSlot))
      throw new AppError('KEY_ROTATION_BLOCKED', 'A slot of format 1 cannot receive a new key.', { reason: 'legacy-slots' });
    const { mac: _mac, ...unsigned } = vault.header;
    const generation = headerGeneration(unsigned) + 1;
    const nextKey = newDataKey();
    const oldKey = vault.dataKey;
    const slots = unsigned.slots.map((slot) => ({ ...slot, sealed: sealDataKey(slot.publicKey as string, nextKey, unsigned.vaultId, slot.id) }));
    const nextHeader = signHeader({ ...unsigned, formatVersion: SUPPORTED_FORMAT_VERSION, generation, slots }, nextKey);
    const staged = join(vault.path, NEXT_HEADER_FILE);
    const write = this.options.faults?.writeHeader ?? writeFileAtomic;
    try {
      await write(staged, `${JSON.stringify(nextHeader, null, 2)}\n`);
      await rememberRetiredKey(vault.path, unsigned.vaultId, oldKey);
      this.options.faults?.beforeRekey?.();
      rekeyVaultDatabase(vault.sqlite, nextKey);
    } catch (error) {
      nextKey.fill(0);
      await fs.rm(staged, { force: true }).catch(() => undefined);
      throw mapDatabaseError(error);
    }
    // From here on only the new key opens the database.
    vault.dataKey = nextKey;
    vault.header = nextHeader;
    oldKey.fill(0);
    this.options.faults?.afterRekey?.();
    await fs.rename(staged, join(vault.path, HEADER_FILE));
    await inTransaction(vault.sqlite, vault.db, async (trx) => {
      await writeStoredGeneration(trx, generation);
      // The next lock makes a backup with the new key; the ones before keep the old slots.
      await trx.deleteFrom('settings').where('key', '=', SETTING_KEYS.lastAutomaticBackupAt).execute();
      await appendAudit(trx, { at: this.now(), action: 'vault.rekeyed', actorMemberId: vault.member.id, detail: { reason, generation } });
    });
    return { generation };
  }

  async makeMemberSlot(member: MemberRef, passphrase: string, slotId: string = randomUUID()): Promise<Slot> {
    const { header, dataKey } = this.current();
    return this.memberSlotFor(header.vaultId, dataKey, member, passphrase, slotId);
  }

  private async memberSlotFor(vaultId: string, dataKey: Buffer, member: MemberRef, passphrase: string, slotId: string = randomUUID()): Promise<Slot> {
    const kdf = newKdf(this.kdf);
    const kek = await deriveKek(passphrase, kdf);
    const pair = newSlotKeyPair();
    try {
      return {
        id: slotId,
        kind: 'member',
        memberId: member.id,
        displayName: member.displayName,
        kdf,
        wrap: wrapDataKey(kek, pair.privateKey, vaultId, slotId),
        publicKey: pair.publicKey,
        sealed: sealDataKey(pair.publicKey, dataKey, vaultId, slotId),
      };
    } finally {
      kek.fill(0);
      pair.privateKey.fill(0);
    }
  }

  /** A new recovery slot for the open vault; the caller puts it in the header. */
  makeRecoverySlot(): Promise<{ slot: Slot; code: string }> {
    const { header, dataKey } = this.current();
    return this.recoverySlotFor(header.vaultId, dataKey);
  }

  private async recoverySlotFor(vaultId: string, dataKey: Buffer): Promise<{ slot: Slot; code: string }> {
    const code = generateRecoveryCode();
    return { slot: await this.recoverySlotWith(vaultId, dataKey, code), code };
  }

  private async recoverySlotWith(vaultId: string, dataKey: Buffer, code: string, slotId: string = randomUUID()): Promise<Slot> {
    const kdf = newKdf(this.kdf);
    const kek = await deriveKek(code, kdf);
    const pair = newSlotKeyPair();
    try {
      const slot: Slot = {
        id: slotId,
        kind: 'recovery',
        kdf,
        wrap: wrapDataKey(kek, pair.privateKey, vaultId, slotId),
        publicKey: pair.publicKey,
        sealed: sealDataKey(pair.publicKey, dataKey, vaultId, slotId),
      };
      return slot;
    } finally {
      kek.fill(0);
      pair.privateKey.fill(0);
    }
  }

  /** Whether `passphrase` opens the open vault's slot of its own member. */
  async isOwnPassphrase(passphrase: string): Promise<boolean> {
    const vault = this.current();
    const own = vault.header.slots.find((slot) => slot.kind === 'member' && slot.memberId === vault.member.id);
    if (!own) throw new AppError('NOT_FOUND', 'Your key slot is missing from the header.');
    const kek = await deriveKek(passphrase, own.kdf);
    const unwrapped = unwrapDataKey(kek, own.wrap, vault.header.vaultId, own.id);
    kek.fill(0);
    unwrapped?.fill(0);
    return unwrapped !== null;
  }

  /** The idle-lock minutes as the open session applies them (the vault setting is written by the caller). */
  setIdleMinutes(minutes: number): void {
    this.current().idleLockMinutes = minutes;
  }

  /** After a new passphrase: the session no longer counts as opened with the recovery code. */
  clearRecovery(): void {
    this.current().viaRecovery = false;
  }

  private async audit(vault: OpenVault, action: Parameters<typeof appendAudit>[1]['action'], detail?: AuditDetail): Promise<void> {
    await appendAudit(vault.db, { at: this.now(), action, actorMemberId: vault.member.id, detail });
  }

  // -------------------------------------------------------------------------------------------
  // Create
  // -------------------------------------------------------------------------------------------

  private async newVaultFolder(folder: string, label: string): Promise<string> {
    const chosen = resolve(folder);
    if (!(await exists(chosen))) return chosen;
    const stat = await fs.stat(chosen);
    if (!stat.isDirectory()) throw new AppError('CONFLICT', 'The chosen path is a file, not a folder.', { reason: 'not-a-folder' });
    if (await exists(join(chosen, HEADER_FILE))) throw new AppError('CONFLICT', 'The folder already holds a vault.', { reason: 'already-a-vault' });
    if (await isEmptyOrMissing(chosen)) return chosen;
    return uniqueChild(chosen, folderNameFor(label));
  }

  async create(input: { folder: string; label: string; memberName: string; passphrase: string }): Promise<{ session: SessionInfo; recoveryCode: string }> {
    if (this.open) throw new AppError('VAULT_ALREADY_UNLOCKED', 'Lock the open vault before creating another.');
    checkNativeAddon(this.options.nativeBinding);
    await requireStrongPassphrase(input.passphrase, [input.memberName, input.label]);
    const folder = await this.newVaultFolder(input.folder, input.label);
    const createdFolder = !(await exists(folder));
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const now = this.now();
    const vaultId = randomUUID();
    const member: MemberRef = { id: randomUUID(), displayName: input.memberName };
    const dataKey = newDataKey();
    let sqlite: SqliteHandle | null = null;
    try {
      const [memberSlot, recovery] = await Promise.all([
        this.memberSlotFor(vaultId, dataKey, member, input.passphrase),
        this.recoverySlotFor(vaultId, dataKey),
      ]);
      sqlite = this.openDatabase(folder, dataKey, true);
      const db = brandVaultDb(createKysely(sqlite));
      await migrateVault(sqlite, db);
      startAuditChain(sqlite);
      const vault: OpenVault = {
        path: folder,
        facts: { path: folder, vaultId, label: input.label },
        header: {
          format: 'dyade-vault',
          formatVersion: SUPPORTED_FORMAT_VERSION,
          vaultId,
          label: input.label,
          createdAt: now.toISOString(),
          slots: [],
          generation: 0,
          mac: '',
        },
        dataKey,
        sqlite,
        db,
        member,
        viaRecovery: false,
        idleLockMinutes: IDLE_LOCK_MINUTES.default,
        lastActivity: now,
      };
      await inTransaction(sqlite, db, async (trx) => {
        await trx
          .insertInto('members')
          .values({ id: member.id, display_name: member.displayName, added_at: now.toISOString(), added_by: null, removed_at: null })
          .execute();
        await trx
          .insertInto('settings')
          .values({ key: SETTING_KEYS.idleLockMinutes, value: JSON.stringify(IDLE_LOCK_MINUTES.default) })
          .execute();
        await appendAudit(trx, { at: now, action: 'vault.created', actorMemberId: member.id });
      });
      // The header goes last: until it exists, the folder is not a vault.
      const { mac: _mac, ...unsigned } = vault.header;
      await this.saveHeader(vault, { ...unsigned, slots: [memberSlot, recovery.slot] });
      this.open = vault;
      return { session: this.info(vault), recoveryCode: recovery.code };
    } catch (error) {
      if (this.open?.dataKey !== dataKey) {
        sqlite?.close();
        dataKey.fill(0);
        await removeNewVault(folder, createdFolder);
      }
      throw mapDatabaseError(error);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Unlock
  // -------------------------------------------------------------------------------------------

  private async prepareUnlock(path: string): Promise<{ folder: string; header: VaultHeader }> {
    const folder = resolve(path);
    if (this.open && this.open.path !== folder) throw new AppError('VAULT_ALREADY_UNLOCKED', 'Another vault is unlocked; lock it first.');
    checkNativeAddon(this.options.nativeBinding);
    const retryAfterMs = await this.attempts.retryAfterMs(folder, this.now());
    if (retryAfterMs > 0) {
      throw new AppError('TOO_MANY_ATTEMPTS', 'Too many failed attempts; wait before trying again.', { retryAfterMs });
    }
    return { folder, header: await readHeader(folder) };
  }

  private async unwrapSlot(folder: string, header: VaultHeader, slot: Slot, secret: string): Promise<SlotOpener & { dataKey: Buffer }> {
    if (!isAllowedScrypt(slot.kdf, this.kdf)) {
      throw new AppError('VAULT_HEADER_INVALID', 'The slot asks for a key derivation this app does not run.', { reason: 'kdf' });
    }
    const kek = await deriveKek(secret, slot.kdf);
    const inner = unwrapDataKey(kek, slot.wrap, header.vaultId, slot.id);
    kek.fill(0);
    if (!inner) {
      const failures = await this.attempts.recordFailure(folder, this.now());
      throw new AppError('WRONG_PASSPHRASE', 'The passphrase does not open this vault.', {
        retryAfterMs: await this.attempts.retryAfterMs(folder, this.now()),
        reason: failures.count >= 5 ? 'delayed' : 'wrong',
      });
    }
    const opener = slotOpener(slot, inner);
    const dataKey = opener.open(header);
    if (!dataKey || !headerIsAuthentic(header, dataKey)) {
      dataKey?.fill(0);
      opener.wipe();
      throw new AppError('VAULT_HEADER_INVALID', 'The vault header was changed outside the app.', { reason: 'tampered' });
    }
    return { ...opener, dataKey };
  }

  async unlock(input: { path: string; memberId: string; passphrase: string }): Promise<SessionInfo> {
    const { folder, header } = await this.prepareUnlock(input.path);
    const slot = header.slots.find((s) => s.kind === 'member' && s.memberId === input.memberId);
    if (!slot) throw new AppError('NOT_FOUND', 'That member has no key slot in this vault.');
    const opened = await this.unwrapSlot(folder, header, slot, input.passphrase);
    const info = await this.finishUnlock(folder, header, opened, memberOf(slot), false);
    await this.upgradeLegacySlot(slot, input.passphrase);
    return info;
  }

  async unlockWithRecovery(input: { path: string; memberId: string; recoveryCode: string }): Promise<SessionInfo> {
    const code = normaliseRecoveryCode(input.recoveryCode);
    if (!code) throw new AppError('INVALID_INPUT', 'That is not a well-formed recovery code.', { reason: 'recovery-code-format' });
    const { folder, header } = await this.prepareUnlock(input.path);
    const slot = header.slots.find((s) => s.kind === 'recovery');
    if (!slot) throw new AppError('NOT_FOUND', 'This vault has no recovery code.');
    const memberSlot = header.slots.find((s) => s.kind === 'member' && s.memberId === input.memberId);
    if (!memberSlot) throw new AppError('NOT_FOUND', 'That member has no key slot in this vault.');
    const opened = await this.unwrapSlot(folder, header, slot, code);
    const info = await this.finishUnlock(folder, header, opened, memberOf(memberSlot), true);
    await this.upgradeLegacySlot(slot, code);
    return info;
  }

  /**
   * Open the database with the key from the header, finishing or dropping a key rotation that a
   * crash interrupted (vault.json.next); an authentic header whose key the database no longer takes
   * is told apart from damage when that key is on the retired list.
   */
  private async openCurrent(
    folder: string,
    header: VaultHeader,
    opened: SlotOpener & { dataKey: Buffer },
  ): Promise<{ sqlite: SqliteHandle; header: VaultHeader; dataKey: Buffer }> {
    const staged = join(folder, NEXT_HEADER_FILE);
    try {
      const sqlite = this.openDatabase(folder, opened.dataKey);
      await fs.rm(staged, { force: true });
      return { sqlite, header, dataKey: opened.dataKey };
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'VAULT_CORRUPT' && error.details?.reason === 'key-rejected')) throw error;
      const next = await readNextHeader(folder);
      const nextKey = next ? opened.open(next) : null;
      if (next && nextKey && headerIsAuthentic(next, nextKey)) {
        const sqlite = this.openDatabase(folder, nextKey);
        await fs.rename(staged, join(folder, HEADER_FILE));
        opened.dataKey.fill(0);
        return { sqlite, header: next, dataKey: nextKey };
      }
      nextKey?.fill(0);
      if (await isRetiredKey(folder, header.vaultId, opened.dataKey)) {
        throw new AppError('VAULT_KEY_RETIRED', 'This header holds a key that was replaced; it no longer opens the vault.', { reason: 'retired-key' });
      }
      throw error;
    }
  }

  private async finishUnlock(
    folder: string,
    header: VaultHeader,
    opened: SlotOpener & { dataKey: Buffer },
    member: MemberRef,
    viaRecovery: boolean,
  ): Promise<SessionInfo> {
    let sqlite: SqliteHandle | null = null;
    let dataKey = opened.dataKey;
    try {
      // Unlocking the vault that is already open re-opens it, only once the passphrase proved right.
      if (this.open?.path === folder) await this.lockNow('user');
      if (!(await exists(join(folder, DATABASE_FILE)))) {
        throw new AppError('VAULT_CORRUPT', 'The vault database file is missing.', { reason: 'database-missing' });
      }
      const current = await this.openCurrent(folder, header, opened);
      sqlite = current.sqlite;
      dataKey = current.dataKey;
      header = current.header;
      const db = brandVaultDb(createKysely(sqlite));
      await migrateVault(sqlite, db);
      // A header from before a change of the slots (kept in a backup, put back) is refused.
      const stored = await readStoredGeneration(db);
      if (headerGeneration(header) < stored) {
        throw new AppError('VAULT_KEY_RETIRED', 'This header is older than the vault it sits beside.', { reason: 'older-header' });
      }
      startAuditChain(sqlite);
      const now = this.now();
      const idleSetting = await db.selectFrom('settings').select('value').where('key', '=', SETTING_KEYS.idleLockMinutes).executeTakeFirst();
      const vault: OpenVault = {
        path: folder,
        facts: { path: folder, vaultId: header.vaultId, label: header.label },
        header,
        dataKey,
        sqlite,
        db,
        member,
        viaRecovery,
        idleLockMinutes: idleMinutes(idleSetting?.value),
        lastActivity: now,
      };
      const restored = await readRestoreMarker(folder);
      const failures = await this.attempts.takeFailures(folder);
      await inTransaction(sqlite, db, async (trx) => {
        if (headerGeneration(header) > stored) await writeStoredGeneration(trx, headerGeneration(header));
        if (failures) {
          await appendAudit(trx, {
            at: now,
            action: 'vault.unlock_failed',
            actorMemberId: null,
            detail: { count: failures.count, firstAt: failures.firstAt.toISOString(), lastAt: failures.lastAt.toISOString() },
          });
        }
        if (restored) await appendAudit(trx, { at: now, action: 'vault.restored', actorMemberId: member.id, detail: restored });
        await appendAudit(trx, { at: now, action: viaRecovery ? 'vault.recovered' : 'vault.unlocked', actorMemberId: member.id });
      });
      if (restored) await fs.rm(join(folder, RESTORE_MARKER_FILE), { force: true });
      this.open = vault;
      return this.info(vault);
    } catch (error) {
      if (this.open?.dataKey !== dataKey) {
        sqlite?.close();
        dataKey.fill(0);
      }
      throw mapDatabaseError(error, 'open');
    } finally {
      opened.wipe();
    }
  }

  /** A format-1 slot becomes a sealed one at its first unlock with this version (its secret is at hand only now). */
  private async upgradeLegacySlot(slot: Slot, secret: string): Promise<void> {
    const vault = this.open;
    if (!vault || isSealedSlot(slot)) return;
    try {
      const upgraded =
        slot.kind === 'member' && slot.memberId && slot.displayName
          ? await this.memberSlotFor(vault.header.vaultId, vault.dataKey, { id: slot.memberId, displayName: slot.displayName }, secret, slot.id)
          : await this.recoverySlotWith(vault.header.vaultId, vault.dataKey, secret, slot.id);
      await inTransaction(vault.sqlite, vault.db, () => this.changeSlots((slots) => slots.map((s) => (s.id === slot.id ? upgraded : s))));
    } catch (error) {
      // The vault is open and works with the old slot; the upgrade is tried again at the next unlock.
      this.options.logError?.('vault.upgradeSlot', error);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Lock
  // -------------------------------------------------------------------------------------------

  lock(reason: LockReason): Promise<void> {
    return this.exclusive(() => this.lockNow(reason));
  }

  /** The header remembers the newest link of the audit chain, so a log cut short shows (at each lock and backup). */
  async saveAuditHead(vault: OpenVault): Promise<void> {
    const head = auditHead(vault.sqlite);
    if (!head || (vault.header.auditHead?.id === head.id && vault.header.auditHead.mac === head.mac)) return;
    const { mac: _mac, ...unsigned } = vault.header;
    await this.saveHeader(vault, { ...unsigned, auditHead: head });
  }

  /** Automatic backup (at most daily), audit, close, wipe the key, tell the renderer. */
  async lockNow(reason: LockReason): Promise<void> {
    const vault = this.open;
    if (!vault) return;
    try {
      await this.automaticBackup(vault).catch((error: unknown) => this.options.logError?.('vault.automaticBackup', error));
      await this.audit(vault, 'vault.locked', { reason }).catch((error: unknown) => this.options.logError?.('vault.lock.audit', error));
      await this.saveAuditHead(vault).catch((error: unknown) => this.options.logError?.('vault.lock.auditHead', error));
    } finally {
      this.open = null;
      try {
        vault.sqlite.close();
      } catch (error) {
        this.options.logError?.('vault.lock.close', error);
      }
      vault.dataKey.fill(0);
      this.options.host.emit('vault.locked', { reason });
    }
  }

  /**
   * After a key change the automatic backups from before still open with the slots of then (a
   * removed member's passphrase, an old recovery code): delete them, audited, after making sure one
   * backup with the current key exists. Backups kept elsewhere are the user's to delete.
   */
  async deleteOldBackups(): Promise<{ deleted: number }> {
    const vault = this.current();
    const backups = await this.automaticBackups();
    const old = backups.filter((backup) => backup.oldKey).map((backup) => backup.path);
    if (old.length === 0) return { deleted: 0 };
    if (old.length === backups.length) await this.automaticBackup(vault, true);
    for (const path of old) await fs.rm(path, { recursive: true, force: true });
    await this.audit(vault, 'backups.deleted', { count: old.length });
    return { deleted: old.length };
  }

  private async automaticBackup(vault: OpenVault, force = false): Promise<void> {
    const now = this.now();
    const row = await vault.db.selectFrom('settings').select('value').where('key', '=', SETTING_KEYS.lastAutomaticBackupAt).executeTakeFirst();
    const last = row ? Date.parse(JSON.parse(row.value) as string) : Number.NaN;
    if (!force && !Number.isNaN(last) && now.getTime() - last < AUTOMATIC_BACKUP_INTERVAL_MS) return;
    const root = join(vault.path, AUTOMATIC_BACKUP_FOLDER);
    await fs.mkdir(root, { recursive: true, mode: 0o700 });
    const target = await uniqueChild(root, backupStamp(now));
    const progress = startProgress(this.options.host, 'backup');
    try {
      await this.saveAuditHead(vault);
      await writeBackup(vault.sqlite, vault.header, vault.dataKey, target, { nativeBinding: this.options.nativeBinding, progress });
    } finally {
      progress.done();
    }
    await inTransaction(vault.sqlite, vault.db, async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: SETTING_KEYS.lastAutomaticBackupAt, value: JSON.stringify(now.toISOString()) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(now.toISOString()) }))
        .execute();
      await appendAudit(trx, { at: now, action: 'backup.made', actorMemberId: vault.member.id, detail: { file: basename(target), automatic: true } });
    });
    await pruneAutomaticBackups(vault.path);
  }

  /** A backup of the open vault into a new folder inside `folder`, reported as progress. */
  async backup(folder: string): Promise<BackupInfo> {
    const vault = this.current();
    const parent = resolve(folder);
    const progress = startProgress(this.options.host, 'backup');
    try {
      await fs.mkdir(parent, { recursive: true });
      const target = await uniqueChild(parent, `${folderNameFor(vault.header.label)}-backup-${backupStamp(this.now())}`);
      await this.saveAuditHead(vault);
      await writeBackup(vault.sqlite, vault.header, vault.dataKey, target, { nativeBinding: this.options.nativeBinding, progress });
      await this.audit(vault, 'backup.made', { file: basename(target), automatic: false });
      return await describeBackup(target);
    } finally {
      progress.done();
    }
  }
}

function memberOf(slot: Slot): MemberRef {
  return { id: slot.memberId ?? '', displayName: slot.displayName ?? '' };
}

function idleMinutes(value: string | undefined): number {
  const parsed = value === undefined ? Number.NaN : Number(JSON.parse(value));
  return Number.isInteger(parsed) && parsed >= IDLE_LOCK_MINUTES.min && parsed <= IDLE_LOCK_MINUTES.max ? parsed : IDLE_LOCK_MINUTES.default;
}

async function readRestoreMarker(folder: string): Promise<AuditDetail | null> {
  try {
    const value: unknown = JSON.parse(await readSmallText(join(folder, RESTORE_MARKER_FILE), 64 * 1024));
    const marker = value as { restoredAt?: unknown; from?: unknown };
    return { restoredAt: typeof marker.restoredAt === 'string' ? marker.restoredAt : null, from: typeof marker.from === 'string' ? marker.from : null };
  } catch {
    return null;
  }
}

/** Undo a failed create or restore: remove only what it made. */
export async function removeNewVault(folder: string, createdFolder: boolean): Promise<void> {
  if (createdFolder) {
    await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
    return;
  }
  for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, HEADER_FILE, RESTORE_MARKER_FILE, `.${DATABASE_FILE}.restoring`]) {
    await fs.rm(join(folder, name), { force: true }).catch(() => undefined);
  }
}
