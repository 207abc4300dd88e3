// The benches write their bulk rows straight into a locked vault: this is the member's data key for
// that, taken the way an unlock takes it (header, slot, key from the passphrase, unwrap).
import { readHeader } from '../../electron/core/vault/header';
import { slotDataKey } from '../../electron/core/vault/slotKeys';

/** The data key of `memberId`'s slot in the vault at `path`; the caller zeroes it when done. */
export async function benchDataKey(path: string, memberId: string, passphrase: string): Promise<Buffer> {
  const header = await readHeader(path);
  const slot = header.slots.find((s) => s.memberId === memberId);
  if (!slot) throw new Error('no slot');
  const dataKey = await slotDataKey(header, slot, passphrase);
  if (!dataKey) throw new Error('unwrap failed');
  return dataKey;
}
