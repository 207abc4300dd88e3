import { randomUUID } from 'node:crypto';
import type { MemberRef, MethodOutput, SessionInfo } from '../../../shared/contract';
import { assessPassphrase } from '../../../shared/domain/passphrase';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { deriveKek, unwrapDataKey } from '../vault/keys';
import { appendAudit } from './audit';
import type { VaultService } from './vault';

function requireStrong(passphrase: string, userInputs: string[]): void {
  const assessment = assessPassphrase(passphrase, userInputs);
  if (!assessment.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too weak.', { reason: assessment.reason ?? 'tooPredictable' });
  }
}

/**
 * Members of the open vault: each has a row in `members` and a key slot in the header wrapping the
 * same data key. Header writes happen inside the database transaction, so a failed header write
 * rolls the rows back and a failed commit is the only (harmless) way to leave a slot without a row.
 */
export class MembersService {
  constructor(private readonly vaults: VaultService) {}

  async list(): Promise<MethodOutput<'members.list'>> {
    const vault = this.vaults.session();
    const rows = await vault.db.selectFrom('members').selectAll().where('removed_at', 'is', null).orderBy('added_at').orderBy('display_name').execute();
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, addedAt: row.added_at, isYou: row.id === vault.member.id }));
  }

  async add(input: { displayName: string; passphrase: string }): Promise<MemberRef> {
    const vault = this.vaults.session();
    requireStrong(input.passphrase, [input.displayName, vault.header.label]);
    const member: MemberRef = { id: randomUUID(), displayName: input.displayName };
    const slot = await this.vaults.makeMemberSlot(vault.header.vaultId, vault.dataKey, member, input.passphrase);
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (trx) => {
      await trx.insertInto('members').values({ id: member.id, display_name: member.displayName, added_at: now.toISOString(), added_by: vault.member.id, removed_at: null }).execute();
      await appendAudit(trx, { at: now, action: 'member.added', actorMemberId: vault.member.id, detail: { memberId: member.id } });
      const { mac: _mac, ...header } = vault.header;
      await this.vaults.saveHeader(vault, { ...header, slots: [...header.slots, slot] });
    });
    return member;
  }

  /** Removing yourself is allowed while another member remains; the vault then locks. */
  async remove(memberId: string): Promise<null> {
    const vault = this.vaults.session();
    const active = await vault.db.selectFrom('members').select('id').where('removed_at', 'is', null).execute();
    const memberSlots = vault.header.slots.filter((slot) => slot.kind === 'member' && slot.memberId === memberId);
    if (!active.some((row) => row.id === memberId) && memberSlots.length === 0) throw new AppError('NOT_FOUND', 'No such member.');
    const remaining = active.filter((row) => row.id !== memberId);
    if (remaining.length === 0) throw new AppError('LAST_MEMBER', 'The last member cannot be removed.');
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (trx) => {
      await trx.updateTable('members').set({ removed_at: now.toISOString() }).where('id', '=', memberId).execute();
      await appendAudit(trx, { at: now, action: 'member.removed', actorMemberId: vault.member.id, detail: { memberId } });
      const { mac: _mac, ...header } = vault.header;
      await this.vaults.saveHeader(vault, { ...header, slots: header.slots.filter((slot) => !(slot.kind === 'member' && slot.memberId === memberId)) });
    });
    if (memberId === vault.member.id) await this.vaults.lockNow('user');
    return null;
  }

  async changePassphrase(input: { current: string; next: string }): Promise<null> {
    const vault = this.vaults.session();
    const own = vault.header.slots.find((slot) => slot.kind === 'member' && slot.memberId === vault.member.id);
    if (!own) throw new AppError('NOT_FOUND', 'Your key slot is missing from the header.');
    const kek = await deriveKek(input.current, own.kdf);
    const unwrapped = unwrapDataKey(kek, own.wrap, vault.header.vaultId, own.id);
    kek.fill(0);
    if (!unwrapped) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
    unwrapped.fill(0);
    requireStrong(input.next, [vault.member.displayName, vault.header.label]);
    await this.rewrapOwnSlot(input.next, { viaRecovery: false });
    return null;
  }

  /** After a recovery unlock: give the recovered member a new passphrase. */
  async resetPassphrase(passphrase: string): Promise<SessionInfo> {
    const vault = this.vaults.session();
    if (!vault.viaRecovery) throw new AppError('FORBIDDEN', 'A passphrase can be reset only after unlocking with the recovery code.');
    requireStrong(passphrase, [vault.member.displayName, vault.header.label]);
    await this.rewrapOwnSlot(passphrase, { viaRecovery: true });
    vault.viaRecovery = false;
    return this.vaults.sessionInfo(vault);
  }

  private async rewrapOwnSlot(passphrase: string, detail: { viaRecovery: boolean }): Promise<void> {
    const vault = this.vaults.session();
    const own = vault.header.slots.find((slot) => slot.kind === 'member' && slot.memberId === vault.member.id);
    const slot = await this.vaults.makeMemberSlot(vault.header.vaultId, vault.dataKey, vault.member, passphrase, own?.id);
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (trx) => {
      await appendAudit(trx, { at: now, action: 'passphrase.changed', actorMemberId: vault.member.id, detail });
      const { mac: _mac, ...header } = vault.header;
      const others = header.slots.filter((s) => !(s.kind === 'member' && s.memberId === vault.member.id));
      await this.vaults.saveHeader(vault, { ...header, slots: [...others, slot] });
    });
  }

  /** A new recovery code replaces the old slot, so the old code stops working. */
  async regenerateRecovery(): Promise<{ recoveryCode: string }> {
    const vault = this.vaults.session();
    const recovery = await this.vaults.makeRecoverySlot(vault.header.vaultId, vault.dataKey);
    const now = this.vaults.now();
    await inTransaction(vault.sqlite, vault.db, async (trx) => {
      await appendAudit(trx, { at: now, action: 'recovery.regenerated', actorMemberId: vault.member.id });
      const { mac: _mac, ...header } = vault.header;
      await this.vaults.saveHeader(vault, { ...header, slots: [...header.slots.filter((s) => s.kind !== 'recovery'), recovery.slot] });
    });
    return { recoveryCode: recovery.code };
  }
}
