import { isSealedSlot, type Slot, type VaultHeader } from './header';
import { deriveKek, openSealedKey, unwrapDataKey } from './keys';

/** What a proven passphrase gives: the slot's secret, able to open the data key of any header holding this slot. */
export interface SlotOpener {
  open(header: VaultHeader): Buffer | null;
  wipe(): void;
}

export function slotOpener(slot: Slot, inner: Buffer): SlotOpener {
  if (!isSealedSlot(slot)) {
    // Format 1: the wrap held the data key itself; it opens this header only.
    return {
      open: (header) => (header.slots.some((s) => s.id === slot.id && !isSealedSlot(s)) ? Buffer.from(inner) : null),
      wipe: () => inner.fill(0),
    };
  }
  return {
    open(header) {
      const same = header.slots.find((s) => s.id === slot.id);
      if (!same || !isSealedSlot(same) || same.publicKey !== slot.publicKey) return null;
      return openSealedKey(inner, same.publicKey, same.sealed, header.vaultId, same.id);
    },
    wipe: () => inner.fill(0),
  };
}

/** The data key a slot's secret opens in `header`, or null when the secret is wrong (tests and benches use it). */
export async function slotDataKey(header: VaultHeader, slot: Slot, secret: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, slot.kdf);
  const inner = unwrapDataKey(kek, slot.wrap, header.vaultId, slot.id);
  kek.fill(0);
  if (!inner) return null;
  const opener = slotOpener(slot, inner);
  try {
    return opener.open(header);
  } finally {
    opener.wipe();
  }
}
