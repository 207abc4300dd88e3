import { inTransaction } from '../db/transaction';
import { appendAudit } from '../vault/audit';
import type { OpenVault, VaultService } from '../services/vault';

/** Searches within this window after a noted one are the same search being typed, not new ones. */
const SEARCH_NOTE_INTERVAL_MS = 60_000;
const lastSearchNote = new WeakMap<OpenVault, number>();

/** Audit that a search was done (never what was searched), at most once a minute per unlock. */
export async function noteSearchPerformed(vaults: VaultService): Promise<void> {
  const vault = vaults.session();
  const now = vaults.now();
  const last = lastSearchNote.get(vault);
  if (last !== undefined && now.getTime() - last < SEARCH_NOTE_INTERVAL_MS) return;
  lastSearchNote.set(vault, now.getTime());
  await inTransaction(vault.sqlite, vault.db, (db) => appendAudit(db, { at: now, action: 'search.performed', actorMemberId: vault.member.id }));
}
