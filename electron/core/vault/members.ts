import { randomUUID } from 'node:crypto';
import type { MemberRef, MethodOutput, SessionInfo } from '../../../shared/contract';
import type { ReadContext, WriteContext } from '../context';
import { AppError } from '../errors';
import { appendAudit } from './audit';
import { isSealedSlot, type Slot } from './header';
import { requireStrongPassphrase, type VaultSession } from './session';

/**
 * Members of the open vault: each has a row in `members` and a key slot in the header wrapping the
 * same data key. Header writes happen inside the database transaction, so a failed header write
 * rolls the rows back and a failed commit is the only (harmless) way to leave a slot without a row.
 */

const isSlotOf = (memberId: string) => (slot: Slot) => slot.kind === 'member' && slot.memberId === memberId;

/**
 * A change that ends someone's access rotates the data key; that needs every slot that stays to be
 * sealed (format 2). Checked before anything changes, so a refusal leaves the vault as it was.
 */
function requireRotatable(session: VaultSession, leaving: (slot: Slot) => boolean): void {
  if (session.current().header.slots.some((slot) => !leaving(slot) && !isSealedSlot(slot))) {
    throw new AppError('KEY_ROTATION_BLOCKED', 'A slot of format 1 cannot receive a new key.', { reason: 'legacy-slots' });
  }
}

export async function listMembers({ db, member }: ReadContext): Promise<MethodOutput<'members.list'>> {
  const rows = await db.selectFrom('members').selectAll().where('removed_at', 'is', null).orderBy('added_at').orderBy('display_name').execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, addedAt: row.added_at, isYou: row.id === member.id }));
}

export async function addMember(
  { db, now, member: actor, vault }: WriteContext,
  session: VaultSession,
  input: { displayName: string; passphrase: string },
): Promise<MemberRef> {
  await requireStrongPassphrase(input.passphrase, [input.displayName, vault.label]);
  const member: MemberRef = { id: randomUUID(), displayName: input.displayName };
  const slot = await session.makeMemberSlot(member, input.passphrase);
  await db
    .insertInto('members')
    .values({ id: member.id, display_name: member.displayName, added_at: now.toISOString(), added_by: actor.id, removed_at: null })
    .execute();
  await appendAudit(db, { at: now, action: 'member.added', actorMemberId: actor.id, detail: { memberId: member.id } });
  await session.changeSlots((slots) => [...slots, slot]);
  return member;
}

/**
 * Removing a member ends their access: their slot goes, and the data key is replaced (the database
 * re-encrypted), so their old passphrase opens neither the current header nor, with a header kept
 * from a backup, the current database. Removing yourself is allowed while another member remains;
 * the vault then locks.
 */
export async function removeMember({ db, now, member, afterCommit }: WriteContext, session: VaultSession, { memberId }: { memberId: string }): Promise<null> {
  const active = await db.selectFrom('members').select('id').where('removed_at', 'is', null).execute();
  const hasSlot = session.current().header.slots.some(isSlotOf(memberId));
  if (!active.some((row) => row.id === memberId) && !hasSlot) throw new AppError('NOT_FOUND', 'No such member.');
  if (active.every((row) => row.id === memberId)) throw new AppError('LAST_MEMBER', 'The last member cannot be removed.');
  requireRotatable(session, isSlotOf(memberId));
  await db.updateTable('members').set({ removed_at: now.toISOString() }).where('id', '=', memberId).execute();
  await appendAudit(db, { at: now, action: 'member.removed', actorMemberId: member.id, detail: { memberId } });
  await session.changeSlots((slots) => slots.filter((slot) => !isSlotOf(memberId)(slot)));
  afterCommit(async () => {
    await session.rotateKey('member-removed');
    if (memberId === member.id) await session.lockNow('user');
  });
  return null;
}

/** Replace the member's own slot with one for `passphrase` (same slot id), audited. */
async function rewrapOwnSlot({ db, now, member }: WriteContext, session: VaultSession, passphrase: string, detail: { viaRecovery: boolean }): Promise<void> {
  const own = session.current().header.slots.find(isSlotOf(member.id));
  const slot = await session.makeMemberSlot(member, passphrase, own?.id);
  await appendAudit(db, { at: now, action: 'passphrase.changed', actorMemberId: member.id, detail });
  await session.changeSlots((slots) => [...slots.filter((s) => !isSlotOf(member.id)(s)), slot]);
}

/**
 * A new passphrase for yourself. With `rotateKey` the data key is replaced too, so the old
 * passphrase no longer opens even a header kept from before (offered for a passphrase that may
 * have been seen).
 */
export async function changePassphrase(ctx: WriteContext, session: VaultSession, input: { current: string; next: string; rotateKey?: boolean }): Promise<null> {
  if (!(await session.isOwnPassphrase(input.current))) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
  await requireStrongPassphrase(input.next, [ctx.member.displayName, ctx.vault.label]);
  if (input.rotateKey) requireRotatable(session, isSlotOf(ctx.member.id));
  await rewrapOwnSlot(ctx, session, input.next, { viaRecovery: false });
  if (input.rotateKey) ctx.afterCommit(async () => void (await session.rotateKey('passphrase-changed')));
  return null;
}

/** After a recovery unlock: give the recovered member a new passphrase. */
export async function resetPassphrase(ctx: WriteContext, session: VaultSession, { passphrase }: { passphrase: string }): Promise<SessionInfo> {
  if (!session.info().viaRecovery) throw new AppError('FORBIDDEN', 'A passphrase can be reset only after unlocking with the recovery code.');
  await requireStrongPassphrase(passphrase, [ctx.member.displayName, ctx.vault.label]);
  await rewrapOwnSlot(ctx, session, passphrase, { viaRecovery: true });
  session.clearRecovery();
  return session.info();
}

/** A new data key on request (Settings → Security), e.g. after a laptop went missing; no slot changes. */
export function rotateKeyNow(session: VaultSession): Promise<{ generation: number }> {
  return session.rotateKey('requested');
}

/**
 * A new recovery code replaces the old slot and the data key is replaced, so the old code stops
 * working, also with a header kept from before.
 */
export async function regenerateRecovery({ db, now, member, afterCommit }: WriteContext, session: VaultSession): Promise<{ recoveryCode: string }> {
  requireRotatable(session, (slot) => slot.kind === 'recovery');
  const recovery = await session.makeRecoverySlot();
  await appendAudit(db, { at: now, action: 'recovery.regenerated', actorMemberId: member.id });
  await session.changeSlots((slots) => [...slots.filter((s) => s.kind !== 'recovery'), recovery.slot]);
  afterCommit(async () => void (await session.rotateKey('recovery-replaced')));
  return { recoveryCode: recovery.code };
}
