import type { WriteContext } from '../context';
import type { VaultFacts } from '../context';
import { appendAudit } from '../vault/audit';

/** Searches within this window after a noted one are the same search being typed, not new ones. */
const SEARCH_NOTE_INTERVAL_MS = 60_000;
/** When a search was last noted, per unlock (a new unlock brings new VaultFacts). */
const lastSearchNote = new WeakMap<VaultFacts, number>();

/** Audit that a search was done (never what was searched), at most once a minute per unlock. */
export async function noteSearchPerformed({ db, now, member, vault }: WriteContext): Promise<void> {
  const last = lastSearchNote.get(vault);
  if (last !== undefined && now.getTime() - last < SEARCH_NOTE_INTERVAL_MS) return;
  lastSearchNote.set(vault, now.getTime());
  await appendAudit(db, { at: now, action: 'search.performed', actorMemberId: member.id });
}
